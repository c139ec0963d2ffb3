#include "parse/query_text.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <optional>

#include "ascii.hpp"
#include "case_ref.hpp"
#include "parse/query_error.hpp"
#include "schema.hpp"
#include "text_normaliser.hpp"

namespace ombud {
namespace {

using schema::FieldId;

enum class Kind { kOpen, kClose, kWord, kPhrase, kField, kOperator };

struct Token {
  Kind kind = Kind::kWord;
  std::size_t begin = 0;  // where the token starts, its sign included
  std::size_t body = 0;   // where it starts after its sign
  std::size_t end = 0;
  char sign = 0;           // '+' or '-' before it, or 0
  std::string_view text;   // kWord, kPhrase, kOperator: the token after its sign
  std::string_view name;   // kField: the field name as typed
  std::string_view value;  // kField: the value without its quotes
  bool quoted = false;
  std::size_t group = 0;  // the bracket level the token is in (0: the whole query)
};

struct Edit {
  std::size_t begin, end;
  std::string replacement;
};

// The length of the quote character at `i` (", “ or ”, as QueryParser accepts), or 0.
std::size_t quote_length(std::string_view s, std::size_t i) {
  if (s[i] == '"') return 1;
  if (s.substr(i, 3) == "\u201c" || s.substr(i, 3) == "\u201d") return 3;
  return 0;
}

bool all_digits(std::string_view s, std::size_t n) {
  return s.size() == n && std::all_of(s.begin(), s.end(), is_ascii_digit);
}

bool is_operator(std::string_view w) {
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

// Reads the query into tokens the way QueryParser will see them, closely enough to find fields,
// signs, brackets and case references; everything between tokens is white space.
std::vector<Token> tokenise(std::string_view s) {
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
      t.kind = Kind::kClose;
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
      t.kind = Kind::kOpen;
      t.end = ++i;
      groups.push_back(next_group++);
      out.push_back(t);
      continue;
    }
    if (std::size_t q = quote_length(s, i)) {
      const std::size_t close = skip_to_quote_end(i + q);
      t.kind = Kind::kPhrase;
      t.text = s.substr(i + q, close - i - q);
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
      t.kind = Kind::kField;
      t.name = s.substr(i, j - i);
      std::size_t v = j + 1;
      if (v < n && !is_ascii_space(s[v]) && s[v] != ')') {
        if (std::size_t q = quote_length(s, v)) {
          const std::size_t close = skip_to_quote_end(v + q);
          t.value = s.substr(v + q, close - v - q);
          t.quoted = true;
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
    t.kind = t.sign == 0 && is_operator(t.text) ? Kind::kOperator : Kind::kWord;
    t.end = i = e;
    out.push_back(t);
  }
  return out;
}

std::size_t edit_distance(std::string_view a, std::string_view b) {
  std::vector<std::size_t> row(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    std::size_t diagonal = row[0];
    row[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      const std::size_t above = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diagonal = above;
    }
  }
  return row[b.size()];
}

std::string field_list() {
  std::string out;
  for (const schema::Field& f : schema::kFields) {
    if (!out.empty()) out += ", ";
    out += f.name;
    if (!f.alias.empty()) out += fmt::format(" (or {})", f.alias);
  }
  return out;
}

[[noreturn]] void unknown_field(const Token& t) {
  const std::string typed = fold_case(t.name);
  std::string suggestion;
  std::size_t best = 3;  // suggest only names within two edits
  for (const schema::Field& f : schema::kFields) {
    for (std::string_view name : {f.name, f.alias}) {
      if (name.empty()) continue;
      const std::size_t d = edit_distance(typed, name);
      if (d < best) {
        best = d;
        suggestion = fmt::format(" (did you mean '{}:'?)", name);
      }
    }
  }
  throw QueryError(fmt::format(
      "unknown field '{}' in '{}:{}'{}; the fields are {} (quote the text to search for it as "
      "words)",
      t.name, t.name, t.value, suggestion, field_list()));
}

// The case reference a word stands for (LGSCO in any spelling, or 9 Housing digits), or nullopt.
std::optional<std::string> bare_case_ref(std::string_view word) {
  if (all_digits(word, 9)) return std::string(word);
  // canonical_case_ref() also accepts spaces, which a single word cannot contain.
  return canonical_case_ref(word);
}

std::string case_alternatives(std::string_view canonical, std::string_view typed) {
  return fmt::format("({}:{} OR \"{}\")", schema::field(FieldId::kCaseRef).name, canonical, typed);
}

}  // namespace

PreparedQuery prepare_query(std::string_view query, std::string_view wildcard_field) {
  PreparedQuery out;
  const std::vector<Token> tokens = tokenise(query);
  std::vector<Edit> edits;
  const std::string_view case_name = schema::field(FieldId::kCaseRef).name;

  for (std::size_t k = 0; k < tokens.size(); ++k) {
    const Token& t = tokens[k];
    if (t.kind == Kind::kField) {
      const std::optional<FieldId> id = schema::find_field(t.name);
      if (!id) {
        // "Note: the council" and "http://" are text, not fields.
        if (t.value.empty() || t.value.front() == '/') continue;
        unknown_field(t);
      }
      if (t.value.empty() && !t.quoted) {
        const schema::Field& f = schema::field(*id);
        throw QueryError(
            fmt::format("'{}:' has no value: write the value right after the colon, as in {}",
                        t.name, f.syntax.substr(0, f.syntax.find("  "))));
      }
      // case:24 010 138 without quotes: the parser would give the field only "24".
      if (*id == FieldId::kCaseRef && !t.quoted && all_digits(t.value, 2) &&
          k + 2 < tokens.size()) {
        const Token& b = tokens[k + 1];
        const Token& c = tokens[k + 2];
        if (b.kind == Kind::kWord && c.kind == Kind::kWord && b.sign == 0 && c.sign == 0 &&
            all_digits(b.text, 3) && all_digits(c.text, 3)) {
          edits.push_back({t.begin, c.end,
                           fmt::format("{}{}:\"{} {} {}\"", t.sign ? std::string(1, t.sign) : "",
                                       case_name, t.value, b.text, c.text)});
          k += 2;
          continue;
        }
      }
      const std::string lower = fold_case(t.name);
      if (lower != t.name) edits.push_back({t.body, t.body + t.name.size(), lower});
      continue;
    }
    if (t.kind != Kind::kWord) continue;
    if (t.text.size() > 1 && t.text.back() == '*') {
      const std::string_view start = t.text.substr(0, t.text.size() - 1);
      out.wildcards.push_back(fold_case(start));
      // Only a plain ASCII word, which QueryParser reads as one term as it is: it splits a word
      // with punctuation (’ included) into several.
      const bool plain_word = std::all_of(start.begin(), start.end(), [](char c) {
        return is_ascii_alpha(c) || is_ascii_digit(c);
      });
      if (!wildcard_field.empty() && plain_word) {
        edits.push_back(
            {t.body, t.end, fmt::format("{}:{}", wildcard_field, out.wildcards.back())});
        continue;
      }
    }
    if (t.sign != 0) continue;
    // "24 010 138": three words in a row.
    if (k + 2 < tokens.size() && all_digits(t.text, 2)) {
      const Token& b = tokens[k + 1];
      const Token& c = tokens[k + 2];
      if (b.kind == Kind::kWord && c.kind == Kind::kWord && b.sign == 0 && c.sign == 0 &&
          all_digits(b.text, 3) && all_digits(c.text, 3)) {
        const std::string typed = fmt::format("{} {} {}", t.text, b.text, c.text);
        edits.push_back({t.begin, c.end, case_alternatives(*canonical_case_ref(typed), typed)});
        k += 2;
        continue;
      }
    }
    if (auto ref = bare_case_ref(t.text))
      edits.push_back({t.begin, t.end, case_alternatives(*ref, t.text)});
  }

  // Bracket levels whose items all carry '-' and that have no operator: QueryParser would drop
  // the signs and search for the words, so write them as NOT.
  std::vector<int> state;  // per group: 0 none seen, 1 all hated so far, -1 not a pure negation
  for (const Token& t : tokens) {
    if (t.kind == Kind::kClose) continue;
    if (state.size() <= t.group) state.resize(t.group + 1, 0);
    int& s = state[t.group];
    if (t.kind == Kind::kOperator || t.sign != '-') {
      s = -1;
    } else if (s == 0) {
      s = 1;
    }
  }
  for (const Token& t : tokens) {
    if (t.sign == '-' && t.group < state.size() && state[t.group] == 1)
      edits.push_back({t.begin, t.body, "NOT "});
  }

  std::sort(edits.begin(), edits.end(),
            [](const Edit& a, const Edit& b) { return a.begin < b.begin; });
  std::size_t at = 0;
  for (const Edit& e : edits) {
    out.text.append(query.substr(at, e.begin - at));
    out.text += e.replacement;
    at = e.end;
  }
  out.text.append(query.substr(at));
  return out;
}

}  // namespace ombud
