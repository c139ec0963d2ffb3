// "Did you mean": a spelling suggestion for the words of a query that the index does not hold,
// from the spelling dictionary ombud-index builds from the decisions' words
// (spelling_dictionary.hpp). Words are looked up one at a time with
// Database::get_spelling_suggestion rather than through QueryParser's FLAG_SPELLING_CORRECTION,
// which skips every word with a prefix (all of ombud's text has one, Z) and corrects the text
// after prepare_query() rewrote it, not what the user typed.
#pragma once

#include <xapian.h>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ombud {

class Analyzer;

struct SpellingCorrection {
  std::string typed;      // the word as typed
  std::string suggested;  // the dictionary word in its place
};

struct SpellingSuggestion {
  std::string query;  // the query as typed, with each corrected word replaced
  std::vector<SpellingCorrection> corrections;
};

// What a query's words gave: a suggestion, or none; and whether a word was unknown to the index
// but the database has no spelling data to look it up in (remote shards: xapian-tcpsrv in
// Xapian 1.4 serves none).
struct SpellingCheck {
  std::optional<SpellingSuggestion> suggestion;
  bool unknown_words = false;  // a word the index does not hold, which was looked up
};

// The suggestion for `query` (the query language of docs/search.md, as typed). A word is looked
// up only when it is a plain word outside quotes and fields (no field name, filter value, phrase,
// wildcard, case reference, operator or word with digits), at least kMinSpellingWordBytes long,
// and neither the index nor the thesaurus knows it: a word that finds decisions is never
// "corrected". A suggestion is within one edit of a word of up to seven letters, two of a longer
// one, and must itself be a word the index holds now. Without `has_dictionary` the words are
// checked against the index but not looked up (unknown_words says whether one would have been).
SpellingCheck check_spelling(const Xapian::Database& db, std::string_view query, Analyzer& analyzer,
                             bool has_dictionary = true);

}  // namespace ombud
