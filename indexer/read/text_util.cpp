// Small string helpers shared by the page reader and the extractors.
#include "read/text_util.hpp"

#include <algorithm>
#include <cstring>

#include "ascii.hpp"

namespace ombud {
std::string_view trim(std::string_view s) {
  while (!s.empty() && is_ascii_space(s.front())) s.remove_prefix(1);
  while (!s.empty() && is_ascii_space(s.back())) s.remove_suffix(1);
  return s;
}

namespace {

// Where byte `b` next occurs in `s` at or after `from`; s.size() when it does not.
std::size_t find_byte(std::string_view s, unsigned char b, std::size_t from) {
  if (from >= s.size()) return s.size();  // and never memchr on an empty view's null data
  const void* at = std::memchr(s.data() + from, b, s.size() - from);
  return at ? static_cast<std::size_t>(static_cast<const char*>(at) - s.data()) : s.size();
}

}  // namespace

std::string straighten_quotes(std::string_view s) {
  // Every quote to replace starts with byte 0xE2 or 0xCA: jump from one to the next with memchr
  // and copy the runs between them whole, since most of a decision is ASCII and this runs over
  // whole texts and every line.
  std::string out;
  out.reserve(s.size());
  std::size_t done = 0;
  std::size_t e2 = find_byte(s, 0xE2, 0), ca = find_byte(s, 0xCA, 0);
  for (std::size_t i = std::min(e2, ca); i < s.size(); i = std::min(e2, ca)) {
    const std::string_view rest = s.substr(i);
    const char* replacement = nullptr;
    std::size_t width = 3;
    // U+2018, U+2019 (‘ ’), U+2032 (′), U+02BC (ʼ); U+201C, U+201D (“ ”).
    if (rest.starts_with("\xE2\x80\x98") || rest.starts_with("\xE2\x80\x99") ||
        rest.starts_with("\xE2\x80\xB2")) {
      replacement = "'";
    } else if (rest.starts_with("\xCA\xBC")) {
      replacement = "'";
      width = 2;
    } else if (rest.starts_with("\xE2\x80\x9C") || rest.starts_with("\xE2\x80\x9D")) {
      replacement = "\"";
    }
    std::size_t next = i + 1;
    if (replacement) {
      out.append(s.substr(done, i - done));
      out += replacement;
      done = next = i + width;
    }
    if (e2 < next) e2 = find_byte(s, 0xE2, next);
    if (ca < next) ca = find_byte(s, 0xCA, next);
  }
  out.append(s.substr(done));
  return out;
}

std::string rule_form(std::string_view s) {
  const std::string straight = straighten_quotes(trim(s));
  std::string_view v = straight;
  while (!v.empty() && (v.back() == ':' || is_ascii_space(v.back()))) v.remove_suffix(1);
  std::string out;
  out.reserve(v.size());
  bool space = false;
  for (char c : v) {
    if (is_ascii_space(c)) {
      space = true;
      continue;
    }
    if (space && !out.empty()) out.push_back(' ');
    space = false;
    out.push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c);
  }
  return out;
}

std::vector<std::string_view> split_lines(std::string_view text) {
  std::vector<std::string_view> lines;
  std::size_t start = 0;
  while (start <= text.size()) {
    const std::size_t nl = text.find('\n', start);
    if (nl == std::string_view::npos) {
      if (start < text.size()) lines.push_back(text.substr(start));
      break;
    }
    lines.push_back(text.substr(start, nl - start));
    start = nl + 1;
  }
  return lines;
}

std::vector<std::string_view> split_sentences(std::string_view text) {
  std::vector<std::string_view> out;
  std::size_t start = 0;
  auto emit = [&](std::size_t end) {
    const std::string_view s = trim(text.substr(start, end - start));
    if (!s.empty()) out.push_back(s);
  };
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (c == '\n') {
      emit(i);
      start = i + 1;
    } else if ((c == '.' || c == '!' || c == '?') && i + 1 < text.size() &&
               is_ascii_space(text[i + 1])) {
      emit(i + 1);
      start = i + 1;
    }
  }
  if (start < text.size()) emit(text.size());
  return out;
}

}  // namespace ombud
