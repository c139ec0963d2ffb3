// The remedy a Summary states: which of its sentences count, and how a decision's remedies come
// from its remedy sections or, when those give none, from its Summary (remedy_source).
#include "extract/summary_remedies.hpp"

#include <catch2/catch.hpp>

#include "extract/decision_loader.hpp"
#include "extract/remedy_kinds.hpp"

using namespace ombud;

using Kinds = std::vector<std::string>;
using Amounts = std::vector<Pence>;

namespace {

// A short LGSCO decision statement with `summary` as its Summary and `rest` after it.
Decision statement(const std::string& summary, const std::string& rest = "") {
  const std::string text =
      "Ellerby Borough Council (24 505 606)\n"
      "The Ombudsman's final decision:\n"
      "Summary: " +
      summary +
      "\n"
      "The complaint\n"
      "- Ms A says the Council took too long to deal with her request.\n" +
      rest;
  return parse_decision(text, "statement.txt", LoadOptions{});
}

}  // namespace

TEST_CASE("a Summary's statements of what is to be done count", "[summary-remedies]") {
  for (const char* sentence : {
           "The Council has agreed to apologise and make a symbolic payment of £500.",
           "The Council agreed to pay Ms A £300.",
           "It has now agreed to review its procedure.",
           "The Council will apologise and reassess her needs.",
           "The care provider should apologise and refund the fees.",
           "We recommended the Council pays Mr B £200.",
           "I have recommended the Council trains its staff.",
           "The Council has accepted our recommendations to apologise.",
           "The Council must pay Ms C £1,000 within one month.",
       }) {
    INFO(sentence);
    CHECK(summary_remedy_statements(sentence) == sentence);
  }
}

TEST_CASE("history, reported words and the Ombudsman's own plans do not count",
          "[summary-remedies]") {
  for (const char* sentence : {
           "The Council had already apologised.",
           "The Council had agreed to pay Ms A £300 but did not.",
           "The Council previously agreed to review her care plan.",
           "It did not complete the actions it agreed after her complaint.",
           "The Council should have paid the £450 grant sooner.",
           "The Council will not refund the £60 fee.",
           "We will not investigate this complaint.",
           "I will share this decision with Ofsted.",
           "Mrs D says the Council should pay her £1,000.",
           "Mr E wants the Council to apologise.",
           "Ms F agreed to the Council's proposal.",
           "The Council has taken action recommended by the review panel.",
           "The Council agreed to pay £200 at stage two.",
           "We found no fault.",
           "The Council paid Ms G £150 in 2023.",
       }) {
    INFO(sentence);
    CHECK(summary_remedy_statements(sentence).empty());
  }
}

TEST_CASE("only the stating sentences are kept, one a line", "[summary-remedies]") {
  CHECK(summary_remedy_statements(
            "Mr H complained about a bill of £300. The Council was at fault. The Council will "
            "apologise and pay Mr H £100.") == "The Council will apologise and pay Mr H £100.");
  CHECK(summary_remedy_statements("The Council will apologise.\nIt has agreed to pay £50.") ==
        "The Council will apologise.\nIt has agreed to pay £50.");
  CHECK(summary_remedy_statements("The Council’s officer will apologise.") ==
        "The Council's officer will apologise.");
  CHECK(summary_remedy_statements("").empty());
}

TEST_CASE("a Summary's statement naming no action gives no kind", "[summary-remedies]") {
  CHECK(remedy_kinds("The Council has agreed to remedy the injustice.", false) == Kinds{"other"});
  CHECK(remedy_kinds("The Council has agreed to remedy the injustice.", false,
                     UnknownAction::kNothing)
            .empty());
  CHECK(remedy_kinds("The Council has agreed to apologise.", false, UnknownAction::kNothing) ==
        Kinds{"apology"});
}

TEST_CASE("with no remedy section, the Summary gives the remedy", "[summary-remedies]") {
  const Decision d = statement(
      "Ms A complained about a council tax bill of £300. The Council was at fault. The Council "
      "has agreed to apologise and make a symbolic payment of £500.");
  CHECK(d.remedies == Kinds{"apology", "payment"});
  CHECK(d.remedy_payments == Amounts{50000});
  CHECK(d.amounts == Amounts{30000, 50000});
  CHECK(d.remedy_source == "summary");
}

TEST_CASE("a Summary remedy without an amount", "[summary-remedies]") {
  const Decision d =
      statement("The Council was at fault. It will apologise and review its procedure.");
  CHECK(d.remedies == Kinds{"apology", "procedure-review"});
  CHECK(d.remedy_payments.empty());
  CHECK(d.remedy_source == "summary");
}

TEST_CASE("the payment exclusions of remedy sections apply to a Summary", "[summary-remedies]") {
  const Decision d = statement(
      "The Council has agreed to waive the £80 fee and pay Ms A £85 a week until her care "
      "starts. It will also pay the £150 it offered at stage one.");
  CHECK(d.remedy_payments.empty());
  CHECK(d.remedies == Kinds{"payment", "refund-or-waiver"});
  CHECK(d.remedy_source == "summary");
}

TEST_CASE("remedy sections win over the Summary", "[summary-remedies]") {
  const Decision d = statement("The Council has agreed to apologise and pay Ms A £400.",
                               "Agreed action\n"
                               "- The Council will pay Ms A £250.\n");
  CHECK(d.remedies == Kinds{"payment"});
  CHECK(d.remedy_payments == Amounts{25000});
  CHECK(d.remedy_source == "sections");
}

TEST_CASE("a remedy section that asks for nothing leaves the Summary to say",
          "[summary-remedies]") {
  const Decision d = statement("The Council has agreed to apologise.",
                               "Agreed action\n"
                               "- The Council has already apologised.\n");
  CHECK(d.remedies == Kinds{"apology"});
  CHECK(d.remedy_source == "summary");
}

TEST_CASE("no remedy stated anywhere: no source", "[summary-remedies]") {
  const Decision d = statement(
      "Ms A says the Council should pay her £1,000. The Council had already apologised. We found "
      "no fault, so we will not ask it to do anything more.");
  CHECK(d.remedies.empty());
  CHECK(d.remedy_payments.empty());
  CHECK_FALSE(d.remedy_source);
}

TEST_CASE("other sections never give a remedy", "[summary-remedies]") {
  const Decision d = statement("We found fault.",
                               "What I found\n"
                               "- The Council has agreed to apologise and pay Ms A £200.\n");
  CHECK(d.remedies.empty());
  CHECK(d.remedy_payments.empty());
  CHECK_FALSE(d.remedy_source);
}
