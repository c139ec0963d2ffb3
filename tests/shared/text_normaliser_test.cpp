#include "text_normaliser.hpp"

#include <catch2/catch.hpp>
#include <cstdint>
#include <iterator>
#include <random>
#include <string>

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

namespace {

// Pieces that exercise NFKC_Casefold's corners: full-width and compatibility forms, ligatures,
// titlecase digraphs, ß and ẞ, Greek sigma, dotted İ, combining marks, curly quotes, and white
// space of several kinds, besides plain words.
const char* const kPieces[] = {"Surrey",     " ",      "County",  "\t",     "\n", "  ",
                               "Children’s", "’",      "ＡＢＣ",  "ß",      "ẞ",  "ﬂ",
                               "ﬁ",          "Ⅻ",      "Ǆ",       "ǅ",      "ǆ",  "Σ",
                               "ς",          "İ",      "e\u0301", "\u00e9", "½",  "²",
                               "\u3000",     "\u00a0", "Council", "'",      "-",  "ｃｏｕｎｃｉｌ"};

std::string random_text(std::uint32_t seed) {
  std::mt19937 rng(seed);
  std::uniform_int_distribution<std::size_t> piece(0, std::size(kPieces) - 1);
  std::uniform_int_distribution<int> length(0, 12);
  std::string out;
  for (int n = length(rng); n > 0; --n) out += kPieces[piece(rng)];
  return out;
}

}  // namespace

TEST_CASE("[prop] normalisation is idempotent", "[normalise][prop]") {
  const auto seed = GENERATE(take(300, random(0u, 1000000u)));
  const std::string s = random_text(seed);
  INFO("seed " << seed << ": '" << s << "'");
  CHECK(fold_case(fold_case(s)) == fold_case(s));
  CHECK(normalise_value(normalise_value(s)) == normalise_value(s));
  // White space is collapsed and trimmed.
  const std::string v = normalise_value(s);
  CHECK(v.find("  ") == std::string::npos);
  CHECK_FALSE(v.starts_with(' '));
  CHECK_FALSE(v.ends_with(' '));
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
