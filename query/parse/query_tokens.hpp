// The query text read as tokens the way Xapian's QueryParser will see them, closely enough to
// find fields, signs, brackets, operators, quotes and case references, with their positions: the
// pre-scan (query_text.hpp) checks and rewrites the text from them.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

namespace ombud {

enum class TokenKind { kOpen, kClose, kWord, kPhrase, kField, kOperator };

struct Token {
  TokenKind kind = TokenKind::kWord;
  std::size_t begin = 0;  // where the token starts, its sign included
  std::size_t body = 0;   // where it starts after its sign
  std::size_t end = 0;
  char sign = 0;           // '+' or '-' before it, or 0
  std::string_view text;   // kWord, kPhrase, kOperator: the token after its sign
  std::string_view name;   // kField: the field name as typed
  std::string_view value;  // kField: the value without its quotes
  bool quoted = false;     // kField: the value was in quotes
  bool unclosed = false;   // kPhrase, quoted kField: the closing quote is missing
  std::size_t group = 0;   // the bracket level the token is in (0: the whole query)
};

// AND, OR, NOT, XOR, NEAR, ADJ, NEAR/n, ADJ/n: in capitals only, as QueryParser reads them.
bool is_operator_word(std::string_view w);

// Every token of `query`; everything between tokens is white space. A kOpen token is in its
// parent's group and opens a new one; a kClose token is in the group it closes. A ')' with no
// '(' stays in group 0.
std::vector<Token> tokenise_query(std::string_view query);

}  // namespace ombud
