#include "print/text_format.hpp"

#include <fmt/format.h>

namespace ombud {

std::string format_pounds(Pence pence) {
  const bool negative = pence < 0;
  if (negative) pence = -pence;
  std::string digits = std::to_string(pence / 100);
  std::string grouped;
  for (std::size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) grouped.push_back(',');
    grouped.push_back(digits[i]);
  }
  std::string out = fmt::format("{}£{}", negative ? "-" : "", grouped);
  if (pence % 100 != 0) out += fmt::format(".{:02}", pence % 100);
  return out;
}

std::string Style::wrap(std::string_view code, std::string_view text) const {
  if (!color_) return std::string(text);
  return fmt::format("{}{}\x1b[0m", code, text);
}

}  // namespace ombud
