// Messages for the user on stderr, in the gcc style Xapian's tools and ripgrep use:
// "path: error: reason" and "path: warning: reason" for one input, "program: error: message" for
// the run. Every such line is written here, so the form is the same everywhere.
#pragma once

#include <string>
#include <string_view>

namespace ombud {

// The lines, for a caller that prints them itself (the indexer's progress meter clears its own
// line first).
std::string file_error_line(std::string_view path, std::string_view reason);
std::string file_warning_line(std::string_view path, std::string_view reason);

// The lines above and "program: error: message", printed on stderr.
void report_file_error(std::string_view path, std::string_view reason);
void report_error(std::string_view program, std::string_view message);

}  // namespace ombud
