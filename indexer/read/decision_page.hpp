// A decision page as read from its text: the title line, the metadata block, and the sections,
// with page furniture (menus, "Back to top", "Print this page", cookie banners) removed. The
// reader builds it; the extraction profiles read facts from it.
#pragma once

#include <initializer_list>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "decision.hpp"

namespace ombud {

// What the reader must know about one source's pages. Each extraction profile supplies its own
// (extract/profile.hpp); any_source_rules() there accepts every source's.
class PageRules {
 public:
  virtual ~PageRules() = default;
  // Whether `name` is one of the source's section headings. `name` is a line of its own, given
  // as rule_form() makes it: lower case, straight apostrophes, no trailing colon.
  virtual bool is_heading(std::string_view name) const = 0;
  // Whether heading `name` may carry its text on the same line ("Summary: We found ...").
  virtual bool is_inline_heading(std::string_view name) const = 0;
  // Whether `ref` (from the title line's parentheses) is one of the source's case references.
  virtual bool is_case_ref(std::string_view ref) const = 0;
};

struct DecisionPage {
  // The title line: "Surrey County Council (21 018 132)", or only "21 018 132" on old reports.
  std::string title;
  // The title line cut in two: the name before the parentheses ("Surrey County Council", empty
  // when the line is only the reference) and the reference as printed ("21 018 132"). Both are
  // empty when no line looks like a title.
  std::string title_name;
  std::string title_ref;
  // "Category : A > B", "Decision : Upheld", "Decision date : 14 Jun 2022" as (key, value), in
  // order, keys as printed without the colon.
  std::vector<std::pair<std::string, std::string>> metadata;
  // In document order. Text before the first heading goes in a section with an empty name.
  std::vector<Section> sections;
  // Everything after the title with furniture removed, one paragraph a line: what is indexed.
  std::string text;

  // The first section whose name matches one of `names` (case-insensitively, apostrophes
  // straightened), or nullptr.
  const Section* find_section(std::initializer_list<std::string_view> names) const;
  // The value of metadata key `key` (case-insensitively), or empty.
  std::string_view meta(std::string_view key) const;
};

// The title line of `text` under `rules`: the first line, among the first 400, that is
// "Name (reference)" or only a reference ("21 018 132", "COMPLAINT 202301234") of a form
// rules.is_case_ref() accepts. Returns false when there is none. Lines before it are page
// furniture (banners, logos, menus). Cheap (it looks at no more than those lines): profile
// detection calls it before the page is read, and passes what it found on to read_page().
// `first_line` skips the lines before it, for a caller that knows none of them is a title.
struct TitleLine {
  std::size_t line = 0;  // index among split_lines(text)
  std::string text;      // as printed, trimmed
  std::string name;
  std::string ref;
};
bool find_title_line(std::string_view text, const PageRules& rules, TitleLine& out,
                     std::size_t first_line = 0);

// Reads the structure of a decision from its text (valid UTF-8, '\n' line ends). Never throws
// for content: a page without a title line comes back with an empty title, and the profile
// decides what that means. Linear in the size of the text.
DecisionPage read_page(std::string_view text, const PageRules& rules);

// The same with the title line already found: `title` is what find_title_line(text, rules, ...)
// gave, or nullptr when it found none.
DecisionPage read_page(std::string_view text, const PageRules& rules, const TitleLine* title);

// Whether `line` (trimmed) is page furniture on its own: "Back to top", "Print this page", a
// logo's alternative text, a menu entry, a cookie switch. Exposed for tests.
bool is_furniture_line(std::string_view line);

}  // namespace ombud
