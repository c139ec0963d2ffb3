// Writes decisions into a Xapian database: one document per case reference, replaced when its
// facts or text change, left alone when they do not. Each batch is one Xapian transaction, so a
// killed indexer leaves the database at its last whole batch.
#pragma once

#include <xapian.h>

#include <cstddef>
#include <optional>
#include <string>
#include <unordered_map>

#include "spelling_dictionary.hpp"

namespace ombud {

// Committing every ~1,000 documents was twice as fast as Xapian's default flush at 10,000 and
// used an eighth of the memory: 52 s and 93 MB peak RSS against 105 s and 754 MB, plain
// TermGenerator + add_document over 20,000 generated decisions (160 MB) on the 2-core machine,
// single runs.
inline constexpr std::size_t kDefaultBatchSize = 1000;

// Stamps `doc` as a decision new in the run that started at `run_stamp` (index_stamp.hpp): its
// added: and changed: slots. An empty stamp (tests of the writer alone) leaves them as they are.
void stamp_new_document(Xapian::Document& doc, const std::string& run_stamp);

class IndexWriter {
 public:
  enum class Outcome { kAdded, kReplaced, kUnchanged };

  struct Result {
    Outcome outcome;
    // The file that already wrote this case reference in this run (the later file wins), or
    // empty: two files claiming one decision is worth telling the user.
    std::string earlier_path;
  };

  // What a removed decision was, for the change list.
  struct Removed {
    std::string organisation, outcome, path;
  };

  IndexWriter(Xapian::WritableDatabase db, std::size_t batch_size = kDefaultBatchSize);
  // Cancels an unfinished batch, as a crash would: only commit() makes writes durable.
  ~IndexWriter();
  IndexWriter(const IndexWriter&) = delete;
  IndexWriter& operator=(const IndexWriter&) = delete;

  // The run's start time (index_stamp.hpp), written into the added: and changed: slots of what
  // this writer adds or replaces. Without one (tests of the writer alone), those slots are left
  // as the document has them.
  void set_run_stamp(std::string stamp) { run_stamp_ = std::move(stamp); }

  // Writes `doc`, the document build_document() made for the decision `case_ref` read from
  // `path` (on an analysis thread: the writer holds no analyzer). A new decision is stamped
  // added and changed now; a replaced one keeps its added stamp and is stamped changed now; an
  // unchanged one is left as it is, stamps included.
  Result write_document(const std::string& case_ref, Xapian::Document doc, const std::string& path);

  // Deletes the decision `case_ref`, if present. Returns what it was, or nullopt when absent.
  std::optional<Removed> remove(const std::string& case_ref);
  // Adds the words of a document just written to the spelling dictionary ("Did you mean"), with
  // the open batch. Words are not taken out again when a document is replaced or deleted: the
  // query side suggests only words the index still holds.
  void add_spelling(const SpellingCounts& words);

  // Whether this run wrote `case_ref`.
  bool written_this_run(const std::string& case_ref) const { return paths_.count(case_ref) > 0; }

  // Commits the open batch. Called every batch_size writes, and once at the end by the caller.
  void commit();

  // The database, for metadata written in the same batch as the documents.
  Xapian::WritableDatabase& database();

 private:
  void begin_batch_if_needed();
  void count_write();

  Xapian::WritableDatabase db_;
  std::size_t batch_size_;
  std::size_t pending_ = 0;
  bool in_batch_ = false;
  // Into an empty database, a case reference not seen yet in this run cannot exist: add it
  // without the unique-term lookup. replace_document by the Q term over a fresh batch was 2.6x
  // slower than add_document of the same documents (the corpus and machine above).
  bool started_empty_;
  std::unordered_map<std::string, std::string> paths_;  // case reference -> path, this run
  std::string run_stamp_;
  // The batch's words for the spelling dictionary, given to Xapian when the batch commits: one
  // add_spelling per distinct word of the batch, not one per word of each document, which cost
  // a third of the writer's time on generated decisions.
  SpellingCounts spelling_;
};

}  // namespace ombud
