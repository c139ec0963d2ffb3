#include "parse/name_filter.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <string>
#include <vector>

#include "parse/name_words.hpp"
#include "parse/query_error.hpp"

namespace ombud {
namespace {

using schema::FieldId;

bool word_matches(std::string_view wanted, std::string_view word) {
  if (wanted.size() > 1 && wanted.back() == '*')
    return word.starts_with(wanted.substr(0, wanted.size() - 1));
  return word == wanted;
}

}  // namespace

Xapian::Query name_filter(const Xapian::Database& db, FieldId id, std::string_view value) {
  const schema::Field& f = schema::field(id);
  const std::string folded = schema::term_value(value);
  if (folded.empty()) {
    throw QueryError(fmt::format("'{}:' has an empty value: write a name or words of it, as in {}",
                                 f.name, f.syntax));
  }
  const std::string whole = schema::term(id, value);
  if (db.term_exists(whole)) return Xapian::Query(whole);

  const NameKind kind = id == FieldId::kOrganisation ? NameKind::kOrganisation : NameKind::kLabel;
  std::vector<std::string> wanted = name_words(folded, kind);
  if (kind == NameKind::kOrganisation && wanted.size() > 1) {
    // "Council" is optional: `kingston council` finds the Royal Borough of Kingston upon Thames.
    wanted.erase(std::remove(wanted.begin(), wanted.end(), "council"), wanted.end());
  }
  if (wanted.empty()) return Xapian::Query(whole);
  std::vector<Xapian::Query> matches;
  const std::string prefix(f.prefix);
  for (auto it = db.allterms_begin(prefix); it != db.allterms_end(prefix); ++it) {
    const std::string term = *it;
    const std::vector<std::string> words =
        name_words(std::string_view(term).substr(prefix.size()), kind);
    const bool all = std::all_of(wanted.begin(), wanted.end(), [&](const std::string& w) {
      return std::any_of(words.begin(), words.end(),
                         [&](const std::string& x) { return word_matches(w, x); });
    });
    if (all) matches.emplace_back(term);
  }
  if (matches.empty()) return Xapian::Query(whole);
  if (matches.size() == 1) return matches.front();
  return Xapian::Query(Xapian::Query::OP_OR, matches.begin(), matches.end());
}

}  // namespace ombud
