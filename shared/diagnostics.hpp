// Messages for the user on stderr, in the gcc style Xapian's tools and ripgrep use:
// "path: error: reason" for one input, "program: error: message" for the run.
#pragma once

#include <string_view>

namespace ombud {

void report_file_error(std::string_view path, std::string_view reason);
void report_file_warning(std::string_view path, std::string_view reason);
void report_error(std::string_view program, std::string_view message);

}  // namespace ombud
