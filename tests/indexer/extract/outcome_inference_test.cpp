// Outcomes stated on a page, and inferred from what a decision's decisive passages say.
#include "extract/outcome_inference.hpp"

#include <catch2/catch.hpp>

using namespace ombud;

TEST_CASE("stated outcomes as slugs", "[outcome]") {
  CHECK(stated_outcome_slug("Upheld") == "upheld");
  CHECK(stated_outcome_slug("Not upheld") == "not-upheld");
  CHECK(stated_outcome_slug("Closed after initial enquiries") == "closed-after-initial-enquiries");
  CHECK(stated_outcome_slug("Upheld: maladministration and injustice") == "upheld");
  CHECK(stated_outcome_slug("Not upheld: no maladministration") == "not-upheld");
  CHECK(stated_outcome_slug("Closed after initial enquiries: out of jurisdiction") ==
        "closed-after-initial-enquiries");
  CHECK(stated_outcome_slug("Withdrawn") == "withdrawn");
  CHECK(stated_outcome_slug(" Referred back for local resolution ") ==
        "referred-back-for-local-resolution");
  CHECK_FALSE(stated_outcome_slug(""));
  CHECK_FALSE(stated_outcome_slug("  "));
  CHECK_FALSE(stated_outcome_slug("I have decided to uphold the complaint."));
  CHECK_FALSE(stated_outcome_slug("we have considered all of the evidence in this case"));
}

TEST_CASE("upheld wording", "[outcome]") {
  for (const char* text : {
           "I uphold Mr U's complaint.",
           "I have completed my investigation and uphold the complaint.",
           "I have found fault by the Council which caused injustice.",
           "Fault found causing injustice and recommendations made.",
           "There was fault by the Council, and it has agreed to remedy the injustice.",
           "I find the Council was at fault.",
           "The Ombudsman finds fault with the Council's actions.",
           "Finding: maladministration and injustice.",
           "We found no fault in the assessment, but fault in how the Council replied.",
       }) {
    INFO(text);
    CHECK(classify_outcome(text) == OutcomeSignal::kUpheld);
  }
}

TEST_CASE("not upheld wording", "[outcome]") {
  for (const char* text : {
           "I do not uphold Ms V's complaint.",
           "I have not found fault by the Council.",
           "There was no fault in how the Council made its decision.",
           "I have completed my investigation. I found no fault.",
           "There is no evidence to suggest the Council was at fault.",
           "This is not fault.",
           "I have considered whether there was fault and I do not uphold the complaint.",
       }) {
    INFO(text);
    CHECK(classify_outcome(text) == OutcomeSignal::kNotUpheld);
  }
}

TEST_CASE("closed wording", "[outcome]") {
  for (const char* text : {
           "We will not investigate Mr W's complaint about parking fines.",
           "We cannot investigate this complaint because he has appealed to a tribunal.",
           "This complaint is outside our jurisdiction.",
           "Closed after initial enquiries.",
           "I have discontinued my investigation.",
           "We will not investigate, because there is not enough evidence of fault.",
           "We will not investigate this complaint because it is unlikely we would find fault.",
       }) {
    INFO(text);
    CHECK(classify_outcome(text) == OutcomeSignal::kClosed);
  }
}

TEST_CASE("no fault, but already remedied, is ambiguous", "[outcome]") {
  CHECK(classify_outcome("There is no evidence of fault that has not already been remedied.") ==
        OutcomeSignal::kAmbiguous);
  CHECK(classify_outcome("I have ended my investigation. The Council had put right the fault "
                         "before Ms X came to us.") == OutcomeSignal::kAmbiguous);
  // A fault finding the organisation had already remedied is upheld, as the LGSCO counts it.
  CHECK(classify_outcome("There was fault causing injustice, but the Council had already "
                         "remedied it.") == OutcomeSignal::kUpheld);
}

TEST_CASE("silence", "[outcome]") {
  CHECK(classify_outcome("I have completed my investigation.") == OutcomeSignal::kNone);
  CHECK(classify_outcome("") == OutcomeSignal::kNone);
  CHECK(outcome_slug(OutcomeSignal::kNone).empty());
  CHECK(outcome_slug(OutcomeSignal::kAmbiguous) == "unknown");
}
