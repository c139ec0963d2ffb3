#include "run/in_order_applier.hpp"

#include <fmt/format.h>

#include "diagnostics.hpp"
#include "schema.hpp"

namespace ombud {

InOrderApplier::InOrderApplier(ShardSet& shards, const FileRegistry& registry, ProgressMeter& meter,
                               const ChangeWalk& walk, IndexSummary& summary, bool list_changes,
                               BulkClaims* claims)
    : shards_(shards),
      registry_(registry),
      meter_(meter),
      walk_(walk),
      summary_(summary),
      list_changes_(list_changes),
      claims_(claims) {}

void InOrderApplier::take(AnalysedFile file) {
  early_.emplace(file.seq, std::move(file));
  for (auto it = early_.find(next_); it != early_.end(); it = early_.find(next_)) {
    apply(it->second);
    early_.erase(it);
    ++next_;
  }
}

void InOrderApplier::apply(const AnalysedFile& file) {
  ++files_done_;
  // For the settlement, which a bulk load has none of (its database held no file): a key a
  // file, a hundred-odd MB at a million files.
  if (!claims_) changes_.rewritten.insert(file.key);
  done_bytes_ += file.state.size;  // for the progress line: the share of the work done
  if (file.error.empty()) summary_.bytes += file.state.size;
  if (!file.error.empty()) {
    meter_.message(file_error_line(file.path, file.error));
    ++summary_.skipped;
    ++summary_.skip_reasons[reason_kind(file.error)];
  } else {
    write(file);
  }
  meter_.update(files_done_ + walk_.unchanged(), done_bytes_);
}

void InOrderApplier::write(const AnalysedFile& file) {
  IndexWriter& writer = shards_.writer_for(file.case_ref);
  const auto r = file.written ? claims_->claim(file.case_ref, file.seq, file.data_hash, file.path)
                              : writer.write_document(file.case_ref, file.doc, file.path);
  // A bulk load's worker gave the words to the spelling dictionary with the document.
  if (r.outcome != IndexWriter::Outcome::kUnchanged && !file.written)
    writer.add_spelling(file.spelling);
  if (!r.earlier_path.empty()) {
    meter_.message(
        file_warning_line(file.path, fmt::format("case {} is also in {}; this file replaces it",
                                                 file.case_ref, r.earlier_path)));
  }
  switch (r.outcome) {
    case IndexWriter::Outcome::kAdded:
      ++summary_.added;
      break;
    case IndexWriter::Outcome::kReplaced:
      ++summary_.replaced;
      break;
    case IndexWriter::Outcome::kUnchanged:
      ++summary_.unchanged;
      break;
  }
  if (list_changes_ && r.outcome != IndexWriter::Outcome::kUnchanged) {
    using schema::FieldId;
    summary_.changes.push_back(
        {file.case_ref, r.outcome == IndexWriter::Outcome::kAdded ? "added" : "replaced", file.path,
         file.doc.get_value(schema::field(FieldId::kOrganisation).slot),
         file.doc.get_value(schema::field(FieldId::kOutcome).slot)});
  }
  // The file now holds another decision than when it was indexed: the old one may be orphaned,
  // which is settled once the walk is over.
  const FileRecord* known = registry_.find(file.key);
  if (known && known->case_ref != file.case_ref) {
    changes_.maybe_orphaned.push_back(known->case_ref);
    IndexWriter& old_shard = shards_.writer_for(known->case_ref);
    if (&old_shard != &writer) FileRegistry::forget(old_shard.database(), file.key);
  }
  FileRecord record = file.state;
  record.case_ref = file.case_ref;
  FileRegistry::record(writer.database(), file.key, record);
  // The ledger's writers count no documents, so nothing else commits their batches.
  if (file.written && ++claimed_ % kDefaultBatchSize == 0) {
    for (std::size_t i = 0; i < shards_.size(); ++i) shards_.writer(i).commit();
  }
}

}  // namespace ombud
