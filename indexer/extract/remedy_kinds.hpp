// The kinds of remedy a decision agrees or recommends (RemedyKind, shared/field_vocabulary.hpp),
// read from its remedy sections: apology, payment, training (training, briefing or reminding
// staff), procedure-review (reviewing a policy, procedure or process), service-improvement
// (publishing information, changing letters, leaflets or web pages, other service changes),
// reconsider-complaint (a new or resumed complaint investigation or assessment),
// refund-or-waiver, reassessment, other.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace ombud {

// The kinds in `remedy_text`, sorted, distinct. `has_payment` adds "payment" (the caller knows
// from the remedy payments found). Sentences about what was done before the decision ("The
// Council has already apologised") are not remedies and are skipped. A remedy text that asks
// for something none of the patterns know gets "other".
std::vector<std::string> remedy_kinds(std::string_view remedy_text, bool has_payment);

}  // namespace ombud
