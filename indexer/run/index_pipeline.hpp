// One index run as a pipeline of named steps: open the databases, walk (a thread), analyse (the
// worker threads), apply in walk order (this thread, the writer), settle pruned and orphaned
// decisions, commit, compact. Each step is its own type or function in run/; this one wires
// them, owns the queues between them and stops the threads should a step fail.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "run/index_run.hpp"
#include "write/shard_set.hpp"

namespace ombud {

class IndexPipeline {
 public:
  explicit IndexPipeline(const IndexOptions& options);

  // Runs every step once. Per-file problems are counted in the summary; a problem with the
  // database throws, leaving it at its last commit.
  IndexSummary run();

 private:
  std::unique_ptr<ShardSet> open_shards() const;
  // The database(s) as one compacted copy each, once nothing is writing them.
  void compact(std::unique_ptr<ShardSet> shards) const;

  const IndexOptions& options_;
  std::vector<std::string> root_keys_;  // the paths given, as registry keys
};

}  // namespace ombud
