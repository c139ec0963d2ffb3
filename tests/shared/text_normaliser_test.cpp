#include "text_normaliser.hpp"

#include <catch2/catch.hpp>

using namespace ombud;

TEST_CASE("case folding agrees for every spelling users type", "[normalise]") {
  CHECK(fold_case("COUNCIL") == "council");
  CHECK(fold_case("ｃｏｕｎｃｉｌ") == "council");  // full-width
  CHECK(fold_case("Straße") == "strasse");
  CHECK(fold_case("ﬁle") == "file");  // ligature
  CHECK(fold_case("Council’s") == "council's");
}

TEST_CASE("facet values: folded, white space collapsed", "[normalise]") {
  CHECK(normalise_value("  Children's   care\tservices ") == "children's care services");
  CHECK(normalise_value("") == "");
}

TEST_CASE("[prop] normalisation is idempotent", "[normalise][prop]") {
  const char* samples[] = {"Surrey County Council",
                           "Children’s care services",
                           "ＡＢＣ straße",
                           "  a \n b  ",
                           "Ⅻ ﬂ",
                           "Ǆ ǅ ǆ"};
  for (const char* s : samples) {
    INFO(s);
    CHECK(fold_case(fold_case(s)) == fold_case(s));
    CHECK(normalise_value(normalise_value(s)) == normalise_value(s));
  }
}

TEST_CASE("UTF-8 validation", "[normalise]") {
  CHECK(is_valid_utf8("plain"));
  CHECK(is_valid_utf8("£500 – Council’s"));
  CHECK_FALSE(is_valid_utf8("\xC3\x28"));
  CHECK_FALSE(is_valid_utf8("\xE0\x80\xAF"));      // overlong
  CHECK_FALSE(is_valid_utf8("\xED\xA0\x80"));      // surrogate
  CHECK_FALSE(is_valid_utf8("\xF4\x90\x80\x80"));  // past U+10FFFF
  CHECK_FALSE(is_valid_utf8("\xE2\x82"));          // truncated
}
