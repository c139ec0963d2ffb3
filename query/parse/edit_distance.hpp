// The number of single-byte insertions, deletions and substitutions that turn one word into
// another (Levenshtein). Used to suggest a field name for a mistyped one and to rank the values
// nearest a filter value that matches nothing.
#pragma once

#include <cstddef>
#include <string_view>

namespace ombud {

std::size_t edit_distance(std::string_view a, std::string_view b);

}  // namespace ombud
