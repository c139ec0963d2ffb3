// council: and org: values as XORG filter terms. A whole name matches exactly (any case);
// otherwise the value's words are looked up among the organisations in the database, so
// council:surrey finds "Surrey County Council" without anyone typing the whole name.
#pragma once

#include <xapian.h>

#include <string_view>

namespace ombud {

// The rule, in order:
//  1. the organisation whose whole name is `value` (case and spacing ignored), if there is one;
//  2. else every organisation whose name contains each word of `value` as a whole word, in any
//     order (a word ending in '*' matches any word it starts: north* finds Northamptonshire);
//  3. else the whole-name term, which matches nothing.
// Throws QueryError when `value` is empty.
Xapian::Query organisation_filter(const Xapian::Database& db, std::string_view value);

}  // namespace ombud
