// What ombud-search and ombud-stats do alike on their command lines: the check of a number of
// seconds, reading the options (help, version and a bad option each end the program), and turning
// whatever a run throws into one error line and exit status 2.
#pragma once

#include <CLI/CLI.hpp>
#include <optional>
#include <string_view>

namespace ombud {

// An option's check: a number of seconds, as parse_timeout_seconds reads it.
CLI::Validator seconds_validator();

// Reads argv into `app`. nullopt when the program goes on; else the exit status to end with
// (0 after --help or --version, 2 after a message about a bad option on stderr).
std::optional<int> parse_command_line(CLI::App& app, int argc, char** argv,
                                      std::string_view program);

// In a catch block: reports the exception being handled as `program: error: ...` and returns 2.
int report_current_exception(std::string_view program);

}  // namespace ombud
