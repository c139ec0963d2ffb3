// Helpers shared by the decoding and HTML tests.
#include "input_test_support.hpp"

#include <fstream>
#include <random>
#include <sstream>

namespace ombud::test {

std::string input_fixture(std::string_view name) {
  return read_bytes(std::string(OMBUD_SOURCE_DIR) + "/tests/fixtures/input/" + std::string(name));
}

std::vector<std::string> trimmed_lines(std::string_view text) {
  std::vector<std::string> lines;
  std::size_t start = 0;
  while (start <= text.size()) {
    std::size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    std::string_view line = text.substr(start, end - start);
    while (!line.empty() && line.front() == ' ') line.remove_prefix(1);
    while (!line.empty() && line.back() == ' ') line.remove_suffix(1);
    if (!line.empty()) lines.emplace_back(line);
    start = end + 1;
  }
  return lines;
}

bool no_trailing_white_space(std::string_view text) {
  for (std::size_t i = 0; i < text.size(); ++i) {
    const bool line_end = i + 1 == text.size() || text[i + 1] == '\n';
    if (line_end && (text[i] == ' ' || text[i] == '\t')) return false;
  }
  return true;
}

std::string random_input(std::uint32_t seed) {
  using namespace std::string_view_literals;
  static constexpr std::string_view kPieces[] = {"\xEF\xBB\xBF"sv,
                                                 "\xFF\xFE"sv,
                                                 "\xFE\xFF"sv,
                                                 "\x00\x00\xFE\xFF"sv,
                                                 "\r\n"sv,
                                                 "\r"sv,
                                                 "\n"sv,
                                                 "\t"sv,
                                                 "  "sv,
                                                 "\xC2\xA0"sv,
                                                 "\xE2\x80\xA8"sv,
                                                 "\xE3\x80\x80"sv,
                                                 "\xC2\xA3"sv,
                                                 "\xE2\x80\x99"sv,
                                                 "\xF0\x9F\x98\x80"sv,
                                                 "\xC3"sv,
                                                 "\xED\xA0\x80"sv,
                                                 "\xE0\x80\xAF"sv,
                                                 "\x00"sv,
                                                 "\x01"sv,
                                                 "\x1A"sv,
                                                 "Council"sv,
                                                 "decision"sv,
                                                 " (21 010 500)"sv,
                                                 "<p>"sv,
                                                 "</p>"sv,
                                                 "<li>"sv,
                                                 "<ol start=\"-99999999999999999999\">"sv,
                                                 "<ol start=2147483647>"sv,
                                                 "<li value=x>"sv,
                                                 "<ul>"sv,
                                                 "</ol>"sv,
                                                 "<br>"sv,
                                                 "<h1>"sv,
                                                 "</h2>"sv,
                                                 "<dl><dt>Key :"sv,
                                                 "<dd>"sv,
                                                 "<table><tr><th>"sv,
                                                 "<td>"sv,
                                                 "<pre>"sv,
                                                 "&amp;"sv,
                                                 "&#0;"sv,
                                                 "&#x110000;"sv,
                                                 "&nbsp;"sv,
                                                 "&bogus"sv,
                                                 "<script>"sv,
                                                 "</script>"sv,
                                                 "<style>"sv,
                                                 "<!--"sv,
                                                 "-->"sv,
                                                 "<![CDATA["sv,
                                                 "<main>"sv,
                                                 "<article>"sv,
                                                 "<header><h1>"sv,
                                                 "<div class=\"cookie\">"sv,
                                                 "<nav>"sv,
                                                 "<div aria-hidden=true>"sv,
                                                 "<meta charset=\"windows-1252\">"sv,
                                                 "<meta charset=utf-16>"sv,
                                                 "<meta charset=\"x-unknown\">"sv,
                                                 "\x92\x93\x94"sv,
                                                 "</"sv,
                                                 "<"sv,
                                                 ">"sv,
                                                 "\""sv,
                                                 "="sv};
  std::mt19937 rng(seed);
  const std::size_t length = rng() % 300;
  std::string out;
  for (std::size_t i = 0; i < length; ++i) {
    if (rng() % 2 == 0) {
      out += static_cast<char>(rng() % 256);
    } else {
      out += kPieces[rng() % std::size(kPieces)];
    }
  }
  return out;
}

}  // namespace ombud::test
