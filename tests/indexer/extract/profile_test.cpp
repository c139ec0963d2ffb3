// Profiles: choosing one, and what each reads from a page (LGSCO and Housing Ombudsman).
#include "extract/profile.hpp"

#include <catch2/catch.hpp>

#include "extract/category.hpp"
#include "extract/decision_date.hpp"
#include "extract/housing_profile.hpp"
#include "read/input_error.hpp"

using namespace ombud;

namespace {

const std::string kLgsco =
    "Pellow Town Council (21 222 333)\n"
    "The Ombudsman's final decision:\n"
    "Summary: Mr H complained about a parking permit. We will not investigate.\n"
    "My assessment\n"
    "- Mr H can appeal to a tribunal. (Local Government Act 1974, section 26(6)(a))\n";

const std::string kHousing =
    "Notice: our offices are closed on Monday.\n"
    "Brookvale Homes (202355501)\n"
    "REPORT\n"
    "COMPLAINT 202355501\n"
    "Brookvale Homes Limited\n"
    "Decision date: 9 January 2024\n"
    "Our approach\n"
    "The Ombudsman decides whether there was maladministration by the landlord.\n"
    "The complaint\n"
    "1. The complaint is about the landlord's handling of a leak.\n"
    "Assessment and findings\n"
    "1. The landlord took 11 weeks to fix the leak (section 11 of the Landlord and Tenant Act "
    "1985). It offered £50 at stage 1.\n"
    "Determination\n"
    "1. In accordance with paragraph 52 of the Scheme, there was maladministration in the "
    "landlord's handling of the leak.\n"
    "Orders\n"
    "1. Within 4 weeks the landlord must apologise and pay the resident £400 compensation.\n"
    "Recommendations\n"
    "1. The landlord should review its repairs policy.\n";

}  // namespace

TEST_CASE("profiles by name, and auto detection", "[profile]") {
  CHECK(choose_profile("lgsco", kHousing).profile.name() == "lgsco");
  CHECK(choose_profile("housing", kLgsco).profile.name() == "housing");
  CHECK(choose_profile("auto", kLgsco).profile.name() == "lgsco");
  CHECK(choose_profile("auto", kHousing).profile.name() == "housing");
  // Without a title line, the wording decides.
  CHECK(choose_profile("auto", "A report by the Housing Ombudsman about a landlord.")
            .profile.name() == "housing");
  CHECK(choose_profile("auto", "Nothing to go on.").profile.name() == "lgsco");
  CHECK_THROWS_AS(choose_profile("nosuch", kLgsco), InputError);
  CHECK(find_profile("housing") != nullptr);
  CHECK(find_profile("auto") == nullptr);
}

TEST_CASE("the title line found while choosing is the one the chosen profile reads", "[profile]") {
  // Found once: what choose_profile() passes on must be what the profile's own rules find.
  const std::string both = "Brookvale Homes (202355501)\n" + kLgsco;
  const std::string texts[] = {kLgsco, kHousing, both, "Nothing to go on.", "(21 222 333)\n"};
  for (const std::string& text : texts) {
    for (const char* name : {"auto", "lgsco", "housing"}) {
      INFO(name << " on " << text);
      const ProfileChoice choice = choose_profile(name, text);
      TitleLine own;
      const bool found = find_title_line(text, choice.profile.rules(), own);
      REQUIRE(choice.title.has_value() == found);
      if (!found) continue;
      CHECK(choice.title->line == own.line);
      CHECK(choice.title->text == own.text);
      CHECK(choice.title->name == own.name);
      CHECK(choice.title->ref == own.ref);
    }
  }
  // LGSCO's rules pass over the Housing Ombudsman's reference to the LGSCO title below it.
  CHECK(choose_profile("lgsco", both).title->ref == "21 222 333");
}

TEST_CASE("LGSCO facts from a decision", "[profile][lgsco]") {
  const Profile& p = choose_profile("auto", kLgsco).profile;
  const Decision d = p.extract(read_page(kLgsco, p.rules()));
  CHECK(d.source == "lgsco");
  CHECK(d.organisation == "Pellow Town Council");
  CHECK(d.case_ref == "21-222-333");
  CHECK(d.doc_type == "decision");
  CHECK(d.outcome == "closed-after-initial-enquiries");
  CHECK(d.outcome_source == "inferred");
  CHECK_FALSE(d.decision_date);
  CHECK_FALSE(d.category);
  CHECK(d.legislation == std::vector<std::string>{"Local Government Act 1974"});
}

TEST_CASE("an LGSCO page without a title reference is refused", "[profile][lgsco]") {
  const Profile& p = *find_profile("lgsco");
  CHECK_THROWS_WITH(p.extract(read_page("Some text\nwithout a title.\n", p.rules())),
                    Catch::Contains("no case reference in the title line"));
  CHECK_THROWS_AS(p.extract(read_page(kHousing, p.rules())), InputError);
}

TEST_CASE("Housing Ombudsman facts from a determination", "[profile][housing]") {
  const Profile& p = choose_profile("auto", kHousing).profile;
  const Decision d = p.extract(read_page(kHousing, p.rules()));
  CHECK(d.source == "housing");
  CHECK(d.organisation == "Brookvale Homes");
  CHECK(d.case_ref == "202355501");
  CHECK(d.doc_type == "decision");
  CHECK(d.outcome == "upheld");
  CHECK(d.outcome_source == "stated");
  CHECK(d.decision_date == "2024-01-09");
  CHECK(d.amounts == std::vector<Pence>{5000, 40000});
  CHECK(d.remedy_payments == std::vector<Pence>{40000});
  CHECK(d.remedies == std::vector<std::string>{"apology", "payment", "procedure-review"});
  CHECK(d.legislation == std::vector<std::string>{"Landlord and Tenant Act 1985"});
  CHECK(d.text.find("Notice: our offices") == std::string::npos);
}

TEST_CASE("the housing decision date from the opening lines", "[profile][housing]") {
  const std::string text =
      "Alder Housing (202300002)\n"
      "This determination was made on 14th November 2023 about the landlord.\n"
      "Determination\n"
      "1. There was no maladministration in the landlord's response of 2 March 2023.\n";
  const Profile& p = choose_profile("auto", text).profile;
  const Decision d = p.extract(read_page(text, p.rules()));
  CHECK(d.decision_date == "2023-11-14");
  CHECK(d.outcome == "not-upheld");
}

TEST_CASE("housing findings add up to an outcome", "[housing]") {
  using F = HousingFinding;
  CHECK(housing_findings("there was severe maladministration; there was no maladministration; "
                         "service failure; reasonable redress; outside the Ombudsman's "
                         "jurisdiction; withdrawn") ==
        std::vector<F>{F::kSevereMaladministration, F::kNoMaladministration, F::kServiceFailure,
                       F::kReasonableRedress, F::kOutsideJurisdiction, F::kWithdrawn});
  CHECK(housing_outcome({F::kNoMaladministration, F::kServiceFailure}) == "upheld");
  CHECK(housing_outcome({F::kReasonableRedress, F::kNoMaladministration, F::kWithdrawn}) ==
        "not-upheld");
  CHECK(housing_outcome({F::kOutsideJurisdiction, F::kWithdrawn}) ==
        "closed-after-initial-enquiries");
  CHECK(housing_outcome({}).empty());
}

TEST_CASE("a housing report headed only by COMPLAINT and its number", "[profile][housing]") {
  const std::string text =
      "REPORT\n"
      "COMPLAINT 202366677\n"
      "Sorrel Homes Limited\n"
      "12 June 2024\n"
      "Determination\n"
      "1. There was service failure in the landlord's handling of the repair.\n";
  const Profile& p = choose_profile("auto", text).profile;
  REQUIRE(p.name() == "housing");
  const Decision d = p.extract(read_page(text, p.rules()));
  CHECK(d.case_ref == "202366677");
  CHECK(d.organisation == "Sorrel Homes Limited");
  CHECK(d.decision_date == "2024-06-12");
  CHECK(d.outcome == "upheld");
}

TEST_CASE("decision dates in the forms metadata lines use", "[dates]") {
  CHECK(parse_decision_date("14 Jun 2022")->iso() == "2022-06-14");
  CHECK(parse_decision_date(" 28 March 2024 ")->iso() == "2024-03-28");
  CHECK(parse_decision_date("2023-01-30")->iso() == "2023-01-30");
  CHECK(parse_decision_date("05/07/2022")->iso() == "2022-07-05");
  CHECK_FALSE(parse_decision_date("31/02/2022"));
  CHECK_FALSE(parse_decision_date("Ombudsman satisfied"));
  CHECK_FALSE(parse_decision_date(""));
}

TEST_CASE("an LGSCO decision date from the page, and none from other dates", "[dates][lgsco]") {
  const std::string with_date =
      "Tarn Council (23 111 999)\nDecision date : 07/11/2023\nSummary: I uphold it.\n";
  const std::string without =
      "22 111 999\nFinding\nFault found.\nOmbudsman satisfied with council's response: 4 May "
      "2023\nThe events of 2 March 2022 are described.\n";
  const Profile& p = *find_profile("lgsco");
  CHECK(p.extract(read_page(with_date, p.rules())).decision_date == "2023-11-07");
  CHECK_FALSE(p.extract(read_page(without, p.rules())).decision_date);
}

TEST_CASE("category lines split at the first >", "[category]") {
  auto c = split_category("Children's care services > Disabled children");
  CHECK(c.category == "Children's care services");
  CHECK(c.subcategory == "Disabled children");
  c = split_category("Education");
  CHECK(c.category == "Education");
  CHECK_FALSE(c.subcategory);
  c = split_category("Planning > Enforcement > Other");
  CHECK(c.subcategory == "Enforcement > Other");
  c = split_category(" > ");
  CHECK_FALSE(c.category);
  CHECK_FALSE(c.subcategory);
  CHECK_FALSE(split_category("").category);
}

TEST_CASE("a housing determination in the Ombudsman's own layout", "[profile][housing]") {
  const std::string text =
      "REPORT\n\n"
      "COMPLAINT 202377788\n\n"
      "Birchfield Housing Trust Limited\n\n"
      "3 April 2024\n\n"
      "Our approach\n\n"
      "The Ombudsman decides whether there was maladministration or service failure.\n\n"
      "The complaint\n\n"
      "1. The complaint is about the landlord's:\n"
      "a. Response to reports of a leaking roof.\n"
      "b. Complaint handling.\n\n"
      "Assessment and findings\n\n"
      "2. The landlord offered £150 at stage 2.\n\n"
      "Determination (decision)\n\n"
      "3. In accordance with paragraph 52 of the Scheme there was no maladministration in the "
      "landlord's response to reports of a leaking roof.\n"
      "4. In accordance with paragraph 53.b of the Scheme the landlord has offered redress which, "
      "in the Ombudsman's opinion, resolves the complaint about its complaint handling "
      "satisfactorily.\n\n"
      "Orders and recommendations\n\n"
      "Recommendations\n\n"
      "5. The landlord should pay the resident the £150 it offered at stage 2, if not already "
      "paid.\n";
  const Profile& p = choose_profile("auto", text).profile;
  REQUIRE(p.name() == "housing");
  const Decision d = p.extract(read_page(text, p.rules()));
  CHECK(d.case_ref == "202377788");
  CHECK(d.organisation == "Birchfield Housing Trust Limited");
  CHECK(d.decision_date == "2024-04-03");
  CHECK(d.outcome == "not-upheld");
  CHECK(d.outcome_source == "stated");
  CHECK(d.amounts == std::vector<Pence>{15000});
  CHECK(d.remedy_payments.empty());
}
