// Writes decisions into a Xapian database: one document per case reference, replaced when its
// facts or text change, left alone when they do not, committed in batches so that a killed
// indexer leaves the last whole batch behind.
#pragma once

#include <xapian.h>

#include <cstddef>
#include <string>
#include <unordered_map>

#include "analyzer.hpp"
#include "decision.hpp"

namespace ombud {

// Committing every ~1,000 documents was twice as fast as Xapian's default flush at 10,000 and
// used an eighth of the memory (perf-notes.md).
inline constexpr std::size_t kDefaultBatchSize = 1000;

class IndexWriter {
 public:
  enum class Outcome { kAdded, kReplaced, kUnchanged };

  IndexWriter(Xapian::WritableDatabase db, std::size_t batch_size = kDefaultBatchSize);
  ~IndexWriter();  // does not commit: an unfinished batch is dropped, as after a crash
  IndexWriter(const IndexWriter&) = delete;
  IndexWriter& operator=(const IndexWriter&) = delete;

  struct Result {
    Outcome outcome;
    // The file that already wrote this case reference in this run (the later file wins), or
    // empty: two files claiming one decision is worth telling the user.
    std::string earlier_path;
  };

  // Writes `decision`, read from `path`, keyed on its case reference.
  Result write(const Decision& decision, const std::string& path);

  // Commits what is pending. Called every batch_size writes, and once at the end by the caller.
  void commit();

  Xapian::WritableDatabase& database() { return db_; }

 private:
  Xapian::WritableDatabase db_;
  Analyzer analyzer_;
  std::size_t batch_size_;
  std::size_t pending_ = 0;
  // Into an empty database, a case reference not seen yet in this run cannot exist: add it
  // without the unique-term lookup, which made replace_document 2.6x slower (perf-notes.md).
  bool started_empty_;
  std::unordered_map<std::string, std::string> paths_;  // case reference -> path, this run
};

}  // namespace ombud
