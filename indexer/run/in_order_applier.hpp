// The writing step of an index run: analysed files arrive in any order from the workers and are
// applied in walk order, so that the outcome (which of two files with one case reference wins)
// does not depend on the number of threads. Applying a file writes its document to its shard,
// records it in the file registry, counts it, and notes a decision its file no longer holds,
// for the settlement once the walk is over.
#pragma once

#include <cstddef>
#include <map>
#include <string>
#include <unordered_set>
#include <vector>

#include "run/bulk_claims.hpp"
#include "run/change_walk.hpp"
#include "run/file_task.hpp"
#include "run/index_run.hpp"
#include "run/progress_meter.hpp"
#include "write/file_registry.hpp"
#include "write/shard_set.hpp"

namespace ombud {

// What applying the files left for the settlement.
struct AppliedChanges {
  std::vector<std::string> maybe_orphaned;    // case references that may have lost their file
  std::unordered_set<std::string> rewritten;  // registry keys of the files read in this run
};

class InOrderApplier {
 public:
  // Counts go into `summary` (added, replaced, unchanged, skipped and their reasons, bytes);
  // the progress line counts the files `walk` passed over as well.
  // With `list_changes`, each decision added or replaced goes into summary.changes too.
  // In a bulk load the workers write the documents (AnalysedFile::written): `shards` is then the
  // load's ledger (run/bulk_load.hpp), which takes the file registry and nothing else, and
  // `claims` settles which file holds each case reference.
  InOrderApplier(ShardSet& shards, const FileRegistry& registry, ProgressMeter& meter,
                 const ChangeWalk& walk, IndexSummary& summary, bool list_changes,
                 BulkClaims* claims = nullptr);

  // Takes one analysed file, and applies every file now next in walk order.
  void take(AnalysedFile file);

  // What the files applied so far left for the settlement, handed over (the applier is done).
  AppliedChanges take_changes() { return std::move(changes_); }

 private:
  void apply(const AnalysedFile& file);
  void write(const AnalysedFile& file);

  ShardSet& shards_;
  const FileRegistry& registry_;
  ProgressMeter& meter_;
  const ChangeWalk& walk_;
  IndexSummary& summary_;
  bool list_changes_;
  BulkClaims* claims_;
  std::size_t claimed_ = 0;
  std::map<std::size_t, AnalysedFile> early_;  // arrived before their turn, by walk number
  std::size_t next_ = 0;                       // the walk number applied next
  std::size_t files_done_ = 0;
  std::uint64_t done_bytes_ = 0;  // of every file applied, skipped or not: the progress line's
  AppliedChanges changes_;
};

}  // namespace ombud
