// --json: one JSON object a line per hit, then one summary object with the exact total and the
// facet counts. Built with nlohmann::json so quoting is never hand-made.
#pragma once

#include <nlohmann/json.hpp>
#include <string>

#include "search/searcher.hpp"

namespace ombud {

// {"rank", "case_ref", "organisation", "source", "doc_type", "category", "subcategory",
//  "outcome", "outcome_source", "decision_date", "ofsted_shared", "cqc_shared", "remedies",
//  "remedy_payments", "paid", "amounts", "legislation", "added", "changed", "path", "url",
//  "score", "snippet", "highlights"}: every fact the index holds, when it was first indexed and
// last changed (ISO times, UTC), the file it was read from, its page on the
// ombudsman's site (or null), and highlights as [begin, end) byte offsets of the matched words
// in snippet.
nlohmann::ordered_json hit_json(const Hit& hit);

// {"total": N, "facets": {field: [{"value": v, "count": n}, ...], ...}}, each facet's rows in
// the order printed, and {"value": null, ...} for the matches without a value; with --like and
// --terms, "like" and "terms" too (terms_printer.hpp).
nlohmann::ordered_json summary_json(const SearchResult& result);

// Every hit's line, then the summary's.
std::string format_json(const SearchResult& result);

}  // namespace ombud
