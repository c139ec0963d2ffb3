#include "search/expand_terms.hpp"

#include <string>

#include "analyzer.hpp"
#include "schema.hpp"

namespace ombud {
namespace {

// Function words, forms of address and months that decisions use everywhere and that Xapian's
// expand weight can still rank high in a small set (they are frequent in every text, so a set's
// share of them is large). Compared as the analyzer stems them, so that any form of them is caught.
constexpr std::string_view kStopWords[] = {
    "about", "above", "after", "again", "all", "also", "and", "any", "are", "because", "been",
    "before", "being", "both", "but", "can", "could", "did", "does", "during", "each", "for",
    "from", "had", "has", "have", "her", "here", "him", "his", "how", "into", "its", "may", "miss",
    "more", "most", "mrs", "must", "not", "only", "other", "our", "out", "over", "said", "same",
    "say", "she", "should", "some", "such", "than", "that", "the", "their", "them", "then", "there",
    "these", "they", "this", "those", "through", "under", "until", "very", "was", "were", "what",
    "when", "where", "whether", "which", "while", "who", "whom", "why", "will", "with", "within",
    "would", "you", "your", "upon", "onto", "toward", "told", "without", "never",
    // Months: every decision is dated, and its text dates its events.
    "jan", "january", "feb", "february", "mar", "march", "apr", "april", "jun", "june", "jul",
    "july", "aug", "august", "sep", "sept", "september", "oct", "october", "nov", "november", "dec",
    "december"};

const std::unordered_set<std::string>& stop_stems() {
  static const std::unordered_set<std::string> stems = [] {
    Xapian::Stem stem = Analyzer::stemmer();
    std::unordered_set<std::string> out;
    for (std::string_view w : kStopWords) out.insert(stem(std::string(w)));
    return out;
  }();
  return stems;
}

// Fewer letters than this are initials ("Mr G"), abbreviations and fragments, not subjects.
constexpr std::size_t kMinStemBytes = 3;

bool is_stop_stem(std::string_view stem) {
  return stop_stems().count(std::string(stem)) != 0;
}

}  // namespace

bool is_expand_candidate(std::string_view term) {
  const std::string_view prefix = schema::kTextPrefix;
  if (term.substr(0, prefix.size()) != prefix) return false;
  const std::string_view stem = term.substr(prefix.size());
  // Field terms have upper-case prefixes of their own (XCOUNCIL..., Q...), and a text stem is
  // lower case; a second capital means another prefix that starts with the text's.
  if (stem.size() < kMinStemBytes || (stem[0] >= 'A' && stem[0] <= 'Z')) return false;
  bool has_letter = false;
  for (const char c : stem) {
    // Bytes of other scripts (>= 0x80) are letters here: only ASCII digits and marks are not.
    if ((c >= 'a' && c <= 'z') || static_cast<unsigned char>(c) >= 0x80) has_letter = true;
  }
  return has_letter && !is_stop_stem(stem);
}

bool too_common(Xapian::doccount termfreq, Xapian::doccount doccount) {
  return termfreq * 2 > doccount;
}

bool useful_for_like(Xapian::doccount termfreq, Xapian::doccount doccount) {
  return termfreq >= 2 && !too_common(termfreq, doccount);
}

bool ExpandTermDecider::operator()(const std::string& term) const {
  return is_expand_candidate(term) && excluded_.count(term) == 0;
}

}  // namespace ombud
