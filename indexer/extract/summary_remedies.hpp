// The remedy as a decision's Summary states it. Pages cut short, closed cases and decisions copied
// from the website's summary view have no remedy section, but their Summary often ends with what
// the organisation agreed, or was recommended, to do: "The Council has agreed to apologise and
// make a symbolic payment of £500". The profiles read remedies from those sentences when the
// remedy sections give none (profile.cpp).
#pragma once

#include <string>
#include <string_view>

namespace ombud {

// The sentences of `summary` (a Summary section's text) that state what the organisation agreed,
// will or should do, or what we (the Ombudsman) recommended, one a line; empty when there are
// none. Left out: what happened before the decision or is only reported ("had agreed to", "the
// actions it agreed", "Mrs X says the Council should pay"), what should have happened ("should
// have"), what will not happen ("will not"), and what the Ombudsman will do ("We will not
// investigate"). The remedy kinds and payments are then read from these sentences by the same
// rules as a remedy section's (remedy_kinds.hpp, remedy_payments.hpp).
std::string summary_remedy_statements(std::string_view summary);

}  // namespace ombud
