// What a section is for, from its heading, as the profiles need to know it: the remedy sections
// (where remedy payments and kinds are read), the Summary (where an unstated outcome is read, and
// the remedy when there is no remedy section) and the decisive ones, in the order they are trusted.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "read/decision_page.hpp"

namespace ombud {

// The remedy headings, as RE2 patterns over a heading in rule_form(): the agreed or recommended
// actions the LGSCO prints ("Agreed action", "Recommended actions", "Recommendations", "Remedy",
// "What the Council has agreed to do"), and the Housing Ombudsman's orders ("Orders", "Orders and
// recommendations"). The profiles' heading rules include them, so that a remedy section is a
// section first.
extern const std::string_view kActionHeadingPattern;
extern const std::string_view kOrderHeadingPattern;

// Whether heading `name` (any case, as printed) is one of the remedy headings above.
bool is_remedy_heading(std::string_view name);

// The text of every remedy section of `page`, one after another.
std::string remedy_text(const DecisionPage& page);

// The Summary headings, normalised ("summary", "report summary", "summary of the complaint", ...).
const std::vector<std::string_view>& summary_headings();

// The text of every section whose normalised heading is in `names`, in page order.
std::string sections_text(const DecisionPage& page, const std::vector<std::string_view>& names);

}  // namespace ombud
