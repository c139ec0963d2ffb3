// What ombud does to a query's text before Xapian's QueryParser reads it. The parser treats an
// unknown `word:` as text, turns a lone `-word` into `word`, and reads `24 010 138` as three
// numbers; a light scan of the text (quotes, brackets, operators, fields) catches the first and
// rewrites the other two, so each means what the user meant.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace ombud {

struct PreparedQuery {
  std::string text;  // what the parser reads
  // The start of each word typed with a trailing '*' (case-folded), outside quotes and fields:
  // the snippet maker highlights the words they expand to.
  std::vector<std::string> wildcards;
};

// Checks and rewrites `query`:
//  - `name:value` outside quotes where name is not a schema field (or alias) is an error naming
//    it and listing the fields; a field with nothing after its colon is an error too;
//  - field names are read in any case (`Council:` is `council:`);
//  - a bare case reference (`24 010 138`, `24-010-138`, `24010138`, or a 9-digit Housing
//    reference) becomes `(case:REF OR "as typed")`, so it finds its decision and still works as
//    text; `case:24 010 138` without quotes takes all three groups;
//  - a bracket level made only of `-word` items becomes `NOT word ...`: everything without them;
//  - with a `wildcard_field`, a wildcard word of ASCII letters and digits (`statut*`) becomes
//    `FIELD:statut`, for a field processor to expand (wildcard_expander.hpp says why).
// Throws QueryError.
PreparedQuery prepare_query(std::string_view query, std::string_view wildcard_field = {});

}  // namespace ombud
