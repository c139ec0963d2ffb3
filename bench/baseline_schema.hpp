// Where the plain Xapian baseline keeps its filter terms and values: a user's own minimal
// schema, written the way Xapian's facets.rst and omega's termprefixes.rst suggest. Queries on
// the baseline use these through QueryParser (boolean prefixes and range processors).
#pragma once

#include <xapian.h>

#include <string_view>

namespace ombud::bench::baseline {

inline constexpr std::string_view kIdPrefix = "Q";
inline constexpr std::string_view kCouncilPrefix = "XORG";
inline constexpr std::string_view kCategoryPrefix = "XCAT";
inline constexpr std::string_view kOutcomePrefix = "XOUTCOME";
inline constexpr std::string_view kYearPrefix = "XYEAR";

inline constexpr Xapian::valueno kDateSlot = 0;  // YYYYMMDD
inline constexpr Xapian::valueno kPaidSlot = 1;  // sortable_serialise(pounds)

}  // namespace ombud::bench::baseline
