// Syntax mistakes in a query, found before QueryParser reads it. Xapian 1.4's parser reports
// some of them ("Syntax: <expression> OR <expression>"), but on others (`delay OR apology)`,
// `a NEAR "b c"`) it silently parses the query again as plain words, and an unclosed quote or
// bracket it closes itself: each would answer a different question than the one typed.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

#include "parse/query_error.hpp"
#include "parse/query_tokens.hpp"

namespace ombud {

// The error for a mistake at byte `pos` of `query`: the problem and its column on one line, then
// the query and a '^' under that column (columns count characters, not bytes):
//   a ')' with no '(' before it (column 17)
//     delay OR apology)
//                     ^
QueryError syntax_error(std::string_view query, std::size_t pos, std::string_view problem);

// Throws syntax_error() for the first (leftmost) of: a ')' with no '(', a '(' never closed,
// empty brackets, a quote never closed, an operator with nothing to join on either side (at the
// start or end of the query or a bracket, or next to another operator), `NOT -word`, and NEAR or
// ADJ next to anything but a plain word.
void check_query_syntax(std::string_view query, const std::vector<Token>& tokens);

}  // namespace ombud
