// --terms N: the words that most set the matching decisions apart from the whole collection.
// Xapian's expand set with the matches as the relevance set (the best kTermsSample of them when
// there are more), its candidates chosen by expand_terms.hpp's rules, kept in the ESet's order
// when the matches hold them more often than the collection does (a word as common elsewhere does
// not set them apart, however frequent it is), with exact counts in the matches and in the
// collection, and each stem shown as the word the matches' texts use most for it.
#pragma once

#include <xapian.h>

#include <string>
#include <vector>

namespace ombud {

// The ESet reads at most this many matches' term lists (the best, in the relevance order). On
// 5,000 generated decisions (ombud-gen --seed 7), 1,000 take 0.5 s on one database; reading 250
// or 100 instead kept 11 to 20 of the 20 words listed for four queries (the same for both). Over
// remote shards each term list is a round trip that the server answers with every term's
// frequency: 250 took 3.9 s over two shards on localhost, near the default --timeout, and 100
// take 2.3 s (much of it one round trip per candidate word, for its counts).
inline constexpr Xapian::doccount kTermsSample = 1000;
inline constexpr Xapian::doccount kRemoteTermsSample = 100;

// --terms asks for at most this many words.
inline constexpr Xapian::termcount kMaxTerms = 500;

struct DistinctiveTerm {
  std::string term;                 // as indexed: the text prefix and the stem
  std::string word;                 // the readable word, or the stem when word_is_stem
  bool word_is_stem = false;        // no text read held a word for it: the stem is shown
  Xapian::doccount matches = 0;     // exact: matching decisions that contain it
  Xapian::doccount collection = 0;  // exact: decisions of the database that contain it
  double weight = 0;                // the ESet's
};

struct DistinctiveTerms {
  std::vector<DistinctiveTerm> terms;  // best first
  Xapian::doccount over = 0;           // the matches the ESet read: all of them unless cut
  Xapian::doccount total = 0;          // the matches
  Xapian::doccount collection = 0;     // the decisions of the database
  bool asked = false;                  // --terms was given (an empty list is then an answer)
};

// The `count` words that set the `total` matches of `query` apart, from the best `sample` of them
// (kTermsSample, or kRemoteTermsSample over remote shards).
DistinctiveTerms distinctive_terms(const Xapian::Database& db, const Xapian::Query& query,
                                   Xapian::doccount total, Xapian::termcount count,
                                   Xapian::doccount sample);

}  // namespace ombud
