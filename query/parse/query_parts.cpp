#include "parse/query_parts.hpp"

#include <algorithm>

#include "ascii.hpp"
#include "parse/query_tokens.hpp"
#include "text_normaliser.hpp"

namespace ombud {
namespace {

bool all_digits(std::string_view s, std::size_t n) {
  return s.size() == n && std::all_of(s.begin(), s.end(), is_ascii_digit);
}

bool is_operator(const Token& t, std::string_view name) {
  return t.kind == TokenKind::kOperator && t.text == name;
}

// Whether tokens k, k+1, k+2 are a bare case reference typed as three groups (24 010 138), which
// prepare_query() reads as one item.
bool spaced_case_ref(const std::vector<Token>& tokens, std::size_t k) {
  if (k + 2 >= tokens.size()) return false;
  const Token& a = tokens[k];
  const Token& b = tokens[k + 1];
  const Token& c = tokens[k + 2];
  for (const Token* t : {&a, &b, &c})
    if (t->kind != TokenKind::kWord || t->group != 0 || t->sign != 0) return false;
  return all_digits(a.text, 2) && all_digits(b.text, 3) && all_digits(c.text, 3);
}

// `query` without bytes [begin, end), with the white space left there made one space.
std::string cut(std::string_view query, std::size_t begin, std::size_t end) {
  std::string_view before = query.substr(0, begin);
  std::string_view after = query.substr(end);
  while (!before.empty() && is_ascii_space(before.back())) before.remove_suffix(1);
  while (!after.empty() && is_ascii_space(after.front())) after.remove_prefix(1);
  std::string out(before);
  if (!before.empty() && !after.empty()) out += ' ';
  out += after;
  return out;
}

}  // namespace

QueryParts query_parts(std::string_view query) {
  const std::vector<Token> tokens = tokenise_query(query);
  QueryParts parts;

  for (std::size_t k = 0; k < tokens.size(); ++k) {
    const Token& t = tokens[k];
    const bool negated = t.sign == '-' || (k > 0 && is_operator(tokens[k - 1], "NOT"));
    if (negated) continue;
    if (t.kind == TokenKind::kField) {
      if (const auto id = schema::find_field(t.name)) {
        parts.filters.push_back(
            {*id, std::string(query.substr(t.begin, t.end - t.begin)), std::string(t.value)});
      }
    } else if (t.kind == TokenKind::kWord && t.text.size() > 1 && t.text.back() == '*') {
      parts.wildcards.push_back(
          {std::string(t.text), fold_case(t.text.substr(0, t.text.size() - 1))});
    }
  }

  // The top level's items, each a token range [first, last], and whether only AND joins them.
  struct Item {
    std::size_t first, last;
  };
  std::vector<Item> items;
  for (std::size_t k = 0; k < tokens.size(); ++k) {
    const Token& t = tokens[k];
    if (t.group != 0 || t.kind == TokenKind::kClose) continue;
    if (t.kind == TokenKind::kOperator) {
      if (t.text != "AND") return parts;  // OR, NOT, XOR, NEAR, ADJ: not one AND of words
      continue;
    }
    if ((t.kind != TokenKind::kWord && t.kind != TokenKind::kPhrase) || t.sign == '-') continue;
    if (spaced_case_ref(tokens, k)) {
      items.push_back({k, k + 2});
      k += 2;
      continue;
    }
    items.push_back({k, k});
  }
  if (items.size() < 2) return parts;

  for (const Item& item : items) {
    std::size_t begin = tokens[item.first].begin;
    std::size_t end = tokens[item.last].end;
    // The AND that tied it to the word before goes with it (or, for the first, the one after).
    if (item.first > 0 && is_operator(tokens[item.first - 1], "AND")) {
      begin = tokens[item.first - 1].begin;
    } else if (item.last + 1 < tokens.size() && is_operator(tokens[item.last + 1], "AND")) {
      end = tokens[item.last + 1].end;
    }
    parts.words.push_back(
        {std::string(query.substr(tokens[item.first].begin,
                                  tokens[item.last].end - tokens[item.first].begin)),
         cut(query, begin, end)});
  }
  return parts;
}

}  // namespace ombud
