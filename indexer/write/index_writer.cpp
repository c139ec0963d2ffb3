#include "write/index_writer.hpp"

#include <nlohmann/json.hpp>

#include "schema.hpp"

namespace ombud {

void stamp_new_document(Xapian::Document& doc, const std::string& run_stamp) {
  if (run_stamp.empty()) return;
  doc.add_value(schema::field(schema::FieldId::kAdded).slot, run_stamp);
  doc.add_value(schema::field(schema::FieldId::kChanged).slot, run_stamp);
}

IndexWriter::IndexWriter(Xapian::WritableDatabase db, std::size_t batch_size)
    : db_(std::move(db)),
      batch_size_(batch_size == 0 ? 1 : batch_size),
      started_empty_(db_.get_doccount() == 0) {}

IndexWriter::~IndexWriter() {
  if (!in_batch_) return;
  try {
    db_.cancel_transaction();
  } catch (const Xapian::Error&) {
    // Nothing to do: the database stays at its last commit either way.
  }
}

Xapian::WritableDatabase& IndexWriter::database() {
  begin_batch_if_needed();
  return db_;
}

void IndexWriter::begin_batch_if_needed() {
  if (in_batch_) return;
  db_.begin_transaction(true);  // flushed: commit_transaction() makes the batch durable
  in_batch_ = true;
}

IndexWriter::Result IndexWriter::write_document(const std::string& case_ref, Xapian::Document doc,
                                                const std::string& path) {
  const Xapian::valueno added_slot = schema::field(schema::FieldId::kAdded).slot;
  stamp_new_document(doc, run_stamp_);
  begin_batch_if_needed();
  const std::string id = schema::id_term(case_ref);
  Result result{Outcome::kAdded, {}};
  auto [seen, inserted] = paths_.try_emplace(case_ref, path);
  if (!inserted) {
    if (seen->second != path) result.earlier_path = seen->second;
    seen->second = path;
  }

  if (started_empty_ && inserted) {
    db_.add_document(doc);
  } else {
    Xapian::PostingIterator it = db_.postlist_begin(id);
    if (it != db_.postlist_end(id)) {
      // Same facts and text as stored: leave the document (and the database) as it is.
      const Xapian::Document stored = db_.get_document(*it);
      if (stored.get_data() == doc.get_data()) {
        result.outcome = Outcome::kUnchanged;
        return result;
      }
      result.outcome = Outcome::kReplaced;
      // Replaced, not new: it arrived when it was first indexed.
      const std::string first_added = stored.get_value(added_slot);
      if (!run_stamp_.empty() && !first_added.empty()) doc.add_value(added_slot, first_added);
    }
    db_.replace_document(id, doc);
  }
  count_write();
  return result;
}

void IndexWriter::add_spelling(const SpellingCounts& words) {
  for (const auto& [word, count] : words) spelling_[word] += count;
}

std::optional<IndexWriter::Removed> IndexWriter::remove(const std::string& case_ref) {
  begin_batch_if_needed();
  const std::string id = schema::id_term(case_ref);
  Xapian::PostingIterator it = db_.postlist_begin(id);
  if (it == db_.postlist_end(id)) return std::nullopt;
  const Xapian::Document stored = db_.get_document(*it);
  Removed removed{stored.get_value(schema::field(schema::FieldId::kOrganisation).slot),
                  stored.get_value(schema::field(schema::FieldId::kOutcome).slot),
                  {}};
  const auto data = nlohmann::json::parse(stored.get_data(), nullptr, false);
  if (data.is_object()) removed.path = data.value("path", "");
  db_.delete_document(id);
  count_write();
  return removed;
}

void IndexWriter::count_write() {
  if (++pending_ >= batch_size_) commit();
}

void IndexWriter::commit() {
  if (!spelling_.empty()) {
    begin_batch_if_needed();
    for (const auto& [word, count] : spelling_) db_.add_spelling(word, count);
    spelling_.clear();
  }
  if (in_batch_) {
    db_.commit_transaction();
    in_batch_ = false;
  }
  pending_ = 0;
}

}  // namespace ombud
