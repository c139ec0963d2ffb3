// The default output, for people at a terminal: a summary line, each hit as a short block (case
// reference, organisation, date, outcome, amount paid, category, snippet with the matched words
// marked), then the facet counts as compact tables.
#pragma once

#include <string>

#include "print/text_format.hpp"
#include "search/searcher.hpp"

namespace ombud {

std::string format_human(const SearchResult& result, const Style& style);

// The facet tables alone (also used by --count).
std::string format_human_facets(const std::vector<FacetCounts>& facets, const Style& style);

}  // namespace ombud
