// The parts of a query that the help for a query that found nothing works on (search/
// zero_hit_help.hpp), read from the tokens QueryParser will see (query_tokens.hpp): the words and
// phrases ANDed at the top level, which a relaxed query may drop one at a time; the filters,
// which are never dropped but whose values may match nothing; and the wildcards.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "schema.hpp"

namespace ombud {

// A word, phrase or bare case reference that every match must have.
struct RequiredWord {
  std::string typed;    // as typed, sign and quotes included: safegaurding, "care plan", +delay
  std::string relaxed;  // the whole query without it (and without the AND that joined it)
};

// A filter that every match must pass (not negated).
struct RequiredFilter {
  schema::FieldId field;
  std::string typed;  // as typed: council:"surey cc"
  std::string value;  // without quotes: surey cc
};

// A wildcard that is not negated, at any bracket level.
struct RequiredWildcard {
  std::string typed;  // statutory*
  std::string start;  // case-folded, without the '*': statutory
};

struct QueryParts {
  // The top level's words and phrases, when it is two or more of them (and filters, and
  // brackets) joined by nothing but AND: each may be dropped to relax the query. Empty for a
  // query with OR, NOT, XOR, NEAR or ADJ at its top level, whose words are not all required in
  // the same way. A `-word` is not one of them (it excludes), nor a bracket.
  std::vector<RequiredWord> words;
  std::vector<RequiredFilter> filters;
  std::vector<RequiredWildcard> wildcards;
};

// The parts of `query`, which prepare_query() has accepted (no syntax mistakes, known fields).
QueryParts query_parts(std::string_view query);

}  // namespace ombud
