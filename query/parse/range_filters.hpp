// date: and paid: values as value-range queries on their schema slots: a year, month or day, a
// range (a..b, a.., ..b) or a bound (>=, >, <=, <). Strict bounds are turned into inclusive ones
// on whole days and whole pence, so every query is an OP_VALUE_RANGE, OP_VALUE_GE or OP_VALUE_LE.
#pragma once

#include <xapian.h>

#include <string_view>

namespace ombud {

// date:VALUE on the date slot (YYYYMMDD strings). Throws QueryError on a value that is not a
// date, an impossible date (2022-13-45) or an empty range.
Xapian::Query date_filter(std::string_view value);

// paid:VALUE on the paid slot (sortable_serialise'd pounds). Amounts are pounds, with an optional
// £, thousands commas and up to two decimals. Throws QueryError.
Xapian::Query paid_filter(std::string_view value);

}  // namespace ombud
