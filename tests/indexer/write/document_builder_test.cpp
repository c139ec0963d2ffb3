// The document builder, golden: a decision's whole term list as one sorted string, in the style
// of Xapian's own api_termgen tests ("Zcouncil[2] ..."), and its value slots.
#include "write/document_builder.hpp"

#include <xapian.h>

#include <catch2/catch.hpp>
#include <string>

#include "analyzer.hpp"
#include "decision.hpp"
#include "decision_json.hpp"
#include "listing_order.hpp"
#include "schema.hpp"
#include "term_list.hpp"

namespace {

using ombud::test::describe_terms;

ombud::Decision small_decision() {
  ombud::Decision d;
  d.source = "lgsco";
  d.organisation = "Harrowgate Vale District Council";
  d.case_ref = "23-004-117";
  d.doc_type = "decision";
  d.category = "Housing";
  d.subcategory = "Homelessness";
  d.outcome = "upheld";
  d.outcome_source = "stated";
  d.decision_date = "2023-11-02";
  d.ofsted_shared = false;
  d.cqc_shared = true;
  d.amounts = {15000, 31250};
  d.remedy_payments = {31250};
  d.remedies = {"apology", "payment"};
  d.legislation = {"Housing Act 1996"};
  d.title = "Harrowgate Vale District Council (23 004 117)";
  d.text = "The Council will apologise and pay £312.50.";
  return d;
}

}  // namespace

TEST_CASE("golden term list of a decision", "[document_builder][golden]") {
  ombud::Analyzer analyzer;
  const Xapian::Document doc = ombud::build_document(small_decision(), analyzer);
  CHECK(describe_terms(doc) ==
        "Q23-004-117[0] XCAThousing[0] XCQCyes[0] XLAWhousing act 1996[0] "
        "XOFSTEDno[0] XORGharrowgate vale district council[0] XOUTCOMEupheld[0] "
        "XREMEDYapology[0] XREMEDYpayment[0] XSOURCElgsco[0] XSUBCAThomelessness[0] "
        "XTYPEdecision[0] XYEAR2023[0] Z004[1] Z117[1] Z23[1] Z312.50[1] Zand[1] Zapolog[1] "
        "Zcouncil[2] Zdistrict[1] Zharrowg[1] Zpay[1] Zthe[1] Zvale[1] Zwill[1]");
}

TEST_CASE("facet values are in their schema slots", "[document_builder]") {
  using ombud::schema::field;
  using ombud::schema::FieldId;
  ombud::Analyzer analyzer;
  const Xapian::Document doc = ombud::build_document(small_decision(), analyzer);
  CHECK(doc.get_value(field(FieldId::kOrganisation).slot) == "Harrowgate Vale District Council");
  CHECK(doc.get_value(field(FieldId::kDate).slot) == "20231102");
  CHECK(doc.get_value(field(FieldId::kYear).slot) == "2023");
  CHECK(Xapian::sortable_unserialise(doc.get_value(field(FieldId::kPaid).slot)) == 312.5);
  CHECK(doc.get_value(field(FieldId::kRemedy).slot) == "apology\x1fpayment");
  // The listing order: the date, then the case reference's bytes complemented (listing_order.hpp).
  CHECK(doc.get_value(ombud::schema::kOrderSlot) ==
        ombud::listing_order_key(std::string("2023-11-02"), "23-004-117"));
  CHECK(doc.get_value(ombud::schema::kOrderSlot).starts_with("20231102"));
  // The stored data reads back as the same facts.
  const auto back = ombud::decision_from_json(nlohmann::ordered_json::parse(doc.get_data()));
  CHECK(ombud::facts_json(back) == ombud::facts_json(small_decision()));
  CHECK(back.text == small_decision().text);
}

TEST_CASE("the stored data keeps the file's path and where the Summary starts",
          "[document_builder]") {
  ombud::Decision d = small_decision();
  d.path = "/srv/decisions/23-004-117.txt";
  d.text = "Category : Housing > Homelessness\nSummary: The Council will apologise.\nMore.\n";
  d.sections = {{"", "Category : Housing > Homelessness"},
                {"Summary", "The Council will apologise."},
                {"Agreed action", "More."}};
  ombud::Analyzer analyzer;
  const Xapian::Document doc = ombud::build_document(d, analyzer);
  const auto back = ombud::decision_from_json(nlohmann::ordered_json::parse(doc.get_data()));
  CHECK(back.path == d.path);
  REQUIRE(back.summary_at.has_value());
  CHECK(back.text.substr(*back.summary_at).starts_with("The Council will apologise."));
  // No Summary section: no offset.
  d.sections.erase(d.sections.begin() + 1);
  const auto none = ombud::decision_from_json(
      nlohmann::ordered_json::parse(ombud::build_document(d, analyzer).get_data()));
  CHECK_FALSE(none.summary_at.has_value());
}
