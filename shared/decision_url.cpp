#include "decision_url.hpp"

#include "ascii.hpp"
#include "case_ref.hpp"

namespace ombud {

std::string url_slug(std::string_view text) {
  std::string out;
  bool gap = false;
  for (char c : text) {
    if (is_ascii_alnum(c)) {
      if (gap && !out.empty()) out += '-';
      out += is_ascii_upper(c) ? static_cast<char>(c - 'A' + 'a') : c;
      gap = false;
    } else {
      gap = true;
    }
  }
  return out;
}

std::optional<std::string> decision_url(const Decision& d) {
  if (d.source != "lgsco" || !d.category || !d.subcategory ||
      canonical_case_ref(d.case_ref) != d.case_ref)
    return std::nullopt;
  const std::string category = url_slug(*d.category);
  const std::string subcategory = url_slug(*d.subcategory);
  if (category.empty() || subcategory.empty()) return std::nullopt;
  return "https://www.lgo.org.uk/decisions/" + category + "/" + subcategory + "/" + d.case_ref;
}

}  // namespace ombud
