// One Xapian::FieldProcessor per schema field, registered under the field's name and alias with
// QueryParser::add_boolean_prefix, so that every field: value becomes a filter query built here
// (QueryParser hands the processor the value as typed, quotes removed: ">=2023-01-01",
// "2022..2024", "Surrey County Council"), and a bad value throws QueryError out of parse_query.
#pragma once

#include <xapian.h>

#include <string_view>

#include "schema.hpp"

namespace ombud {

// The filter query for `field:value`. Never an empty Query: QueryParser would drop it and the
// filter would vanish, so a value that matches nothing gives a term that matches nothing.
// Throws QueryError for a bad value.
Xapian::Query field_filter(const Xapian::Database& db, schema::FieldId field,
                           std::string_view value);

// Registers every field of the schema table (and its alias) with `parser`. Filters on one
// single-valued field are ORed (outcome:upheld outcome:not-upheld); filters on a list field
// (remedy:, legislation:) or a range field (date:, paid:) are ANDed, so remedy:apology
// remedy:payment needs both and date:>=2022 date:<2024 is a range.
void add_field_processors(Xapian::QueryParser& parser, const Xapian::Database& db);

}  // namespace ombud
