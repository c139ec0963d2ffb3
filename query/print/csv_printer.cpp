#include "print/csv_printer.hpp"

#include <fmt/format.h>

#include <initializer_list>

#include "decision_url.hpp"
#include "index_stamp.hpp"

namespace ombud {
namespace {

constexpr std::string_view kLineEnd = "\r\n";

std::string row(std::initializer_list<std::string> fields) {
  std::string out;
  for (const std::string& f : fields) {
    if (!out.empty()) out += ',';
    out += csv_field(f);
  }
  out += kLineEnd;
  return out;
}

// Pounds without the sign or separators, as spreadsheets read numbers: 500, 5384.99.
std::string plain_pounds(Pence p) {
  return p % 100 == 0 ? std::to_string(p / 100) : fmt::format("{}.{:02}", p / 100, p % 100);
}

// Several values in one cell: "a; b" (legislation names hold commas no more than semicolons).
std::string joined(const std::vector<std::string>& values) {
  std::string out;
  for (const std::string& v : values) out += (out.empty() ? "" : "; ") + v;
  return out;
}

std::string pounds_list(const std::vector<Pence>& amounts) {
  std::string out;
  for (Pence p : amounts) out += (out.empty() ? "" : "; ") + plain_pounds(p);
  return out;
}

}  // namespace

std::string csv_field(std::string_view value) {
  if (value.find_first_of(",\"\r\n") == std::string_view::npos) return std::string(value);
  std::string out = "\"";
  for (char c : value) {
    if (c == '"') out += '"';
    out += c;
  }
  out += '"';
  return out;
}

std::string csv_header() {
  return row({"rank",          "case_ref", "organisation",   "source",        "doc_type",
              "decision_date", "outcome",  "outcome_source", "paid",          "remedy_payments",
              "remedies",      "category", "subcategory",    "ofsted_shared", "cqc_shared",
              "legislation",   "amounts",  "added",          "changed",       "path",
              "url",           "score",    "snippet"});
}

std::string csv_rows(const std::vector<Hit>& hits) {
  std::string out;
  for (const Hit& h : hits) {
    const Decision& d = h.decision;
    out += row({std::to_string(h.rank),
                d.case_ref,
                d.organisation,
                d.source,
                d.doc_type,
                d.decision_date.value_or(""),
                d.outcome,
                d.outcome_source,
                plain_pounds(d.paid()),
                pounds_list(d.remedy_payments),
                joined(d.remedies),
                d.category.value_or(""),
                d.subcategory.value_or(""),
                d.ofsted_shared ? "yes" : "no",
                d.cqc_shared ? "yes" : "no",
                joined(d.legislation),
                pounds_list(d.amounts),
                stamp_iso(d.added),
                stamp_iso(d.changed),
                d.path,
                decision_url(d).value_or(""),
                fmt::format("{:.4f}", h.score),
                h.snippet.text});
  }
  return out;
}

std::string format_csv(const SearchResult& result) {
  return csv_header() + csv_rows(result.hits);
}

std::string format_csv_facets(const std::vector<FacetCounts>& facets) {
  std::string out = row({"field", "value", "count"});
  for (const FacetCounts& f : facets)
    for (const FacetValue& v : f.values)
      out += row({std::string(schema::field(f.field).name), v.value, std::to_string(v.count)});
  return out;
}

std::string format_csv_count(Xapian::doccount total) {
  return row({"total"}) + row({std::to_string(total)});
}

}  // namespace ombud
