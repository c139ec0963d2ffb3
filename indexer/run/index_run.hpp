// One run of the indexer over the files and folders named on the command line: what it is asked
// to do and the summary it ends with. The run itself is a pipeline of steps (the walk, the
// analysis workers, the in-order writer, settlement, commit, compaction): run/index_pipeline.hpp.
#pragma once

#include <cstddef>
#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "extract/decision_loader.hpp"
#include "run/change_list.hpp"
#include "write/index_writer.hpp"
#include "write/thesaurus_store.hpp"

namespace ombud {

struct IndexOptions {
  std::string db_path;
  std::vector<std::string> paths;
  LoadOptions load;
  std::size_t batch_size = kDefaultBatchSize;
  std::size_t shards = 0;      // 0: as the database is (a new one: single); N: N shards
  unsigned jobs = 0;           // analysis threads; 0 = one per core but the writer's
  bool prune = false;          // remove decisions whose files under `paths` are gone
  bool progress = false;       // draw the progress line on stderr
  bool wait_for_lock = false;  // wait for another indexer instead of failing
  bool compact = false;        // compact the database(s) at the end (after a bulk load)
  bool rehash = false;         // read every file, also those whose size and mtime are as recorded
  bool list_changes = false;   // fill IndexSummary::changes (--changes, --verbose)
  ThesaurusOptions thesaurus;  // the user's synonym files (--synonyms)
  bool spelling = true;        // add the decisions' words to the spelling dictionary
  bool bulk = true;            // load an empty database in bulk (run/bulk_load.hpp)
};

struct IndexSummary {
  std::size_t added = 0, replaced = 0, unchanged = 0, removed = 0, skipped = 0;
  std::map<std::string, std::size_t> skip_reasons;  // reason (without its detail) -> files
  // Bytes of the files indexed: not of a skipped one, which may not have been read at all (one
  // over --max-size), so that "read N MB (R MB/s)" is true.
  std::uint64_t bytes = 0;
  unsigned long doccount = 0;  // decisions in the database afterwards
  ThesaurusSummary thesaurus;  // the synonyms written, or kept
  double seconds = 0;
  // With list_changes: each decision added, replaced or removed, in the order applied.
  std::vector<ChangeEntry> changes;
  // Set when every decision was committed but --compact then failed: why.
  std::string compaction_error;
};

// Runs the indexer. Per-file problems are reported on stderr and counted as skipped; a problem
// with the database (locked, disk full, corrupt) throws, leaving it at its last commit.
IndexSummary run_index(const IndexOptions& options);

}  // namespace ombud
