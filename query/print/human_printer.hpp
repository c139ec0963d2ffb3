// The default output, for people at a terminal: a summary line, each hit as a short block (case
// reference, organisation, date, outcome, amount paid, category, snippet with the matched words
// marked), then the facet counts as compact tables.
#pragma once

#include <string>

#include "print/text_format.hpp"
#include "search/searcher.hpp"

namespace ombud {

std::string format_human(const SearchResult& result, const Style& style);

// Its parts, for --all, which prints its hits a page at a time. The summary line: "12 decisions
// match; showing 1–10." for ranks first to last of total ("12 decisions match." when those are
// all of them, or first is 0: none shown).
std::string format_human_summary(Xapian::doccount total, Xapian::doccount first,
                                 Xapian::doccount last);
std::string format_human_hits(const std::vector<Hit>& hits, const Style& style);

// The facet tables alone (also used by --count).
std::string format_human_facets(const std::vector<FacetCounts>& facets, const Style& style);

}  // namespace ombud
