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

// The header: rank,case_ref,organisation,source,doc_type,decision_date,outcome,outcome_source,
// paid,remedy_payments,remedies,category,subcategory,ofsted_shared,cqc_shared,legislation,amounts,
// path,url,score,snippet. Lists are joined with "; "; an unknown date, category or URL is empty.
std::string csv_header();

// One row per hit (--all prints the header once, then the rows of each page).
std::string csv_rows(const std::vector<Hit>& hits);

// csv_header() and csv_rows().
std::string format_csv(const SearchResult& result);

// field,value,count: the facet counts as one table (--csv with --facets); the matches without a
// value of the field have an empty value.
std::string format_csv_facets(const std::vector<FacetCounts>& facets);

// total, then the number (--csv with --count).
std::string format_csv_count(Xapian::doccount total);

}  // namespace ombud
