// Section kinds by heading.
#include "extract/section_kinds.hpp"

#include <re2/re2.h>

#include <algorithm>

#include "read/text_util.hpp"

namespace ombud {

bool is_remedy_heading(std::string_view name) {
  static const RE2 re(
      R"((?:agreed |recommended |required )?(?:actions?|remed(?:y|ies))(?: agreed| recommended)?)"
      R"(|recommendations?|orders?|(?:agreed )?actions? and recommendations?)"
      R"(|(?:orders?|recommendations?) and (?:orders?|recommendations?|(?:agreed )?actions?))"
      R"(|what (?:the council|it) (?:has )?agreed to do|(?:the )?actions? (?:the council|it) )"
      R"((?:has )?agreed to take)");
  return RE2::FullMatch(rule_form(name), re);
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
