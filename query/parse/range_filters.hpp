// date:, added:, changed: and paid: values as value-range queries on their schema slots: a year,
// month or day, a range (a..b, a.., ..b) or a bound (>=, >, <=, <). Strict bounds are turned into
// inclusive ones on whole days and whole pence, so every query is an OP_VALUE_RANGE, OP_VALUE_GE or
// OP_VALUE_LE.
#pragma once

#include <xapian.h>

#include <string_view>

#include "schema.hpp"

namespace ombud {

// date:VALUE on the date slot (YYYYMMDD strings). Throws QueryError on a value that is not a
// date, an impossible date (2022-13-45) or an empty range.
Xapian::Query date_filter(std::string_view value);

// The same on an index-stamp slot (added:, changed:; index_stamp.hpp), whose values hold the time
// after the date; and VALUE "last": at or after the start of the database's last run that changed
// anything (nothing when it records none). Throws QueryError.
Xapian::Query day_filter(schema::FieldId id, std::string_view value);
Xapian::Query stamp_filter(const Xapian::Database& db, schema::FieldId id, std::string_view value);

// paid:VALUE on the paid slot (sortable_serialise'd pounds). Amounts are pounds, with an optional
// £, thousands commas and up to two decimals. Throws QueryError.
Xapian::Query paid_filter(std::string_view value);

}  // namespace ombud
