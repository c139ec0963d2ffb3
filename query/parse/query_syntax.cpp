#include "parse/query_syntax.hpp"

#include <fmt/format.h>

#include <optional>
#include <string>

#include "schema.hpp"

namespace ombud {
namespace {

struct Mistake {
  std::size_t pos;
  std::string problem;
};

// Keeps the leftmost mistake.
void note(std::optional<Mistake>& first, std::size_t pos, std::string problem) {
  if (!first || pos < first->pos) first = Mistake{pos, std::move(problem)};
}

bool is_not(const Token& t) {
  return t.kind == TokenKind::kOperator && t.text == "NOT";
}

bool joins_words_only(const Token& t) {
  return t.kind == TokenKind::kOperator &&
         (t.text.starts_with("NEAR") || t.text.starts_with("ADJ"));
}

// NEAR and ADJ take single words: QueryParser re-reads anything else as plain words.
bool plain_word(const Token& t) {
  return t.kind == TokenKind::kWord && t.sign == 0 && !t.text.ends_with('*');
}

// The item `step` places from items[i] (-2: the one before the word before it), passing over
// filters, which the pre-scan takes out of the level before QueryParser reads it; or null.
const Token* other_than_filters(const std::vector<const Token*>& items, std::size_t i, int step) {
  const int dir = step < 0 ? -1 : 1;
  int left = step < 0 ? -step : step;
  for (auto j = static_cast<std::ptrdiff_t>(i);;) {
    j += dir;
    if (j < 0 || j >= static_cast<std::ptrdiff_t>(items.size())) return nullptr;
    const Token* t = items[static_cast<std::size_t>(j)];
    if (t->kind == TokenKind::kField && schema::find_field(t->name)) continue;
    if (--left == 0) return t;
  }
}

std::string where(std::size_t group) {
  return group == 0 ? "the query" : "the brackets";
}

// The operators of one bracket level (its items: words, phrases, fields, inner brackets and
// operators, in order).
void check_operators(const std::vector<const Token*>& items, std::optional<Mistake>& first) {
  for (std::size_t i = 0; i < items.size(); ++i) {
    const Token& t = *items[i];
    if (t.kind != TokenKind::kOperator) continue;
    const Token* prev = i > 0 ? items[i - 1] : nullptr;
    const Token* next = i + 1 < items.size() ? items[i + 1] : nullptr;
    const bool prev_operand = prev && prev->kind != TokenKind::kOperator;
    if (!next) {
      note(first, t.begin,
           fmt::format("'{}' at the end of {} has nothing after it", t.text, where(t.group)));
      continue;
    }
    if (is_not(t)) {
      // NOT may start a level or follow a word or AND, OR, XOR; not another NOT.
      if (prev && is_not(*prev)) {
        note(first, t.begin, "'NOT NOT': write NOT once");
      } else if (next->kind == TokenKind::kOperator) {
        note(first, next->begin,
             fmt::format("'{}' right after 'NOT': put what to leave out after NOT", next->text));
      } else if (next->sign != 0) {
        note(first, t.begin,
             fmt::format("'NOT {}{}' has both NOT and '{}': write one of them", next->sign,
                         next->kind == TokenKind::kPhrase ? "\"...\"" : std::string(next->text),
                         next->sign));
      }
      continue;
    }
    if (!prev) {
      note(first, t.begin,
           fmt::format("'{}' at the start of {} has nothing before it; quote \"{}\" to search for "
                       "the word",
                       t.text, where(t.group), t.text));
      continue;
    }
    if (!prev_operand) continue;  // reported at the operator before it
    if (next->kind == TokenKind::kOperator && !(is_not(*next) && !joins_words_only(t))) {
      note(first, next->begin,
           fmt::format("'{}' right after '{}': put a word between them", next->text, t.text));
      continue;
    }
    // A chain of NEAR (or of ADJ) is one query: a NEAR b NEAR c; a NEAR b ADJ c is not.
    if (joins_words_only(t) && i >= 2 && joins_words_only(*items[i - 2]) &&
        t.text.substr(0, 3) != items[i - 2]->text.substr(0, 3)) {
      note(first, t.begin,
           fmt::format("'{}' after '{}' in one chain: join the words with one of them", t.text,
                       items[i - 2]->text));
      continue;
    }
    // ... and stands alone between operators (filters aside): a b NEAR c is re-read as words.
    if (joins_words_only(t)) {
      const Token* before = other_than_filters(items, i, -2);
      const Token* after = other_than_filters(items, i, 2);
      const Token* odd = before && before->kind != TokenKind::kOperator ? before
                         : after && after->kind != TokenKind::kOperator ? after
                                                                        : nullptr;
      if (odd) {
        note(first, odd->begin,
             fmt::format("'{}' and the words it joins must stand apart: put brackets round them, "
                         "as in (delay {} apology) fault",
                         t.text, t.text));
        continue;
      }
    }
    if (joins_words_only(t) && (!plain_word(*prev) || !plain_word(*next))) {
      note(first, t.begin,
           fmt::format("'{}' joins single words, as in delay {} apology: not phrases, brackets, "
                       "filters, wildcards or words with + or -",
                       t.text, t.text));
    }
  }
}

}  // namespace

QueryError syntax_error(std::string_view query, std::size_t pos, std::string_view problem) {
  // The column in characters: every byte that does not continue a UTF-8 sequence starts one.
  std::size_t column = 1;
  for (std::size_t i = 0; i < pos && i < query.size(); ++i)
    if ((static_cast<unsigned char>(query[i]) & 0xC0) != 0x80) ++column;
  // Tabs and line breaks would move the caret: show them as spaces.
  std::string echo(query);
  for (char& c : echo)
    if (c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f') c = ' ';
  return QueryError(fmt::format("{} (column {})\n  {}\n  {}^", problem, column, echo,
                                std::string(column - 1, ' ')));
}

void check_query_syntax(std::string_view query, const std::vector<Token>& tokens) {
  std::optional<Mistake> first;
  std::vector<std::size_t> open;  // the '(' not closed yet
  std::vector<std::vector<const Token*>> levels(1);
  for (std::size_t k = 0; k < tokens.size(); ++k) {
    const Token& t = tokens[k];
    if (t.unclosed) {
      const std::size_t quote = t.kind == TokenKind::kPhrase ? t.body : t.body + t.name.size() + 1;
      note(first, quote, "a quote that is never closed: add the closing quote");
    }
    if (t.kind == TokenKind::kClose) {
      if (open.empty()) {
        note(first, t.begin, "a ')' with no '(' before it");
      } else {
        if (tokens[k - 1].kind == TokenKind::kOpen)  // the '(' just before: nothing between
          note(first, tokens[open.back()].body,
               "empty brackets: put words or filters between them, or leave them out");
        open.pop_back();
      }
      continue;
    }
    if (levels.size() <= t.group) levels.resize(t.group + 1);
    levels[t.group].push_back(&t);
    if (t.kind == TokenKind::kOpen) open.push_back(k);
  }
  for (std::size_t k : open) note(first, tokens[k].body, "a '(' that is never closed: add a ')'");
  for (const auto& items : levels) check_operators(items, first);
  if (first) throw syntax_error(query, first->pos, first->problem);
}

}  // namespace ombud
