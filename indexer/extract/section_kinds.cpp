// Section kinds by heading.
#include "extract/section_kinds.hpp"

#include <re2/re2.h>

#include <algorithm>

#include "read/checked_pattern.hpp"
#include "read/text_util.hpp"

namespace ombud {

const std::string_view kActionHeadingPattern =
    R"((?:agreed |recommended )?(?:actions?|remed(?:y|ies))(?: agreed| recommended)?)"
    R"(|recommendations?|(?:agreed )?actions? and recommendations?)"
    R"(|recommendations? and (?:agreed )?actions?)"
    R"(|what (?:the council|it) (?:has )?agreed to do|(?:the )?actions? (?:the council|it) )"
    R"((?:has )?agreed to take)";

const std::string_view kOrderHeadingPattern = R"(orders?(?: and recommendations?)?)";

namespace {

// The patterns of this file (read/checked_pattern.hpp).
struct Patterns {
  const Pattern remedy_heading{"remedy_heading", std::string(kActionHeadingPattern) + "|" +
                                                     std::string(kOrderHeadingPattern)};
};

const PatternTable<Patterns> patterns("extract/section_kinds.cpp");

}  // namespace

bool is_remedy_heading(std::string_view name) {
  return RE2::FullMatch(rule_form(name), patterns().remedy_heading);
}

std::string remedy_text(const DecisionPage& page) {
  std::string out;
  for (const Section& s : page.sections) {
    if (s.name.empty() || !is_remedy_heading(s.name)) continue;
    if (!out.empty()) out.push_back('\n');
    out += s.text;
  }
  return out;
}

const std::vector<std::string_view>& summary_headings() {
  static const std::vector<std::string_view> names = {"summary",
                                                      "report summary",
                                                      "complaint summary",
                                                      "summary of complaint",
                                                      "summary of the complaint",
                                                      "summary of the decision"};
  return names;
}

std::string sections_text(const DecisionPage& page, const std::vector<std::string_view>& names) {
  std::string out;
  for (const Section& s : page.sections) {
    const std::string have = rule_form(s.name);
    if (std::find(names.begin(), names.end(), have) == names.end()) continue;
    if (!out.empty()) out.push_back('\n');
    out += s.text;
  }
  return out;
}

}  // namespace ombud
