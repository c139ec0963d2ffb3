// --like CASE: the decisions most like a given one. Xapian's relevance feedback: the decision is
// the relevance set (RSet) and Enquire::get_eset picks the words of its text that best tell it
// from the rest of the collection (the rules of expand_terms.hpp: no word of its own alone, none in
// more than half the decisions); those words, OR'ed, rank the other decisions by BM25 as an
// ordinary query would. The query the user typed with it (words and filters) must match as well,
// exactly as it does alone, and the decision itself is left out.
#pragma once

#include <xapian.h>

#include <string>
#include <string_view>
#include <vector>

namespace ombud {

// How many words stand for the decision. Measured on 5,000 generated decisions (ombud-gen --seed
// 7), 60 of them with a sub-category liked: of the 10 best likes, 21% had the decision's
// sub-category with 10 words, 25% with 25, 27% with 40 (1.5% by chance), and the best like had
// it for 11, 13 and 21 of the 60. More words cost little: each is one more term of an OR.
inline constexpr Xapian::termcount kLikeTerms = 40;

struct LikeQuery {
  Xapian::Query query;             // what to match and rank
  std::string case_ref;            // the decision's reference, as stored
  std::vector<std::string> terms;  // its expand terms (as indexed), best first
  std::string text;                // its text, where the terms' readable words are
};

// The query for the decisions like `case_ref` (any spelling) that also match `query` (the user's
// query as built; Query::MatchAll or an empty Query when only --like was given). Throws QueryError
// naming `case_ref` when it is not a case reference or no decision has it.
LikeQuery like_query(const Xapian::Database& db, std::string_view case_ref,
                     const Xapian::Query& query);

}  // namespace ombud
