// --csv: a header and one row per hit, quoted as RFC 4180 says (fields with a comma, a quote or a
// line break in double quotes, quotes doubled, CRLF line ends), for spreadsheets.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "search/searcher.hpp"

namespace ombud {

// One CSV field, quoted when it must be.
std::string csv_field(std::string_view value);

// rank,case_ref,organisation,decision_date,outcome,paid,category,subcategory,ofsted_shared,score,snippet
std::string format_csv(const SearchResult& result);

// field,value,count: the facet counts as one table (--csv with --facets).
std::string format_csv_facets(const std::vector<FacetCounts>& facets);

// total, then the number (--csv with --count).
std::string format_csv_count(Xapian::doccount total);

}  // namespace ombud
