// The index holds stems ("Zstatutori"), which readers do not type: for --like and --terms, each
// stem is shown as the word that most often stands for it in some decisions' texts
// ("statutory"), read with the analyzer that indexed them, or as the stem itself where those
// texts do not hold it (the caller says so).
#pragma once

#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace ombud {

// For each of `terms` (as indexed: prefix and stem) that a word of `texts` stems to, that word's
// most frequent form, in lower case (ties: the first in byte order). Terms no word of the texts
// stems to are left out.
std::unordered_map<std::string, std::string> common_forms(
    const std::vector<std::string_view>& texts, const std::unordered_set<std::string>& terms);

}  // namespace ombud
