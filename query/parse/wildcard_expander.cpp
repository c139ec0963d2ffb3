#include "parse/wildcard_expander.hpp"

#include <vector>

#include "parse/query_builder.hpp"
#include "parse/query_error.hpp"
#include "schema.hpp"

namespace ombud {

Xapian::Query WildcardExpander::operator()(const std::string& start) {
  try {
    const std::string prefix = std::string(schema::kTextPrefix) + start;
    std::vector<std::string> words;
    for (auto it = db_.allterms_begin(prefix); it != db_.allterms_end(prefix); ++it) {
      if (words.size() == limit_) throw QueryError(wildcard_error_message(start + "*", limit_));
      words.push_back(*it);
    }
    // A wildcard that matches no word matches nothing, as OP_WILDCARD does: a word that does not
    // exist (an empty Query would be dropped by the parser, and `zzx* council` match).
    if (words.empty()) return Xapian::Query(prefix);
    return Xapian::Query(Xapian::Query::OP_SYNONYM, words.begin(), words.end());
  } catch (...) {
    // Nothing may be thrown through the parser (FieldErrors says why).
    errors_->record(std::current_exception());
    return Xapian::Query::MatchAll;
  }
}

}  // namespace ombud
