#include "diagnostics.hpp"

#include <fmt/format.h>

#include <cstdio>

namespace ombud {

void report_file_error(std::string_view path, std::string_view reason) {
  fmt::print(stderr, "{}: error: {}\n", path, reason);
}

void report_file_warning(std::string_view path, std::string_view reason) {
  fmt::print(stderr, "{}: warning: {}\n", path, reason);
}

void report_error(std::string_view program, std::string_view message) {
  fmt::print(stderr, "{}: error: {}\n", program, message);
}

}  // namespace ombud
