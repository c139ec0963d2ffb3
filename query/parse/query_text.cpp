#include "parse/query_text.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <optional>

#include "ascii.hpp"
#include "case_ref.hpp"
#include "parse/edit_distance.hpp"
#include "parse/query_error.hpp"
#include "parse/query_syntax.hpp"
#include "parse/query_tokens.hpp"
#include "schema.hpp"
#include "text_normaliser.hpp"

namespace ombud {
namespace {

using schema::FieldId;

bool all_digits(std::string_view s, std::size_t n) {
  return s.size() == n && std::all_of(s.begin(), s.end(), is_ascii_digit);
}

bool is_not(const Token& t) {
  return t.kind == TokenKind::kOperator && t.text == "NOT";
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

// A filter taken out of its place, to be written at the end of its bracket level.
struct Lifted {
  std::string text;  // name:value as the parser reads it (lower-case name, no sign), or
                     // (name:value OR ...), or a bracket of filters only
  bool negated;      // it had '-' or NOT before it
};

// A bracket level written out: its text, and whether it held filters only (then the level
// around it lifts it as one filter).
struct Rendered {
  std::string text;
  bool filters_only = false;
};

// Writes the query back level by level from its tokens, with the rewrites prepare_query()
// describes.
class Renderer {
 public:
  Renderer(const std::vector<Token>& tokens, std::vector<std::string> token_text,
           std::vector<std::string> filter, const std::vector<bool>& taken)
      : tokens_(tokens), token_text_(std::move(token_text)), filter_(std::move(filter)) {
    // Each level's items in order (inner brackets as their '('). The n-th '(' opens level n.
    levels_.emplace_back();
    for (std::size_t k = 0; k < tokens.size(); ++k) {
      const Token& t = tokens[k];
      if (t.kind == TokenKind::kClose || taken[k]) continue;
      levels_[t.group].push_back(k);
      if (t.kind == TokenKind::kOpen) {
        child_[k] = levels_.size();
        levels_.emplace_back();
      }
    }
  }

  Rendered level(std::size_t g) const {
    const std::vector<std::size_t>& items = levels_[g];
    std::vector<Rendered> inner(items.size());
    for (std::size_t i = 0; i < items.size(); ++i)
      if (tokens_[items[i]].kind == TokenKind::kOpen) inner[i] = level(child_.at(items[i]));
    // The filter an item is, or "".
    auto filter_of = [&](std::size_t i) -> std::string {
      if (!filter_[items[i]].empty()) return filter_[items[i]];
      if (inner[i].filters_only) return "(" + inner[i].text + ")";
      return {};
    };

    // Filters restrict the whole level, whatever operators the words use: each is taken out of
    // its place with the operator that tied it there (a NOT before it negates it), and the level
    // becomes `(the rest) filters`, which QueryParser reads as the rest FILTER the filters
    // (filters on one field ORed, or ANDed for list and range fields; other fields ANDed;
    // negated ones AND_NOT). Filters joined by OR stay alternatives: `date:2020 OR date:2024`.
    std::vector<std::size_t> kept;  // indexes into items
    std::vector<Lifted> lifted;
    bool drop_next_operator = false;  // a filter opened the level: drop the operator after it
    for (std::size_t i = 0; i < items.size(); ++i) {
      const Token& t = tokens_[items[i]];
      if (std::string text = filter_of(i); !text.empty()) {
        bool negated = t.sign == '-';
        if (!kept.empty() && is_not(tokens_[items[kept.back()]])) {
          kept.pop_back();
          negated = true;
        }
        if (!kept.empty() && tokens_[items[kept.back()]].kind == TokenKind::kOperator)
          kept.pop_back();
        drop_next_operator = kept.empty();
        bool alternatives = false;
        while (!negated && i + 2 < items.size() && is_or(tokens_[items[i + 1]]) &&
               tokens_[items[i + 2]].sign != '-' && !filter_of(i + 2).empty()) {
          text += " OR " + filter_of(i + 2);
          alternatives = true;
          i += 2;
        }
        lifted.push_back({alternatives ? "(" + text + ")" : text, negated});
        continue;
      }
      if (drop_next_operator && t.kind == TokenKind::kOperator && !is_not(t)) {
        drop_next_operator = false;
        continue;
      }
      drop_next_operator = false;
      kept.push_back(i);
    }

    // An operand made only of `-word` items (a whole level, or between two operators): Xapian
    // 1.4 would drop the signs (`-apology` finds apology) or re-read the query as words (`-a OR
    // b`), so write them as NOT: everything without them.
    // An operand after an operator that starts with a `-word` is a syntax error to Xapian
    // (`a OR -b c`), or binds the rest (`a AND -b c` is a AND NOT (b c)): the `-word` items go
    // after the others, which does not change what the operand matches.
    std::vector<bool> as_not(kept.size());
    auto hated = [&](std::size_t j) { return tokens_[items[kept[j]]].sign == '-'; };
    for (std::size_t from = 0; from < kept.size();) {
      std::size_t to = from;
      while (to < kept.size() && tokens_[items[kept[to]]].kind != TokenKind::kOperator) ++to;
      bool all_hated = true;
      for (std::size_t j = from; j < to; ++j) all_hated = all_hated && hated(j);
      if (all_hated) {
        for (std::size_t j = from; j < to; ++j) as_not[j] = true;
      } else if (from > 0) {
        const auto begin = kept.begin() + static_cast<std::ptrdiff_t>(from);
        const auto end = kept.begin() + static_cast<std::ptrdiff_t>(to);
        std::stable_partition(begin, end,
                              [&](std::size_t i) { return tokens_[items[i]].sign != '-'; });
      }
      from = to + 1;
    }
    std::string words;
    for (std::size_t j = 0; j < kept.size(); ++j) {
      const std::size_t i = kept[j];
      const Token& t = tokens_[items[i]];
      std::string text =
          t.kind == TokenKind::kOpen
              ? fmt::format("{}({})", t.sign ? std::string(1, t.sign) : "", inner[i].text)
              : token_text_[items[i]];
      if (as_not[j]) text = "NOT " + text.substr(1);
      words += (words.empty() ? "" : " ") + text;
    }
    if (lifted.empty()) return {words, false};

    // Filters alone that are all negated: "-council:x" alone would be read as council:x.
    const bool not_form = kept.empty() && std::all_of(lifted.begin(), lifted.end(),
                                                      [](const Lifted& l) { return l.negated; });
    std::string filters;
    for (const Lifted& l : lifted) {
      filters += fmt::format("{}{}{}", filters.empty() ? "" : " ",
                             l.negated ? (not_form ? "NOT " : "-") : "", l.text);
    }
    if (kept.empty()) return {filters, true};
    return {fmt::format("({}) {}", words, filters), false};
  }

 private:
  static bool is_or(const Token& t) { return t.kind == TokenKind::kOperator && t.text == "OR"; }

  const std::vector<Token>& tokens_;
  std::vector<std::string> token_text_;
  std::vector<std::string> filter_;
  std::vector<std::vector<std::size_t>> levels_;
  std::map<std::size_t, std::size_t> child_;  // the level each '(' opens
};

}  // namespace

PreparedQuery prepare_query(std::string_view query, std::string_view wildcard_field) {
  using K = TokenKind;
  PreparedQuery out;
  const std::vector<Token> tokens = tokenise_query(query);
  check_query_syntax(query, tokens);

  // Per token: its text as the parser should read it; the filter it is (name:value), or empty;
  // and whether it was taken into the token before (case:24 010 138, a bare 24 010 138).
  std::vector<std::string> text(tokens.size());
  std::vector<std::string> filter(tokens.size());
  std::vector<bool> taken(tokens.size());
  for (std::size_t k = 0; k < tokens.size(); ++k)
    text[k] = std::string(query.substr(tokens[k].begin, tokens[k].end - tokens[k].begin));

  for (std::size_t k = 0; k < tokens.size(); ++k) {
    const Token& t = tokens[k];
    if (t.kind == K::kField) {
      const std::optional<FieldId> id = schema::find_field(t.name);
      if (!id) {
        // "Note: the council" and "http://" are text, not fields.
        if (t.value.empty() || t.value.front() == '/') continue;
        unknown_field(t);
      }
      if (t.value.find_first_not_of(" \t\r\n") == std::string_view::npos) {
        const schema::Field& f = schema::field(*id);
        throw syntax_error(
            query, t.body,
            fmt::format("'{}:' has no value: write the value right after the colon, as in {}",
                        t.name, f.syntax.substr(0, f.syntax.find("  "))));
      }
      std::string value(t.value);
      bool quote = t.quoted;
      const std::size_t field_k = k;
      // case:24 010 138 without quotes: the parser would give the field only "24".
      if (*id == FieldId::kCaseRef && !t.quoted && all_digits(t.value, 2) &&
          k + 2 < tokens.size()) {
        const Token& b = tokens[k + 1];
        const Token& c = tokens[k + 2];
        if (b.kind == K::kWord && c.kind == K::kWord && b.sign == 0 && c.sign == 0 &&
            all_digits(b.text, 3) && all_digits(c.text, 3)) {
          value = fmt::format("{} {} {}", t.value, b.text, c.text);
          quote = true;
          taken[k + 1] = taken[k + 2] = true;
          k += 2;
        }
      }
      filter[field_k] =
          fmt::format("{}:{}", fold_case(t.name), quote ? "\"" + value + "\"" : value);
      continue;
    }
    if (t.kind != K::kWord) continue;
    if (t.text.size() > 1 && t.text.back() == '*') {
      const std::string_view start = t.text.substr(0, t.text.size() - 1);
      out.wildcards.push_back(fold_case(start));
      // Only a plain ASCII word, which QueryParser reads as one term as it is: it splits a word
      // with punctuation (’ included) into several.
      const bool plain_word = std::all_of(start.begin(), start.end(), [](char c) {
        return is_ascii_alpha(c) || is_ascii_digit(c);
      });
      if (!wildcard_field.empty() && plain_word) {
        text[k] = fmt::format("{}{}:{}", t.sign ? std::string(1, t.sign) : "", wildcard_field,
                              out.wildcards.back());
        continue;
      }
    }
    if (t.sign != 0) continue;
    // "24 010 138": three words in a row.
    if (k + 2 < tokens.size() && all_digits(t.text, 2)) {
      const Token& b = tokens[k + 1];
      const Token& c = tokens[k + 2];
      if (b.kind == K::kWord && c.kind == K::kWord && b.sign == 0 && c.sign == 0 &&
          all_digits(b.text, 3) && all_digits(c.text, 3)) {
        const std::string typed = fmt::format("{} {} {}", t.text, b.text, c.text);
        text[k] = case_alternatives(*canonical_case_ref(typed), typed);
        taken[k + 1] = taken[k + 2] = true;
        k += 2;
        continue;
      }
    }
    if (auto ref = bare_case_ref(t.text)) text[k] = case_alternatives(*ref, t.text);
  }

  const Renderer renderer(tokens, std::move(text), std::move(filter), taken);
  out.text = renderer.level(0).text;
  return out;
}

}  // namespace ombud
