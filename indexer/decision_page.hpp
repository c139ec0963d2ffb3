// A decision page as read from its text: the title line, the metadata block, and the sections,
// with page furniture (menus, "Back to top", "Print this page", cookie banners) removed. The
// reader builds it; the extraction profiles read facts from it.
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "decision.hpp"

namespace ombud {

struct DecisionPage {
  // The title line: "Surrey County Council (21 018 132)", or only "21 018 132" on old reports.
  std::string title;
  // "Category : A > B", "Decision : Upheld", "Decision date : 14 Jun 2022" as (key, value), in
  // order, keys as printed without the colon.
  std::vector<std::pair<std::string, std::string>> metadata;
  // In document order. Text before the first heading goes in a section with an empty name.
  std::vector<Section> sections;
  // Everything after the title with furniture removed, one paragraph a line: what is indexed.
  std::string text;

  // The first section whose name matches one of `names` (case-insensitively), or nullptr.
  const Section* find_section(std::initializer_list<std::string_view> names) const;
  // The value of metadata key `key` (case-insensitively), or empty.
  std::string_view meta(std::string_view key) const;
};

// Reads the structure of a decision from its text (valid UTF-8, '\n' line ends).
DecisionPage read_page(std::string_view text);

}  // namespace ombud
