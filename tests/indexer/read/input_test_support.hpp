// Helpers shared by the decoding and HTML tests: fixtures, line splitting, random inputs.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "temp_dir.hpp"  // read_bytes

namespace ombud::test {

// The bytes of tests/fixtures/input/<name>.
std::string input_fixture(std::string_view name);

// The lines of `text`, each trimmed of spaces, empty ones left out.
std::vector<std::string> trimmed_lines(std::string_view text);

// A byte string built from `seed`: random bytes mixed with byte-order marks, line ends, UTF-8
// fragments (valid and not), NULs and HTML pieces, so that both readers meet their edge cases.
std::string random_input(std::uint32_t seed);

// True when no line of `text` ends in a space or tab.
bool no_trailing_white_space(std::string_view text);

}  // namespace ombud::test
