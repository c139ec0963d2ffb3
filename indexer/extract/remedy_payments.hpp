// Which pound amounts in a decision's remedy sections are payments the decision itself agrees
// or recommends. Remedy sections also mention money that is not a remedy: a weekly benefit
// rate, a bill or fee, an amount the organisation already paid or offered before.
#pragma once

#include <string_view>
#include <vector>

#include "decision.hpp"

namespace ombud {

// The distinct remedy payments in `remedy_text` (the remedy sections' text), ascending.
//
// Each amount is judged by the words around it, within its sentence and up to the neighbouring
// amounts: it is left out when those words say it is history ("already paid", "previously
// offered", "its offer of"), a rate ("£85 a week"), or a sum owed or charged ("council tax bill",
// "fee", "arrears") -- unless a verb of paying governs it ("pay Mrs X the £300 it previously
// offered", "refund the £50 fee"), since then the decision is ordering it paid.
std::vector<Pence> remedy_payments(std::string_view remedy_text);

}  // namespace ombud
