#include "diagnostics.hpp"

#include <fmt/format.h>

#include <cstdio>

namespace ombud {

std::string escape_controls(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (c == '\n') {
      out += "\\n";
    } else if (c == '\t') {
      out += "\\t";
    } else if (c == '\r') {
      out += "\\r";
    } else if (c < 0x20 || c == 0x7f) {
      out += fmt::format("\\x{:02x}", c);
    } else if (c == 0xc2 && i + 1 < text.size() &&
               static_cast<unsigned char>(text[i + 1]) >= 0x80 &&
               static_cast<unsigned char>(text[i + 1]) <= 0x9f) {
      // U+0080..U+009F in UTF-8: C1 controls, which terminals act on too (CSI is U+009B).
      out += fmt::format("\\u{{{:x}}}", static_cast<unsigned char>(text[++i]));
    } else {
      out += static_cast<char>(c);
    }
  }
  return out;
}

std::string shortened(std::string_view value, std::size_t max_bytes) {
  if (value.size() <= max_bytes) return std::string(value);
  std::size_t cut = max_bytes;
  while (cut > 0 && (static_cast<unsigned char>(value[cut]) & 0xc0) == 0x80) --cut;  // UTF-8
  return fmt::format("{}... ({} bytes in all)", value.substr(0, cut), value.size());
}

std::string file_error_line(std::string_view path, std::string_view reason) {
  return escape_controls(fmt::format("{}: error: {}", path, reason));
}

std::string file_warning_line(std::string_view path, std::string_view reason) {
  return escape_controls(fmt::format("{}: warning: {}", path, reason));
}

void report_file_error(std::string_view path, std::string_view reason) {
  fmt::print(stderr, "{}\n", file_error_line(path, reason));
}

void report_error(std::string_view program, std::string_view message) {
  // The run's own errors have the form of a file's, with the program in place of the path. A
  // message may lay itself out on several lines (a query echoed with a caret under the place):
  // its line breaks are kept, every other control character escaped.
  std::string out;
  std::size_t start = 0;
  for (std::size_t nl; (nl = message.find('\n', start)) != std::string_view::npos; start = nl + 1)
    out += escape_controls(message.substr(start, nl - start)) + '\n';
  out += escape_controls(message.substr(start));
  fmt::print(stderr, "{}: error: {}\n", escape_controls(program), out);
}

}  // namespace ombud
