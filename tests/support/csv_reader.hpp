// Reading ombud-search's --csv output back in tests: RFC 4180, as csv_printer writes it.
#pragma once

#include <string>
#include <vector>

namespace ombud::test {

// The rows of `text`; quoted fields may hold commas, doubled quotes and line breaks.
std::vector<std::vector<std::string>> parse_csv(const std::string& text);

}  // namespace ombud::test
