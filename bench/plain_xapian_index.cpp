// ombud-bench-xapian-index: the plain Xapian baseline, the library's own floor. Each file is
// indexed whole with TermGenerator (English, STEM_SOME: the default strategy), its text stored
// as the document data, add_document, a commit every 1,000 documents. It adds only what the
// query mix needs to filter on: one boolean term per facet and the date and paid values, taken
// from the manifest (the generator's facts), so no extraction is done.
#include <fmt/format.h>
#include <xapian.h>

#include <cstdio>
#include <exception>
#include <string>

#include "baseline_schema.hpp"
#include "manifest.hpp"

namespace {

constexpr int kCommitEvery = 1000;

std::string compact_date(const std::string& iso) {
  if (iso.size() != 10) return {};
  return iso.substr(0, 4) + iso.substr(5, 2) + iso.substr(8, 2);
}

// Xapian's convention, which QueryParser follows for boolean prefixes: a prefix longer than one
// character is followed by ':' when the value starts with an upper-case letter.
void add_boolean(Xapian::Document& doc, std::string_view prefix, const std::string& value) {
  if (value.empty()) return;
  std::string term(prefix);
  if (prefix.size() > 1 && value[0] >= 'A' && value[0] <= 'Z') term += ':';
  doc.add_boolean_term(term + value);
}

}  // namespace

int main(int argc, char** argv) try {
  namespace baseline = ombud::bench::baseline;
  if (argc != 3) {
    std::fprintf(stderr, "usage: ombud-bench-xapian-index MANIFEST DB\n");
    return 2;
  }
  const auto entries = ombud::bench::read_manifest(argv[1]);
  Xapian::WritableDatabase db(argv[2], Xapian::DB_CREATE_OR_OVERWRITE);
  Xapian::TermGenerator generator;
  generator.set_stemmer(Xapian::Stem("english"));

  int pending = 0;
  std::size_t bytes = 0;
  for (const auto& e : entries) {
    std::string text = ombud::bench::read_file(e.path);
    bytes += text.size();
    Xapian::Document doc;
    generator.set_document(doc);
    generator.index_text(text);
    doc.set_data(std::move(text));
    add_boolean(doc, baseline::kIdPrefix, e.case_ref);
    add_boolean(doc, baseline::kCouncilPrefix, e.council);
    add_boolean(doc, baseline::kCategoryPrefix, e.category);
    add_boolean(doc, baseline::kOutcomePrefix, e.outcome);
    add_boolean(doc, baseline::kYearPrefix, e.year);
    const std::string date = compact_date(e.date);
    if (!date.empty()) doc.add_value(baseline::kDateSlot, date);
    doc.add_value(baseline::kPaidSlot, Xapian::sortable_serialise(e.paid));
    db.add_document(doc);
    if (++pending == kCommitEvery) {
      db.commit();
      pending = 0;
    }
  }
  db.commit();
  fmt::print("ombud-bench-xapian-index: {} documents, {:.1f} MB\n", db.get_doccount(),
             static_cast<double>(bytes) / 1e6);
  return 0;
} catch (const Xapian::Error& e) {
  std::fprintf(stderr, "ombud-bench-xapian-index: %s\n", e.get_description().c_str());
  return 2;
} catch (const std::exception& e) {
  std::fprintf(stderr, "ombud-bench-xapian-index: %s\n", e.what());
  return 2;
}
