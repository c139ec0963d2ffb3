// The words of Xapian's spelling dictionary ("Did you mean"): the indexer adds each word of a
// decision's title and text in this form, and the query side looks a user's word up in it, so
// both sides apply one rule. The dictionary holds words a user can type, not the index's stems:
// a suggestion is typed back into a query as a word, and the analyzer stems it as it stems the
// decision's own word, so it finds the decision.
#pragma once

#include <xapian.h>

#include <string>
#include <string_view>
#include <unordered_map>

namespace ombud {

// A word's frequency in one document's text, by its dictionary form.
using SpellingCounts = std::unordered_map<std::string, Xapian::termcount>;

// Words shorter than this (in bytes) are neither added nor corrected: two or three letters are
// within an edit or two of too many other words to guess from.
inline constexpr std::size_t kMinSpellingWordBytes = 4;

// The dictionary form of `word` (one word as Analyzer::words() gives it): case-folded as the
// analyzer folds it; or empty when it has no place in the dictionary: too short or too long, or
// holding a digit, '_' or an apostrophe (case references, amounts, "council's": the first two are
// not misspelt words, and the possessive's word is in the dictionary on its own).
std::string spelling_form(std::string_view word);

}  // namespace ombud
