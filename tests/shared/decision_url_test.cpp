// A decision's page on the ombudsman's site, and the slugs of its category and sub-category.
#include "decision_url.hpp"

#include <catch2/catch.hpp>

namespace {

ombud::Decision lgsco(const char* category, const char* subcategory, const char* ref) {
  ombud::Decision d;
  d.source = "lgsco";
  d.case_ref = ref;
  if (*category) d.category = category;
  if (*subcategory) d.subcategory = subcategory;
  return d;
}

}  // namespace

TEST_CASE("slugs: lower case, every run of other characters one '-'", "[url]") {
  CHECK(ombud::url_slug("Children's care services") == "children-s-care-services");
  CHECK(ombud::url_slug("Friends and family carers") == "friends-and-family-carers");
  CHECK(ombud::url_slug("Children’s care services") == "children-s-care-services");
  CHECK(ombud::url_slug("Benefits & tax (council tax)") == "benefits-tax-council-tax");
  CHECK(ombud::url_slug("  Planning -- Enforcement  ") == "planning-enforcement");
  CHECK(ombud::url_slug("Covid-19") == "covid-19");
  CHECK(ombud::url_slug("…") == "");
}

TEST_CASE("URLs of LGSCO decisions with a category and a sub-category", "[url]") {
  CHECK(ombud::decision_url(
            lgsco("Children's care services", "Friends and family carers", "21-010-500")) ==
        "https://www.lgo.org.uk/decisions/children-s-care-services/friends-and-family-carers/"
        "21-010-500");
  // Nothing to derive it from: null, not a guess.
  CHECK_FALSE(ombud::decision_url(lgsco("Children's care services", "", "21-010-500")));
  CHECK_FALSE(ombud::decision_url(lgsco("", "", "21-010-500")));
  CHECK_FALSE(ombud::decision_url(lgsco("Housing", "Homelessness", "202301234")));
  CHECK_FALSE(ombud::decision_url(lgsco("’", "Homelessness", "21-010-500")));
  ombud::Decision housing = lgsco("Housing", "Repairs", "21-010-500");
  housing.source = "housing";
  CHECK_FALSE(ombud::decision_url(housing));
}
