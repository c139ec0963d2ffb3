#include "write/document_builder.hpp"

#include <string>
#include <string_view>

#include "decision_json.hpp"
#include "listing_order.hpp"
#include "schema.hpp"

namespace ombud {
namespace {

using schema::FieldId;

// Xapian refuses terms over 245 bytes; a facet value that long is not a real one.
constexpr std::size_t kMaxTermBytes = 245;

void add_facet(Xapian::Document& doc, FieldId id, std::string_view value) {
  if (value.empty()) return;
  const schema::Field& f = schema::field(id);
  if (!f.prefix.empty()) {
    std::string t = schema::term(id, value);
    if (t.size() <= kMaxTermBytes) doc.add_boolean_term(t);
  }
  if (f.slot != schema::kNoSlot && f.encoding == schema::Encoding::kString)
    doc.add_value(f.slot, std::string(value));
}

void add_list_facet(Xapian::Document& doc, FieldId id, const std::vector<std::string>& values) {
  if (values.empty()) return;
  const schema::Field& f = schema::field(id);
  std::string joined;
  for (const std::string& v : values) {
    std::string t = schema::term(id, v);
    if (t.size() <= kMaxTermBytes) doc.add_boolean_term(t);
    if (!joined.empty()) joined.push_back(schema::kListSeparator);
    joined += v;
  }
  doc.add_value(f.slot, joined);
}

}  // namespace

Xapian::Document build_document(const Decision& d, Analyzer& analyzer, SpellingCounts* spelling) {
  Xapian::Document doc;
  doc.add_boolean_term(schema::id_term(d.case_ref));

  add_facet(doc, FieldId::kOrganisation, d.organisation);
  if (d.category) add_facet(doc, FieldId::kCategory, *d.category);
  if (d.subcategory) add_facet(doc, FieldId::kSubcategory, *d.subcategory);
  add_facet(doc, FieldId::kOutcome, d.outcome);
  add_facet(doc, FieldId::kOfsted, d.ofsted_shared ? "yes" : "no");
  add_facet(doc, FieldId::kCqc, d.cqc_shared ? "yes" : "no");
  add_facet(doc, FieldId::kDocType, d.doc_type);
  add_facet(doc, FieldId::kSource, d.source);
  add_list_facet(doc, FieldId::kRemedy, d.remedies);
  add_list_facet(doc, FieldId::kLegislation, d.legislation);

  if (d.decision_date && d.decision_date->size() == 10) {
    const std::string& iso = *d.decision_date;
    const std::string year = iso.substr(0, 4);
    doc.add_value(schema::field(FieldId::kDate).slot, year + iso.substr(5, 2) + iso.substr(8, 2));
    doc.add_value(schema::field(FieldId::kYear).slot, year);
    doc.add_boolean_term(schema::term(FieldId::kYear, year));
  }
  // Every document has a paid value (0 when nothing was paid), so paid:0 and sorting work.
  doc.add_value(schema::field(FieldId::kPaid).slot,
                Xapian::sortable_serialise(static_cast<double>(d.paid()) / 100.0));

  doc.add_value(schema::kOrderSlot, listing_order_key(d.decision_date, d.case_ref));

  // The title first (it holds the organisation and case reference), then the body.
  Xapian::termpos pos = analyzer.index_text(doc, d.title, 0, spelling);
  analyzer.index_text(doc, d.text, pos + 1, spelling);  // a gap: no phrase spans title and body

  doc.set_data(stored_json(d).dump());
  return doc;
}

}  // namespace ombud
