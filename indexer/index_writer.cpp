#include "index_writer.hpp"

#include "document_builder.hpp"
#include "schema.hpp"

namespace ombud {

IndexWriter::IndexWriter(Xapian::WritableDatabase db, std::size_t batch_size)
    : db_(std::move(db)), batch_size_(batch_size == 0 ? 1 : batch_size),
      started_empty_(db_.get_doccount() == 0) {}

IndexWriter::~IndexWriter() = default;

IndexWriter::Result IndexWriter::write(const Decision& decision, const std::string& path) {
  Xapian::Document doc = build_document(decision, analyzer_);
  const std::string id = schema::id_term(decision.case_ref);
  Result result{Outcome::kAdded, {}};
  auto [seen, inserted] = paths_.try_emplace(decision.case_ref, path);
  const bool seen_this_run = !inserted;
  if (seen_this_run) {
    if (seen->second != path) result.earlier_path = seen->second;
    seen->second = path;
  }

  if (started_empty_ && !seen_this_run) {
    db_.add_document(doc);
  } else {
    Xapian::PostingIterator it = db_.postlist_begin(id);
    if (it != db_.postlist_end(id)) {
      // Same facts and text as stored: leave the document (and the database) as it is.
      if (db_.get_document(*it).get_data() == doc.get_data()) {
        result.outcome = Outcome::kUnchanged;
        return result;
      }
      result.outcome = Outcome::kReplaced;
    }
    db_.replace_document(id, doc);
  }
  if (++pending_ >= batch_size_) commit();
  return result;
}

void IndexWriter::commit() {
  db_.commit();
  pending_ = 0;
}

}  // namespace ombud
