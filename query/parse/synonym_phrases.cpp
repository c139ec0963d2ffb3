#include "parse/synonym_phrases.hpp"

#include <string>
#include <vector>

#include "parse/query_rebuild.hpp"
#include "schema.hpp"

namespace ombud {
namespace {

// A text term never holds a space (the analyzer's words have none); a filter's term may
// ("XCATchildren's care services"), and is no synonym value.
bool is_phrase_value(const std::string& term) {
  return term.starts_with(schema::kTextPrefix) && term.find(' ') != std::string::npos;
}

bool holds_phrase_value(const Xapian::Query& q) {
  for (auto it = q.get_terms_begin(); it != q.get_terms_end(); ++it)
    if (is_phrase_value(*it)) return true;
  return false;
}

Xapian::Query phrase_of(const std::string& value) {
  std::vector<std::string> terms;
  std::size_t start = 0;
  while (start <= value.size()) {
    const std::size_t space = value.find(' ', start);
    const std::size_t end = space == std::string::npos ? value.size() : space;
    if (end > start) terms.push_back(value.substr(start, end - start));
    start = end + 1;
  }
  if (terms.size() == 1) return Xapian::Query(terms.front());
  return Xapian::Query(Xapian::Query::OP_PHRASE, terms.begin(), terms.end());
}

Xapian::Query expand(const Xapian::Query& query, bool in_synonym) {
  if (!holds_phrase_value(query)) return query;
  const auto op = query.get_type();
  if (op == Xapian::Query::LEAF_TERM) {
    const std::string term = *query.get_terms_begin();
    return in_synonym && is_phrase_value(term) ? phrase_of(term) : query;
  }
  // QueryParser puts no synonym below the other operators (NEAR, SCALE_WEIGHT, ...).
  if (!rebuildable_from_subqueries(op)) return query;
  std::vector<Xapian::Query> parts;
  for (std::size_t i = 0; i < query.get_num_subqueries(); ++i)
    parts.push_back(expand(query.get_subquery(i), op == Xapian::Query::OP_SYNONYM));
  return Xapian::Query(op, parts.begin(), parts.end());
}

}  // namespace

Xapian::Query expand_phrase_synonyms(const Xapian::Query& query) {
  return expand(query, false);
}

}  // namespace ombud
