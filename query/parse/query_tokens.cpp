#include "parse/query_tokens.hpp"

#include <algorithm>

#include "ascii.hpp"

namespace ombud {
namespace {

// The length of the quote character at `i` (", “ or ”, as QueryParser accepts), or 0.
std::size_t quote_length(std::string_view s, std::size_t i) {
  if (s[i] == '"') return 1;
  if (s.substr(i, 3) == "\u201c" || s.substr(i, 3) == "\u201d") return 3;
  return 0;
}

}  // namespace

bool is_operator_word(std::string_view w) {
  if (w == "AND" || w == "OR" || w == "NOT" || w == "XOR") return true;
  for (std::string_view op : {"NEAR", "ADJ"}) {
    if (w == op) return true;
    if (w.starts_with(op) && w.size() > op.size() + 1 && w[op.size()] == '/' &&
        std::all_of(w.begin() + static_cast<std::ptrdiff_t>(op.size()) + 1, w.end(),
                    is_ascii_digit))
      return true;
  }
  return false;
}

std::vector<Token> tokenise_query(std::string_view s) {
  using K = TokenKind;
  std::vector<Token> out;
  std::vector<std::size_t> groups{0};
  std::size_t next_group = 1;
  std::size_t i = 0;
  const std::size_t n = s.size();
  auto skip_to_quote_end = [&](std::size_t from) {
    std::size_t j = from;
    while (j < n && quote_length(s, j) == 0) ++j;
    return j;
  };
  while (i < n) {
    if (is_ascii_space(s[i])) {
      ++i;
      continue;
    }
    Token t;
    t.begin = i;
    t.group = groups.back();
    if (s[i] == ')') {
      if (groups.size() > 1) groups.pop_back();
      t.kind = K::kClose;
      t.body = i;
      t.end = ++i;
      out.push_back(t);
      continue;
    }
    if ((s[i] == '+' || s[i] == '-') && i + 1 < n && !is_ascii_space(s[i + 1]) && s[i + 1] != '+' &&
        s[i + 1] != '-') {
      t.sign = s[i++];
    }
    t.body = i;
    if (s[i] == '(') {
      t.kind = K::kOpen;
      t.end = ++i;
      groups.push_back(next_group++);
      out.push_back(t);
      continue;
    }
    if (std::size_t q = quote_length(s, i)) {
      const std::size_t close = skip_to_quote_end(i + q);
      t.kind = K::kPhrase;
      t.text = s.substr(i + q, close - i - q);
      t.unclosed = close >= n;
      i = close < n ? close + quote_length(s, close) : n;
      t.end = i;
      out.push_back(t);
      continue;
    }
    // A field: a name of ASCII letters, digits and '_' starting with a letter, then ':'.
    std::size_t j = i;
    if (is_ascii_alpha(s[j])) {
      while (j < n && (is_ascii_alpha(s[j]) || is_ascii_digit(s[j]) || s[j] == '_')) ++j;
    }
    if (j > i && j < n && s[j] == ':') {
      t.kind = K::kField;
      t.name = s.substr(i, j - i);
      std::size_t v = j + 1;
      if (v < n && !is_ascii_space(s[v]) && s[v] != ')') {
        if (std::size_t q = quote_length(s, v)) {
          const std::size_t close = skip_to_quote_end(v + q);
          t.value = s.substr(v + q, close - v - q);
          t.quoted = true;
          t.unclosed = close >= n;
          i = close < n ? close + quote_length(s, close) : n;
        } else {
          std::size_t e = v;
          while (e < n && !is_ascii_space(s[e]) && s[e] != ')') ++e;
          t.value = s.substr(v, e - v);
          i = e;
        }
      } else {
        i = v;
      }
      t.end = i;
      out.push_back(t);
      continue;
    }
    std::size_t e = i;
    while (e < n && !is_ascii_space(s[e]) && s[e] != '(' && s[e] != ')' && quote_length(s, e) == 0)
      ++e;
    if (e == i) ++e;  // a stray character QueryParser will skip
    t.text = s.substr(i, e - i);
    t.kind = t.sign == 0 && is_operator_word(t.text) ? K::kOperator : K::kWord;
    t.end = i = e;
    out.push_back(t);
  }
  return out;
}

}  // namespace ombud
