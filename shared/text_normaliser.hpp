// Text normalisation shared by the indexer and the query side, so that a word becomes the same
// term whichever side sees it.
#pragma once

#include <string>
#include <string_view>

namespace ombud {

// NFKC_Casefold (so "Council", "COUNCIL" and "ｃｏｕｎｃｉｌ" agree), with the typographic
// apostrophes ’ ‘ ʼ ′ mapped to ' as Xapian's QueryParser does. Input must be valid UTF-8.
std::string fold_case(std::string_view utf8);

// fold_case(), then white space collapsed to one space and trimmed: the form of facet values in
// boolean terms.
std::string normalise_value(std::string_view utf8);

// True when `utf8` is well-formed UTF-8 (no overlongs, surrogates or values past U+10FFFF).
bool is_valid_utf8(std::string_view bytes);

}  // namespace ombud
