// A bulk load's documents (run/bulk_load.hpp): each analysis worker writes the decisions it
// analyses into temporary databases of its own ("chunks", in PATH.bulk beside the database),
// which Xapian's compaction then merges into the database, so that no single writer thread caps
// the load. A chunk holds a run of consecutive walk numbers, and a document keeps its walk number
// + 1 as its document id: merged without renumbering, the documents stand in walk order, as the
// one-writer path leaves them, whatever the number of workers.
#pragma once

#include <xapian.h>

#include <cstddef>
#include <string>
#include <vector>

#include "spelling_dictionary.hpp"

namespace ombud {

// The folder of a bulk load into the database at `db_path`: PATH.bulk, beside it. Only a live run
// holding the database's WriterLock uses it; any other found there is a dead run's, and removed.
std::string bulk_folder(const std::string& db_path);

// The chunk a walk number falls in. Chunks grow from 1,000 files to 32,000: the first files of a
// batch are shared out between the workers in small pieces, and a million files still make
// fewer than 70 chunks, each a source the merge holds open.
std::size_t bulk_chunk_of(std::size_t seq);
// The most files a chunk holds.
std::size_t bulk_largest_chunk();
// The first walk number of `chunk`.
std::size_t bulk_chunk_start(std::size_t chunk);

// The chunk databases of `shard` in `folder`, in chunk order: the merge's sources.
std::vector<std::string> bulk_chunk_paths(const std::string& folder, std::size_t shard);

// Moves the document of walk number `from` in `shard` to the document id of walk number `to`
// (replacing the one there), or removes it when `from` == `to`: settling a case reference two
// files of the load claimed (run/bulk_claims.hpp).
void move_in_bulk_chunks(const std::string& folder, std::size_t from, std::size_t to,
                         std::size_t shard);

// One worker's writer: the documents it is given go into the chunk of their walk number, one
// database per shard, committed every `batch_size` documents (as IndexWriter does, for its
// memory) and when the worker moves to another chunk. Not shared between threads.
class BulkChunkWriter {
 public:
  BulkChunkWriter(std::string folder, std::size_t shards, std::size_t batch_size,
                  std::string run_stamp);
  BulkChunkWriter(const BulkChunkWriter&) = delete;
  BulkChunkWriter& operator=(const BulkChunkWriter&) = delete;

  // Writes `doc` (from build_document()) as walk number `seq` into `shard`, stamped as a new
  // decision, with its words for the spelling dictionary.
  void write(std::size_t seq, std::size_t shard, Xapian::Document doc,
             const SpellingCounts& spelling);
  // Commits and closes what is open. A chunk's databases are whole once this returns.
  void finish();

 private:
  struct Part {
    Xapian::WritableDatabase db;
    bool open = false;
    SpellingCounts spelling;  // given to Xapian at each commit, one add_spelling per word
  };
  void commit(Part& part);

  std::string folder_;
  std::size_t batch_size_;
  std::string run_stamp_;
  std::size_t chunk_ = 0;
  std::size_t pending_ = 0;
  std::vector<Part> parts_;  // one per shard, of the current chunk
};

}  // namespace ombud
