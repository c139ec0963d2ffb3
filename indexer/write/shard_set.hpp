// The databases an index run writes: one, or N shards placed by a stable hash of the case
// reference, with a Xapian stub file (PATH/XAPIANDB) that opens them as one database. Xapian
// 1.4 cannot write through a stub, so each shard gets its own IndexWriter.
#pragma once

#include <xapian.h>

#include <cstddef>
#include <memory>
#include <string>
#include <vector>

#include "write/index_writer.hpp"

namespace ombud {

// The shard a case reference belongs to, among `shards`: by stable_hash(), the same on every
// machine and in every run, so a decision always lands in the same shard.
std::size_t shard_of(const std::string& case_ref, std::size_t shards);

class ShardSet {
 public:
  // Opens `path` for writing. `shards` is what the user asked for (0 = keep what exists, or 1
  // for a new database). A new sharded database gets folders shard-00... and its stub; an
  // existing one must have the number of shards asked for. Throws DatabaseOpenError.
  ShardSet(const std::string& path, std::size_t shards, std::size_t batch_size);

  IndexWriter& writer_for(const std::string& case_ref) {
    return *writers_[shard_of(case_ref, writers_.size())];
  }
  // Every shard's writer in turn, for what each shard holds whole (the synonyms).
  std::size_t size() const { return writers_.size(); }
  IndexWriter& writer(std::size_t shard) { return *writers_[shard]; }
  // Read handles on every shard, e.g. to load the file registry.
  const std::vector<Xapian::Database>& databases() const { return databases_; }

  // Records `stamp` as the start of the last run that changed anything (ombud:last_change_run),
  // in every shard (a stub's reader sees the first shard's), with the open batch.
  void record_change_run(const std::string& stamp);

  // Commits every shard, then brings each shard's facet column file up to date: call it once,
  // at the end of a run (the writers commit each batch themselves).
  void commit();
  Xapian::doccount doccount() const;
  // The shard databases' paths (one path for a single database).
  const std::vector<std::string>& paths() const { return paths_; }

 private:
  std::vector<std::string> paths_;
  std::vector<Xapian::Database> databases_;
  std::vector<std::unique_ptr<IndexWriter>> writers_;
};

}  // namespace ombud
