#include "print/human_printer.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "print/suggestion_text.hpp"
#include "print/terms_printer.hpp"

namespace ombud {
namespace {

constexpr std::string_view kSeparator = " · ";

std::string marked(const Snippet& s, const Style& style) {
  if (!style.color()) return s.text;
  std::string out;
  std::size_t at = 0;
  for (const auto& [begin, end] : s.highlights) {
    out.append(s.text, at, begin - at);
    out += style.match(std::string_view(s.text).substr(begin, end - begin));
    at = end;
  }
  out.append(s.text, at);
  return out;
}

std::string facts_line(const Decision& d) {
  std::vector<std::string> parts;
  parts.push_back(d.decision_date ? *d.decision_date : "undated");
  parts.push_back(d.outcome.empty() ? "unknown" : d.outcome);
  parts.push_back(d.paid() > 0 ? "paid " + format_pounds(d.paid()) : "no payment");
  if (d.category)
    parts.push_back(d.subcategory ? *d.category + " > " + *d.subcategory : *d.category);
  if (d.doc_type == "report") parts.push_back("public report");
  if (d.ofsted_shared) parts.push_back("shared with Ofsted");
  if (d.cqc_shared) parts.push_back("shared with CQC");
  std::string out;
  for (const std::string& p : parts) {
    if (!out.empty()) out += kSeparator;
    out += p;
  }
  return out;
}

}  // namespace

std::string format_human_summary(Xapian::doccount total, Xapian::doccount first,
                                 Xapian::doccount last) {
  if (total == 0) return "No decisions match.\n";
  const std::string matches =
      total == 1 ? "1 decision matches" : fmt::format("{} decisions match", total);
  if (first == 0) return matches + ".\n";
  if (first == 1 && last == total) return matches + ".\n";
  return fmt::format("{}; showing {}–{}.\n", matches, first, last);
}

std::string format_human_hits(const std::vector<Hit>& hits, const Style& style) {
  std::string out;
  for (const Hit& h : hits) {
    const Decision& d = h.decision;
    out += '\n';
    out += style.case_ref(d.case_ref) + "  " + style.bold(d.organisation) + '\n';
    out += "    " + facts_line(d) + '\n';
    if (!h.snippet.text.empty()) out += "    " + marked(h.snippet, style) + '\n';
  }
  return out;
}

std::string format_human_facets(const std::vector<FacetCounts>& facets, const Style& style) {
  std::string out;
  for (const FacetCounts& f : facets) {
    out += '\n';
    out += style.bold(schema::field(f.field).name);
    // Said, so that no one adds them up to the total.
    if (is_list_facet(f.field)) out += style.dim("  (a decision may have several)");
    out += '\n';
    if (f.values.empty()) {
      out += "  (no values)\n";
      continue;
    }
    Xapian::doccount widest = 0;
    for (const FacetValue& v : f.values) widest = std::max(widest, v.count);
    const std::size_t width = std::to_string(widest).size();
    for (const FacetValue& v : f.values)
      out += fmt::format("  {:>{}}  {}\n", v.count, width, v.none ? "(none)" : v.value);
  }
  return out;
}

std::string format_human(const SearchResult& r, const Style& style) {
  std::string out = format_human_like(r.like, style);
  out += r.hits.empty() ? format_human_summary(r.total, 0, 0)
                        : format_human_summary(r.total, r.hits.front().rank, r.hits.back().rank);
  out += suggestion_line(r);
  out += format_human_hits(r.hits, style);
  out += format_human_facets(r.facets, style);
  out += format_human_terms(r.terms, style);
  return out;
}

}  // namespace ombud
