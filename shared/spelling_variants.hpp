// One spelling, one word: before the English stemmer sees a word, a British -ise/-yse spelling is
// replaced by its American -ize/-yze spelling (apologise -> apologize, which Porter2 stems with
// apology), or an American one by the British one where Porter2 would join the American
// spelling to other words (authorize -> authorise, not "author" with authority). Both stemming
// paths, the indexer's and the query side's, call stemmer_input(), so they cannot disagree.
#pragma once

#include <string>
#include <string_view>

namespace ombud {

// Replaces the case-folded word `folded` by the spelling the table (spelling_table.hpp) gives
// it, keeping a possessive ending ('s or '); leaves every other word as it is. Only words holding
// "is", "ys", "iz" or "yz" are looked up.
void unify_spelling(std::string& folded);

// fold_case(word), then unify_spelling(): what the analyzer gives the English stemmer, on the
// index side and the query side alike.
std::string stemmer_input(std::string_view word);

}  // namespace ombud
