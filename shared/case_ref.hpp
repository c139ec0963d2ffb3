// LGSCO case references: "24 010 138" as printed, "24-010-138" canonical, "24010138" as typed.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace ombud {

// The canonical NN-NNN-NNN form of a case reference written with spaces, hyphens or nothing
// between its groups (8 digits in 2-3-3 groups), or nullopt when `text` is not one.
std::optional<std::string> canonical_case_ref(std::string_view text);

}  // namespace ombud
