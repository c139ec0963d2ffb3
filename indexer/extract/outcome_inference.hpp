// Outcomes: the slug for an outcome a page states ("Decision : Not upheld"), and, for pages that
// state none, the outcome inferred from what the decisive passages say.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace ombud {

enum class OutcomeSignal {
  kNone,       // the passage says nothing about the outcome
  kUpheld,     // fault (causing injustice) found, "I uphold"
  kNotUpheld,  // no fault, "I do not uphold"
  kClosed,     // "will not investigate", closed after initial enquiries
  kAmbiguous,  // no fault, but an injustice already remedied: neither upheld nor not upheld
};

// The slug of a stated outcome: "Upheld" -> "upheld", "Not upheld: no maladministration" ->
// "not-upheld", "Closed after initial enquiries: out of jurisdiction" ->
// "closed-after-initial-enquiries"; any other value is slugged as printed (its part before a
// colon, lower case, spaces as hyphens). nullopt for an empty value or a sentence.
std::optional<std::string> stated_outcome_slug(std::string_view value);

// What `passage` (a Final decision, Finding or Summary) says about the outcome, read sentence by
// sentence:
//  - a fault finding that nothing negates ("I have found fault", "fault causing injustice",
//    "I uphold") is upheld, and wins over the rest: a partly upheld complaint is upheld, and so
//    is fault the organisation had already remedied (the LGSCO counts those as upheld);
//  - otherwise "will not investigate", "outside our jurisdiction" and the like: closed;
//  - otherwise a negated finding ("no fault", "I do not uphold", "no evidence the Council was
//    at fault"): not upheld, or ambiguous when the passage says the matter was already
//    remedied (no fault left to find, but a remedy given);
//  - otherwise "I have ended my investigation": closed, or ambiguous when the passage says the
//    matter was already put right without saying whether there was fault.
OutcomeSignal classify_outcome(std::string_view passage);

// The slug of a signal: "upheld", "not-upheld", "closed-after-initial-enquiries", "unknown";
// empty for kNone.
std::string_view outcome_slug(OutcomeSignal signal);

}  // namespace ombud
