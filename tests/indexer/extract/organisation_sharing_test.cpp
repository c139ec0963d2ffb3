// The organisation (from the title or the text) and sharing with Ofsted and the CQC.
#include <catch2/catch.hpp>

#include "extract/organisation.hpp"
#include "extract/regulator_sharing.hpp"

using namespace ombud;

TEST_CASE("organisation from the title's name", "[organisation]") {
  CHECK(organisation_from_title("  Kelby   District Council ") == "Kelby District Council");
  CHECK(organisation_from_title("Investigation into a complaint against Kelby District Council") ==
        "Kelby District Council");
  CHECK(organisation_from_title("Fir Lodge AKA Pine Care Limited") ==
        "Fir Lodge AKA Pine Care Limited");
}

TEST_CASE("organisation from the text of old reports", "[organisation]") {
  CHECK(organisation_from_text("The Council did this. Then the Council did that.").empty());
  CHECK(organisation_from_text("The County Council replied.").empty());
  CHECK(organisation_from_text("Mrs F complained to Rowan County Council. In March Rowan County "
                               "Council replied, and Mrs F wrote to Ash Parish Council.") ==
        "Rowan County Council");
  CHECK(organisation_from_text("In Birch Borough Council's view the plan was sound.") ==
        "Birch Borough Council");
  CHECK(organisation_from_text("the London Borough of Elmstead did not reply.") ==
        "London Borough of Elmstead");
  CHECK(organisation_from_text("Mr G uses Transport for London buses.") == "Transport for London");
  CHECK(organisation_from_text("The Local Government and Social Care Ombudsman investigated.")
            .empty());
}

TEST_CASE("shared with Ofsted, in the wordings decisions use", "[sharing]") {
  CHECK(
      shared_with_ofsted("Under the information sharing agreement between us and the Office "
                         "for Standards in Education, Children’s Services and Skills (Ofsted), "
                         "we will share this decision with Ofsted."));
  CHECK(shared_with_ofsted("We will send a copy of this decision to Ofsted."));
  CHECK(shared_with_ofsted("This decision will be shared with Ofsted."));
  CHECK(shared_with_ofsted("- We have shared this statement with OFSTED."));
  CHECK_FALSE(shared_with_ofsted("Ofsted rated the school good in 2021."));
  CHECK_FALSE(shared_with_ofsted("We will share this decision with the council. Ofsted visited."));
  CHECK_FALSE(shared_with_ofsted("No regulator is mentioned here."));
}

TEST_CASE("shared with the Care Quality Commission", "[sharing]") {
  CHECK(shared_with_cqc("We will share this decision with the Care Quality Commission."));
  CHECK(
      shared_with_cqc("We have an information sharing agreement with the Care Quality "
                      "Commission (CQC), and we will send a copy of this decision to the CQC."));
  CHECK_FALSE(shared_with_cqc("The agency is registered with the Care Quality Commission."));
  CHECK_FALSE(shared_with_cqc("We will share this decision with Ofsted."));
}
