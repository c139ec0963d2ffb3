// A decision date as a metadata line prints it: "14 Jun 2022", "28 March 2024", "2022-06-14",
// or the UK numeric form "14/06/2022".
#pragma once

#include <optional>
#include <string_view>

#include "dates.hpp"

namespace ombud {

std::optional<Date> parse_decision_date(std::string_view value);

}  // namespace ombud
