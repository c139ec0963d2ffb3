// --terms and --like in each output format: the words that set the matches apart (with their
// counts in the matches and in the collection), and the words a --like search was made of.
#pragma once

#include <nlohmann/json.hpp>
#include <string>

#include "print/text_format.hpp"
#include "search/searcher.hpp"

namespace ombud {

// "Like 24-010-138, by its words: transport, route, ..." (empty without --like).
std::string format_human_like(const LikeSummary& like, const Style& style);

// The table of --terms: a heading that says what the columns count, a row per word (a stem shown
// as it is marked "(stem)"), and, when the expand set read only the best matches, a line that
// says so. Empty without --terms.
std::string format_human_terms(const DistinctiveTerms& terms, const Style& style);

// Adds "like": {"case_ref", "words"} and "terms": [{"word", "stem", "word_is_stem", "matches",
// "collection", "weight"}, ...] with "terms_over" (the matches the expand set read) to a summary
// object, each when the search had it.
void add_terms_json(const SearchResult& result, nlohmann::ordered_json& summary);

// --csv with --terms: word,stem,word_is_stem,matches,collection,weight rows, instead of the hits
// (as --facets gives its counts instead), CRLF line ends.
std::string format_csv_terms(const DistinctiveTerms& terms);

}  // namespace ombud
