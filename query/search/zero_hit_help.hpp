// What ombud-search says when a query finds no decision, instead of stopping at "No decisions
// match.": which filter value matches nothing and the nearest values that exist
// (nearest_values.hpp), why a wildcard matches nothing and the stem form that would, and the
// decisions that match all but one of the query's words (a relaxed match, which is never a match
// of the query: it is kept apart from the result's hits and counts).
#pragma once

#include <xapian.h>

#include <optional>
#include <string>
#include <vector>

#include "schema.hpp"
#include "search/nearest_values.hpp"
#include "search/searcher.hpp"

namespace ombud {

// One word left out of the query.
struct RelaxedCount {
  std::string dropped;  // the word or phrase as typed
  std::string query;    // the query without it
  Xapian::doccount total = 0;
};

struct RelaxedMatch {
  std::vector<RelaxedCount> counts;  // one per word, in the query's order
  // The relaxation with most decisions (the first of equals), and its best hits; absent when
  // every relaxation finds nothing.
  std::optional<std::size_t> best;
  std::vector<Hit> best_hits;
};

// A filter whose value matches no decision on its own.
struct UnmatchedFilter {
  schema::FieldId field;
  std::string typed;            // council:"surey cc"
  std::vector<NearValue> near;  // nearest first; may be empty
};

// A wildcard that matches no word.
struct UnmatchedWildcard {
  std::string typed;  // statutory*
  std::string stem;   // the stem of the typed start: statutori
  // A wildcard that would match (statutori*, or the longest start of the word that some stored
  // word has: statut*), and how many decisions it finds on its own; empty when none.
  std::string suggestion;
  Xapian::doccount total = 0;
};

struct ZeroHitHelp {
  std::vector<UnmatchedFilter> filters;
  std::vector<UnmatchedWildcard> wildcards;
  std::optional<RelaxedMatch> relaxed;  // when the query has two or more ANDed words
  bool too_many_words = false;          // it has more than kMaxRelaxedWords: not relaxed
  bool empty() const { return filters.empty() && wildcards.empty() && !relaxed && !too_many_words; }
};

// At most this many hits of the best relaxation are shown (fewer when --limit asks for fewer).
inline constexpr Xapian::doccount kRelaxedHits = 3;

// A query of more words than this is not relaxed (each word left out costs a search: a pasted
// paragraph would cost one per word).
inline constexpr std::size_t kMaxRelaxedWords = 12;

// The help for `request`, whose search found nothing, from the same searcher (local or remote
// shards alike). A relaxed query is only tried when every filter matches something on its own:
// filters are never dropped, so otherwise no relaxation could find anything. The help is advice:
// should the database change under it (ombud-index committing), the filter and wildcard parts,
// which read the database directly, are left out rather than failing the search.
ZeroHitHelp zero_hit_help(Searcher& searcher, const SearchRequest& request);

}  // namespace ombud
