// From the text a user typed to the Xapian query ombud runs: prepare_query() (syntax mistakes,
// unknown fields, filters lifted to restrict their whole bracket level, case references, lone
// negations), then a QueryParser set up like the index (the analyzer's
// stemmer, STEM_ALL, the text prefix), every schema field as a boolean prefix, all words
// required, wildcards limited.
#pragma once

#include <xapian.h>

#include <string>
#include <string_view>
#include <vector>

namespace ombud {

// A wildcard that would expand to more words than this is an error, not a slow query.
inline constexpr Xapian::termcount kDefaultWildcardLimit = 1000;

struct BuiltQuery {
  Xapian::Query query;                 // Query::MatchAll for an empty query
  std::vector<std::string> wildcards;  // see PreparedQuery::wildcards
};

class QueryBuilder {
 public:
  explicit QueryBuilder(Xapian::Database db,
                        Xapian::termcount wildcard_limit = kDefaultWildcardLimit);

  // Throws QueryError (unknown field, bad value, a query the parser cannot read).
  BuiltQuery build(std::string_view text) const;

 private:
  Xapian::Database db_;
  Xapian::termcount wildcard_limit_;
};

// The message for a Xapian::WildcardError, which get_mset throws when a wildcard expands past
// the limit: "the wildcard 'st*' matches more than 1000 words; ...".
std::string wildcard_error_message(const Xapian::WildcardError& e, Xapian::termcount limit);

// The same message for the wildcard the user typed as `pattern` ("st*").
std::string wildcard_error_message(std::string_view pattern, Xapian::termcount limit);

}  // namespace ombud
