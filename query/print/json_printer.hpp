// --json: one JSON object a line per hit, then one summary object with the exact total and the
// facet counts. Built with nlohmann::json so quoting is never hand-made.
#pragma once

#include <nlohmann/json.hpp>
#include <string>

#include "search/searcher.hpp"

namespace ombud {

// {"rank", "case_ref", "organisation", "category", "subcategory", "outcome", "decision_date",
//  "ofsted_shared", "remedies", "remedy_payments", "paid", "score", "snippet", "highlights"}
// where highlights are [begin, end) byte offsets of the matched words in snippet.
nlohmann::ordered_json hit_json(const Hit& hit);

// {"total": N, "facets": {field: {value: count, ...}, ...}}
nlohmann::ordered_json summary_json(const SearchResult& result);

// Every hit's line, then the summary's.
std::string format_json(const SearchResult& result);

}  // namespace ombud
