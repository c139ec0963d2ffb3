#include "parse/organisation_filter.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <string>
#include <vector>

#include "parse/query_error.hpp"
#include "schema.hpp"

namespace ombud {
namespace {

using schema::FieldId;

bool is_word_byte(char c) {
  const auto u = static_cast<unsigned char>(c);
  return u >= 0x80 || c == '\'' || c == '*' || (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') ||
         (c >= 'A' && c <= 'Z');
}

// The words of an already case-folded name; '&', ',', '-' and the like separate words.
std::vector<std::string_view> words_of(std::string_view folded) {
  std::vector<std::string_view> out;
  std::size_t i = 0;
  while (i < folded.size()) {
    while (i < folded.size() && !is_word_byte(folded[i])) ++i;
    std::size_t j = i;
    while (j < folded.size() && is_word_byte(folded[j])) ++j;
    if (j > i) out.push_back(folded.substr(i, j - i));
    i = j;
  }
  return out;
}

bool word_matches(std::string_view wanted, std::string_view word) {
  if (wanted.size() > 1 && wanted.back() == '*')
    return word.starts_with(wanted.substr(0, wanted.size() - 1));
  return word == wanted;
}

}  // namespace

Xapian::Query organisation_filter(const Xapian::Database& db, std::string_view value) {
  const schema::Field& f = schema::field(FieldId::kOrganisation);
  const std::string folded = schema::term_value(value);
  if (folded.empty()) {
    throw QueryError(fmt::format("'{}:' has an empty value: write a name or words of it, as in {}",
                                 f.name, f.syntax));
  }
  const std::string whole = schema::term(FieldId::kOrganisation, value);
  if (db.term_exists(whole)) return Xapian::Query(whole);

  const std::vector<std::string_view> wanted = words_of(folded);
  if (wanted.empty()) return Xapian::Query(whole);
  std::vector<Xapian::Query> matches;
  const std::string prefix(f.prefix);
  for (auto it = db.allterms_begin(prefix); it != db.allterms_end(prefix); ++it) {
    const std::string term = *it;
    const std::vector<std::string_view> words =
        words_of(std::string_view(term).substr(prefix.size()));
    const bool all = std::all_of(wanted.begin(), wanted.end(), [&](std::string_view w) {
      return std::any_of(words.begin(), words.end(),
                         [&](std::string_view x) { return word_matches(w, x); });
    });
    if (all) matches.emplace_back(term);
  }
  if (matches.empty()) return Xapian::Query(whole);
  if (matches.size() == 1) return matches.front();
  return Xapian::Query(Xapian::Query::OP_OR, matches.begin(), matches.end());
}

}  // namespace ombud
