// Statute names: walking back from "Act <year>" over the words of the name.
#include "extract/legislation.hpp"

#include <catch2/catch.hpp>

using namespace ombud;

using Names = std::vector<std::string>;

TEST_CASE("statutes as cited, normalised", "[legislation]") {
  const std::vector<std::pair<std::string, Names>> cases = {
      {"(Local Government Act 1974, section 26(1), as amended)", {"Local Government Act 1974"}},
      {"Section 17 of the Children Act 1989 applies.", {"Children Act 1989"}},
      {"under section 97 of the Children and Families Act 2014",
       {"Children and Families Act 2014"}},
      {"The Care Act 2014 says so.", {"Care Act 2014"}},
      {"In the Housing Act 1996 there is a duty.", {"Housing Act 1996"}},
      {"Part 7 Housing Act 1996", {"Housing Act 1996"}},
      {"the Local Government (Miscellaneous Provisions) Act 1982",
       {"Local Government (Miscellaneous Provisions) Act 1982"}},
      {"the Housing Grants, Construction and Regeneration Act 1996",
       {"Housing Grants, Construction and Regeneration Act 1996"}},
      {"as defined by the Anti-social Behaviour, Crime and Policing Act 2014.",
       {"Anti-social Behaviour, Crime and Policing Act 2014"}},
      {"(Health and Social Care Act 2008 (Regulated Activities) Regulations 2014, reg 17)",
       {"Health and Social Care Act 2008"}},
      {"the Town and Country Planning Act 1990 and the Equality Act 2010",
       {"Equality Act 2010", "Town and Country Planning Act 1990"}},
      {"the Children’s Services Act 2001", {"Children's Services Act 2001"}},
  };
  for (const auto& [text, names] : cases) {
    INFO(text);
    CHECK(find_legislation(text) == names);
  }
}

TEST_CASE("sorted and distinct across a text", "[legislation]") {
  const std::string text =
      "The Education Act 1996 applies. The Care Act 2014 also applies.\n"
      "Under the Education Act 1996, the council must act.";
  CHECK(find_legislation(text) == Names{"Care Act 2014", "Education Act 1996"});
}

TEST_CASE("not statutes", "[legislation]") {
  CHECK(find_legislation("the Care Act says so").empty());  // no year
  CHECK(find_legislation("the School Admission Appeals Code 2022").empty());
  CHECK(find_legislation("the Housing Ombudsman Scheme").empty());
  CHECK(find_legislation("the 1974 Act").empty());
  CHECK(find_legislation("Act 1974 alone").empty());
  CHECK(find_legislation("they act 1974 times").empty());
}
