// Remedy kinds from remedy-section wording.
#include "extract/remedy_kinds.hpp"

#include <catch2/catch.hpp>
#include <set>

#include "field_vocabulary.hpp"

using namespace ombud;

using Kinds = std::vector<std::string>;

namespace {

// Remedy wordings and the kinds they are, between them every kind.
const std::vector<std::pair<std::string, Kinds>>& usual_wordings() {
  static const std::vector<std::pair<std::string, Kinds>> cases = {
      {"- apologise to Mr L in writing;", {"apology"}},
      {"- provide a written apology to Ms M;", {"apology"}},
      {"- pay Mr N for his time and trouble;", {"payment"}},
      {"- provide training to its housing officers on the allocation scheme;", {"training"}},
      {"- remind relevant staff of the need to keep notes;", {"training"}},
      {"- share the learning from this complaint with its team;", {"training"}},
      {"- review its policy on missed collections;", {"procedure-review"}},
      {"- review how it handles requests for transport;", {"procedure-review"}},
      {"- update its web page about blue badges;", {"service-improvement"}},
      {"- produce a leaflet about respite care;", {"service-improvement"}},
      {"- introduce a check of each invoice before it is sent;", {"service-improvement"}},
      {"- commission a stage two investigation of her complaint;", {"reconsider-complaint"}},
      {"- consider the complaint through the statutory complaints procedure;",
       {"reconsider-complaint"}},
      {"- refund the charge Mrs P paid;", {"refund-or-waiver"}},
      {"- write off the arrears on the account;", {"refund-or-waiver"}},
      {"- reassess his claim for council tax reduction;", {"reassessment"}},
      {"- arrange a fresh appeal hearing before a new panel;", {"reassessment"}},
      {"- inspect the roof and complete any repairs;", {"other"}},
      {"- brief the licensing officers involved on the guidance;", {"training"}},
      {"- share this decision with relevant officers and remind them to reply on time.",
       {"training"}},
      {"- reconsider Mrs V's application for a parking permit;", {"reassessment"}},
      {"- review Child W's plan and decide what provision was missed;", {"reassessment"}},
      {"- reopen the noise investigation;", {"reassessment"}},
      {"- commission an independent review of its system for adaptations;", {"procedure-review"}},
      {"- arrange an independent review of Mrs Y's complaint;", {"reconsider-complaint"}},
      {"- reopen Mr X's complaint and reply to each point;", {"reconsider-complaint"}},
      {"- recalculate the arrears on his account;", {"reassessment"}},
      {"- publish clear information about its repayment arrangements;", {"service-improvement"}},
      {"- provide a brief explanation of its rationale.", {"other"}},
  };
  return cases;
}

}  // namespace

TEST_CASE("each kind from its usual wording", "[remedy-kinds]") {
  for (const auto& [text, kinds] : usual_wordings()) {
    INFO(text);
    CHECK(remedy_kinds(text, false) == kinds);
  }
}

TEST_CASE("a new assessment of the person is both a reassessment and a new assessment",
          "[remedy-kinds]") {
  CHECK(remedy_kinds("- carry out a new assessment of Q's needs;", false) ==
        Kinds{"reassessment", "reconsider-complaint"});
}

TEST_CASE("several kinds, sorted and distinct, payment from the payments found", "[remedy-kinds]") {
  const std::string text =
      "Within one month the Council will:\n"
      "- apologise to Ms R;\n"
      "- remind staff to record visits;\n"
      "- apologise again in person.\n"
      "The Council should provide us with evidence it has complied with the above actions.";
  CHECK(remedy_kinds(text, true) == Kinds{"apology", "payment", "training"});
}

TEST_CASE("what was done before the decision is not a remedy", "[remedy-kinds]") {
  CHECK(remedy_kinds("The Council has already apologised to Mr S.", false).empty());
  CHECK(remedy_kinds("This is on top of the £90 it refunded in June.", false).empty());
  CHECK(remedy_kinds("pay the £300 it offered at stage 2, if it has not already done so.", false)
            .empty());
  // A remedy that is conditional on not having been done yet is still a remedy.
  CHECK(remedy_kinds("complete a carer's assessment, if it has not already done so.", false) ==
        Kinds{"reassessment", "reconsider-complaint"});
}

TEST_CASE("boilerplate alone asks for nothing, an unknown request is other", "[remedy-kinds]") {
  CHECK(remedy_kinds("The Council should provide us with evidence it has complied with the "
                     "above actions.",
                     false)
            .empty());
  CHECK(remedy_kinds("The Council will give Mrs T a named contact for future enquiries.", false) ==
        Kinds{"other"});
  CHECK(remedy_kinds("", false).empty());
}

TEST_CASE("the kinds found are exactly the remedy: vocabulary", "[remedy-kinds]") {
  // What extraction writes must be what the query side accepts (remedy:KIND), and a kind the
  // vocabulary offers that no wording produces would be a filter that can never match.
  std::set<std::string> found;
  for (const auto& [text, kinds] : usual_wordings())
    for (const std::string& kind : remedy_kinds(text, false)) found.insert(kind);
  for (const std::string& kind : remedy_kinds("", true)) found.insert(kind);
  const auto vocabulary = field_vocabulary(schema::FieldId::kRemedy);
  CHECK(found == std::set<std::string>(vocabulary.begin(), vocabulary.end()));
}
