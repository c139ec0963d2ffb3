// Splitting a category line.
#include "extract/category.hpp"

#include "read/text_util.hpp"

namespace ombud {

CategoryPair split_category(std::string_view value) {
  CategoryPair out;
  const std::size_t gt = value.find('>');
  const std::string_view first = trim(value.substr(0, gt));
  if (!first.empty()) out.category = std::string(first);
  if (gt != std::string_view::npos) {
    const std::string_view rest = trim(value.substr(gt + 1));
    if (!rest.empty()) out.subcategory = std::string(rest);
  }
  if (!out.category) out.subcategory.reset();
  return out;
}

}  // namespace ombud
