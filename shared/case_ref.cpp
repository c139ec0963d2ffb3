#include "case_ref.hpp"

#include <cctype>

namespace ombud {

std::optional<std::string> canonical_case_ref(std::string_view text) {
  while (!text.empty() && std::isspace(static_cast<unsigned char>(text.front())))
    text.remove_prefix(1);
  while (!text.empty() && std::isspace(static_cast<unsigned char>(text.back())))
    text.remove_suffix(1);
  std::string digits;
  std::size_t group = 0;  // digits seen in the current group
  static constexpr std::size_t kGroups[] = {2, 3, 3};
  std::size_t g = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (std::isdigit(static_cast<unsigned char>(c))) {
      if (g >= 3) return std::nullopt;
      digits.push_back(c);
      if (++group == kGroups[g]) {
        ++g;
        group = 0;
        // One optional separator (a space, a hyphen or a slash) between groups.
        if (g < 3 && i + 1 < text.size() &&
            (text[i + 1] == ' ' || text[i + 1] == '-' || text[i + 1] == '/'))
          ++i;
      }
    } else {
      return std::nullopt;
    }
  }
  if (digits.size() != 8) return std::nullopt;
  return digits.substr(0, 2) + "-" + digits.substr(2, 3) + "-" + digits.substr(5, 3);
}

}  // namespace ombud
