// council: (org:), category: and subcategory: values as filter terms. A whole name matches
// exactly (any case); otherwise the value's words are looked up among the field's names in the
// database, so council:surrey finds "Surrey County Council" and category:children finds
// "Children's care services" without anyone typing the whole name.
#pragma once

#include <xapian.h>

#include <string_view>

#include "schema.hpp"

namespace ombud {

// The rule, in order:
//  1. the name that is `value` whole (case and spacing ignored), if there is one;
//  2. else every name of the field that contains each word of `value` as a whole word, in any
//     order, both read by name_words() (`&` is `and`, `St` is `Saint`, council abbreviations);
//     a word ending in '*' matches any word it starts (north* finds Northamptonshire), and for
//     council: the word `council` may be left out of the name (`RB Kingston council`);
//  3. else the whole-name term, which matches nothing.
// Throws QueryError when `value` is empty.
Xapian::Query name_filter(const Xapian::Database& db, schema::FieldId field,
                          std::string_view value);

}  // namespace ombud
