#include "case_ref.hpp"

#include <catch2/catch.hpp>

using ombud::canonical_case_ref;

TEST_CASE("case references in every spelling become NN-NNN-NNN", "[case_ref]") {
  CHECK(canonical_case_ref("24 010 138") == "24-010-138");
  CHECK(canonical_case_ref("24-010-138") == "24-010-138");
  CHECK(canonical_case_ref("24010138") == "24-010-138");
  CHECK(canonical_case_ref(" 21 018 132 ") == "21-018-132");
  CHECK(canonical_case_ref("24/010/138") == "24-010-138");
}

TEST_CASE("things that are not case references", "[case_ref]") {
  CHECK_FALSE(canonical_case_ref(""));
  CHECK_FALSE(canonical_case_ref("2401013"));
  CHECK_FALSE(canonical_case_ref("240101389"));
  CHECK_FALSE(canonical_case_ref("24 0101 38"));
  CHECK_FALSE(canonical_case_ref("24  010 138"));
  CHECK_FALSE(canonical_case_ref("ab 010 138"));
}
