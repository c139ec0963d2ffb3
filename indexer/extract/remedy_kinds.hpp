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

// What a sentence that none of the patterns know gives. In a remedy section every sentence asks
// for an action, so an unknown one is "other"; a Summary's statement may name no action at all
// ("The Council has agreed to remedy the injustice"), so there it gives nothing.
enum class UnknownAction { kOther, kNothing };

// The kinds in `remedy_text`, sorted, distinct. `has_payment` adds "payment" (the caller knows
// from the remedy payments found). Sentences about what was done before the decision ("The
// Council has already apologised") are not remedies and are skipped. A remedy text that asks
// for something none of the patterns know gets "other", unless `unknown` is kNothing.
std::vector<std::string> remedy_kinds(std::string_view remedy_text, bool has_payment,
                                      UnknownAction unknown = UnknownAction::kOther);

}  // namespace ombud
