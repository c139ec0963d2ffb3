// Messages for the user on stderr, in the gcc style Xapian's tools and ripgrep use:
// "path: error: reason" and "path: warning: reason" for one input, "program: error: message" for
// the run. Every such line is written here, so the form is the same everywhere.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace ombud {

// `text` with its control characters escaped as ripgrep does (\x1b, \n, \u{9b}), so that a
// file name or value cannot move the cursor, clear the screen or split the line. Every line
// below goes through it.
std::string escape_controls(std::string_view text);

// `value` when it is at most `max_bytes` long, else its start and how long it was: for values
// echoed in messages (a 10,000-character --show value is not worth printing whole).
std::string shortened(std::string_view value, std::size_t max_bytes = 80);

// The lines, for a caller that prints them itself (the indexer's progress meter clears its own
// line first).
std::string file_error_line(std::string_view path, std::string_view reason);
std::string file_warning_line(std::string_view path, std::string_view reason);

// The lines above and "program: error: message", printed on stderr (the message's own line
// breaks kept, its other control characters escaped).
void report_file_error(std::string_view path, std::string_view reason);
void report_error(std::string_view program, std::string_view message);

}  // namespace ombud
