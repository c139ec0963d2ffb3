// --show CASE_REF: one decision in full, its facets first, then its text.
#pragma once

#include <string>

#include "decision.hpp"
#include "print/text_format.hpp"

namespace ombud {

std::string format_decision(const Decision& decision, const Style& style);

// The stored JSON of the decision (facts, path, title and text) and its url (or null), on one
// line.
std::string format_decision_json(const Decision& decision);

}  // namespace ombud
