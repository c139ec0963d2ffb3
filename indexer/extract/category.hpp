// "Category : Adult care services > Charging" as a category and a sub-category.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace ombud {

struct CategoryPair {
  std::optional<std::string> category;
  std::optional<std::string> subcategory;
};

// Split at the first '>': "A > B" -> (A, B); "A" -> (A, null); empty parts are null.
CategoryPair split_category(std::string_view value);

}  // namespace ombud
