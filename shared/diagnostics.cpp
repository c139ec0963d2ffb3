#include "diagnostics.hpp"

#include <fmt/format.h>

#include <cstdio>

namespace ombud {

std::string file_error_line(std::string_view path, std::string_view reason) {
  return fmt::format("{}: error: {}", path, reason);
}

std::string file_warning_line(std::string_view path, std::string_view reason) {
  return fmt::format("{}: warning: {}", path, reason);
}

void report_file_error(std::string_view path, std::string_view reason) {
  fmt::print(stderr, "{}\n", file_error_line(path, reason));
}

void report_error(std::string_view program, std::string_view message) {
  // The run's own errors have the form of a file's, with the program in place of the path.
  fmt::print(stderr, "{}\n", file_error_line(program, message));
}

}  // namespace ombud
