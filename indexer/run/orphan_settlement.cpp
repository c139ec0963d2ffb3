#include "run/orphan_settlement.hpp"

namespace ombud {

std::size_t settle_orphans(ShardSet& shards, const SettlementInput& input, AppliedChanges changes) {
  std::vector<std::string>& maybe_orphaned = changes.maybe_orphaned;
  if (input.prune) {
    input.registry.for_each([&](const std::string& key, const FileRecord& record) {
      if (input.seen.count(key) || !under_any_root(key, input.root_keys)) return;
      maybe_orphaned.push_back(record.case_ref);
      FileRegistry::forget(shards.writer_for(record.case_ref).database(), key);
    });
  }
  if (maybe_orphaned.empty()) return 0;
  // A decision is removed only when no other file still holds it: a copy may sit elsewhere,
  // unchanged in this run (so not re-read) or outside the paths given (so not walked).
  std::unordered_set<std::string> claimed;
  input.registry.for_each([&](const std::string& key, const FileRecord& record) {
    const bool still_there = input.seen.count(key) || !under_any_root(key, input.root_keys);
    if (still_there && !changes.rewritten.count(key)) claimed.insert(record.case_ref);
  });
  std::size_t removed = 0;
  for (const std::string& ref : maybe_orphaned) {
    IndexWriter& writer = shards.writer_for(ref);
    if (claimed.count(ref) || writer.written_this_run(ref)) continue;
    const auto gone = writer.remove(ref);
    if (!gone) continue;
    ++removed;
    if (input.removed)
      input.removed->push_back({ref, "removed", gone->path, gone->organisation, gone->outcome});
  }
  return removed;
}

}  // namespace ombud
