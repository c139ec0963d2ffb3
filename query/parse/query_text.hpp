// What ombud does to a query's text before Xapian's QueryParser reads it. The parser binds a
// filter to the nearest words (`outcome:x delay OR fault` is `(delay FILTER x) OR fault`), reads
// some syntax errors again as plain words, treats an unknown `word:` as text, turns a lone
// `-word` into `word`, and reads `24 010 138` as three numbers; a light scan of the text (quotes,
// brackets, operators, fields) catches the errors and rewrites the rest, so each query means what
// the user meant.
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
//  - syntax mistakes (unbalanced brackets or quotes, an operator with nothing to join, ...) are
//    errors that point at the place (query_syntax.hpp);
//  - `name:value` outside quotes where name is not a schema field (or alias) is an error naming
//    it and listing the fields; a field with nothing after its colon is an error too;
//  - every filter applies to its whole bracket level (the whole query at the top): it is taken
//    out of its place, with the operator that tied it to its neighbour, and the level is written
//    `(the rest) filters`; a filter after NOT or with '-' is negated. Field names are written in
//    lower case (`Council:` is `council:`);
//  - a bare case reference (`24 010 138`, `24-010-138`, `24010138`, or a 9-digit Housing
//    reference) becomes `(case:REF OR "as typed")`, so it finds its decision and still works as
//    text; `case:24 010 138` without quotes takes all three groups;
//  - a bracket level whose words are all `-word` items becomes `NOT word ...`: everything
//    without them; so do filters alone that are all negated;
//  - with a `wildcard_field`, a wildcard word of ASCII letters and digits (`statut*`) becomes
//    `FIELD:statut`, for a field processor to expand (wildcard_expander.hpp says why).
// Throws QueryError.
PreparedQuery prepare_query(std::string_view query, std::string_view wildcard_field = {});

}  // namespace ombud
