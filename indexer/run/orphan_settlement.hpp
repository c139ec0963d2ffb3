// The settlement step of an index run, once the walk is over: with --prune, the files under the
// paths given that the walk did not find are forgotten and their decisions may be orphaned; a
// decision that may be orphaned is removed only when no file still holds it.
#pragma once

#include <cstddef>
#include <string>
#include <unordered_set>
#include <vector>

#include "run/change_list.hpp"
#include "run/in_order_applier.hpp"
#include "write/file_registry.hpp"
#include "write/shard_set.hpp"

namespace ombud {

struct SettlementInput {
  const FileRegistry& registry;                 // as loaded at the start of the run
  const std::unordered_set<std::string>& seen;  // registry keys of every file the walk found
  const std::vector<std::string>& root_keys;    // the paths given, as registry keys
  bool prune;                                   // --prune
  std::vector<ChangeEntry>* removed = nullptr;  // when given: each decision removed, appended
};

// Settles `changes` (what applying the files left) in `shards`; returns the decisions removed.
// The removals are written in the open batch, committed with the run.
std::size_t settle_orphans(ShardSet& shards, const SettlementInput& input, AppliedChanges changes);

}  // namespace ombud
