// Writing a command's whole output to stdout at the end, as ombud-search and ombud-stats do.
#pragma once

#include <string_view>

namespace ombud {

// Writes everything, or stops quietly when the reader has gone (`| head`; SIGPIPE must be
// ignored). Returns false then. Throws std::runtime_error on another write error.
bool write_stdout(std::string_view text);

}  // namespace ombud
