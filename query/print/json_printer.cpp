#include "print/json_printer.hpp"

#include "decision_json.hpp"

namespace ombud {

nlohmann::ordered_json hit_json(const Hit& hit) {
  const nlohmann::ordered_json facts = facts_json(hit.decision);
  nlohmann::ordered_json highlights = nlohmann::ordered_json::array();
  for (const auto& [begin, end] : hit.snippet.highlights) highlights.push_back({begin, end});
  return {
      {"rank", hit.rank},
      {"case_ref", facts.at("case_ref")},
      {"organisation", facts.at("organisation")},
      {"category", facts.at("category")},
      {"subcategory", facts.at("subcategory")},
      {"outcome", facts.at("outcome")},
      {"decision_date", facts.at("decision_date")},
      {"ofsted_shared", facts.at("ofsted_shared")},
      {"remedies", facts.at("remedies")},
      {"remedy_payments", facts.at("remedy_payments")},
      {"paid", facts.at("paid")},
      {"score", hit.score},
      {"snippet", hit.snippet.text},
      {"highlights", highlights},
  };
}

nlohmann::ordered_json summary_json(const SearchResult& result) {
  nlohmann::ordered_json facets = nlohmann::ordered_json::object();
  for (const FacetCounts& f : result.facets) {
    nlohmann::ordered_json counts = nlohmann::ordered_json::object();
    for (const FacetValue& v : f.values) counts[v.value] = v.count;
    facets[std::string(schema::field(f.field).name)] = std::move(counts);
  }
  return {{"total", result.total}, {"facets", std::move(facets)}};
}

std::string format_json(const SearchResult& result) {
  std::string out;
  for (const Hit& h : result.hits) out += hit_json(h).dump() + '\n';
  out += summary_json(result).dump() + '\n';
  return out;
}

}  // namespace ombud
