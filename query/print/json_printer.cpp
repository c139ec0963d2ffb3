#include "print/json_printer.hpp"

#include "decision_json.hpp"
#include "decision_url.hpp"
#include "index_stamp.hpp"
#include "print/suggestion_text.hpp"
#include "print/terms_printer.hpp"

namespace ombud {
namespace {

// An index stamp as an ISO time, or null when the decision has none.
nlohmann::ordered_json stamp_json(const std::string& stamp) {
  const std::string iso = stamp_iso(stamp);
  return iso.empty() ? nlohmann::ordered_json() : nlohmann::ordered_json(iso);
}

}  // namespace

nlohmann::ordered_json hit_json(const Hit& hit) {
  const nlohmann::ordered_json facts = facts_json(hit.decision);
  nlohmann::ordered_json highlights = nlohmann::ordered_json::array();
  for (const auto& [begin, end] : hit.snippet.highlights) highlights.push_back({begin, end});
  const std::optional<std::string> url = decision_url(hit.decision);
  return {
      {"rank", hit.rank},
      {"case_ref", facts.at("case_ref")},
      {"organisation", facts.at("organisation")},
      {"source", facts.at("source")},
      {"doc_type", facts.at("doc_type")},
      {"category", facts.at("category")},
      {"subcategory", facts.at("subcategory")},
      {"outcome", facts.at("outcome")},
      {"outcome_source", facts.at("outcome_source")},
      {"decision_date", facts.at("decision_date")},
      {"ofsted_shared", facts.at("ofsted_shared")},
      {"cqc_shared", facts.at("cqc_shared")},
      {"remedies", facts.at("remedies")},
      {"remedy_payments", facts.at("remedy_payments")},
      {"paid", facts.at("paid")},
      {"amounts", facts.at("amounts")},
      {"legislation", facts.at("legislation")},
      {"added", stamp_json(hit.decision.added)},
      {"changed", stamp_json(hit.decision.changed)},
      {"path", hit.decision.path},
      {"url", url ? nlohmann::ordered_json(*url) : nlohmann::ordered_json()},
      {"score", hit.score},
      {"snippet", hit.snippet.text},
      {"highlights", highlights},
  };
}

nlohmann::ordered_json summary_json(const SearchResult& result) {
  nlohmann::ordered_json facets = nlohmann::ordered_json::object();
  for (const FacetCounts& f : result.facets) {
    // A list, in the order printed; the decisions without a value are the row whose value is null.
    nlohmann::ordered_json counts = nlohmann::ordered_json::array();
    for (const FacetValue& v : f.values) {
      counts.push_back(
          {{"value", v.none ? nlohmann::ordered_json() : nlohmann::ordered_json(v.value)},
           {"count", v.count}});
    }
    facets[std::string(schema::field(f.field).name)] = std::move(counts);
  }
  nlohmann::ordered_json summary = {{"total", result.total}, {"facets", std::move(facets)}};
  add_terms_json(result, summary);
  // Only when there is something to say, so a summary without one reads as before.
  if (result.suggestion) {
    summary["suggestion"] = result.suggestion->query;
    if (result.suggestion_total) summary["suggestion_total"] = *result.suggestion_total;
  } else if (result.suggestion_unavailable) {
    summary["suggestion_unavailable"] = kNoRemoteSpelling;
  }
  return summary;
}

std::string format_json(const SearchResult& result) {
  std::string out;
  for (const Hit& h : result.hits) out += hit_json(h).dump() + '\n';
  out += summary_json(result).dump() + '\n';
  return out;
}

}  // namespace ombud
