#include "parse/name_words.hpp"

#include <array>
#include <utility>

namespace ombud {
namespace {

bool is_word_byte(char c) {
  const auto u = static_cast<unsigned char>(c);
  return u >= 0x80 || c == '\'' || c == '*' || (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') ||
         (c >= 'A' && c <= 'Z');
}

// How councils are abbreviated in letters, the press and the ombudsman's own pages.
constexpr std::array<std::pair<std::string_view, std::string_view>, 6> kAbbreviations = {{
    {"cc", "county council"},
    {"mbc", "metropolitan borough council"},
    {"bc", "borough council"},
    {"dc", "district council"},
    {"lb", "london borough"},
    {"rb", "royal borough"},
}};

void add_word(std::vector<std::string>& out, std::string_view w, NameKind kind) {
  if (w.ends_with("'s")) w.remove_suffix(2);
  while (!w.empty() && w.front() == '\'') w.remove_prefix(1);
  while (!w.empty() && w.back() == '\'') w.remove_suffix(1);
  if (w.empty() || w == "and" || w == "of") return;
  if (w == "st") w = "saint";
  if (kind == NameKind::kOrganisation) {
    for (const auto& [short_form, long_form] : kAbbreviations) {
      if (w != short_form) continue;
      std::string_view rest = long_form;
      while (!rest.empty()) {
        const std::size_t space = rest.find(' ');
        out.emplace_back(rest.substr(0, space));
        rest.remove_prefix(space == std::string_view::npos ? rest.size() : space + 1);
      }
      return;
    }
  }
  out.emplace_back(w);
}

}  // namespace

std::vector<std::string> name_words(std::string_view folded, NameKind kind) {
  std::vector<std::string> out;
  std::size_t i = 0;
  while (i < folded.size()) {
    while (i < folded.size() && !is_word_byte(folded[i])) ++i;
    std::size_t j = i;
    while (j < folded.size() && is_word_byte(folded[j])) ++j;
    if (j > i) add_word(out, folded.substr(i, j - i), kind);
    i = j;
  }
  return out;
}

}  // namespace ombud
