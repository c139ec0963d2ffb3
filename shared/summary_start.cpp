#include "summary_start.hpp"

#include <string_view>

#include "ascii.hpp"

namespace ombud {

std::optional<std::size_t> find_summary_start(const Decision& d) {
  for (const Section& s : d.sections) {
    std::string_view name = s.name;
    while (!name.empty() && (name.back() == ':' || is_ascii_space(name.back())))
      name.remove_suffix(1);
    if (ascii_lower(name) != "summary") continue;
    // Its first line, which the text holds as it is (sections are cut from the same lines).
    std::string_view words = s.text;
    while (!words.empty() && is_ascii_space(words.front())) words.remove_prefix(1);
    words = words.substr(0, words.find('\n'));
    if (words.empty()) return std::nullopt;
    const std::size_t at = d.text.find(words);
    if (at == std::string::npos) return std::nullopt;
    return at;
  }
  return std::nullopt;
}

}  // namespace ombud
