// Pound amounts: every written form decisions use, and the limits.
#include "extract/money.hpp"

#include <catch2/catch.hpp>

using namespace ombud;

TEST_CASE("pound amounts in the forms decisions write them", "[money]") {
  const std::vector<std::pair<std::string, Pence>> cases = {
      {"£500", 50000},
      {"£1,000", 100000},
      {"£5384.99", 538499},
      {"£250.00", 25000},
      {"£2.5k", 250000},
      {"£1,486.20", 148620},
      {"£342.5", 34250},
      {"£1.2 million", 120000000},
      {"£3m", 300000000},
      {"£12,500,000", 1250000000},
      {"£0", 0},
  };
  for (const auto& [text, pence] : cases) {
    INFO(text);
    REQUIRE(parse_pounds(text));
    CHECK(*parse_pounds(text) == pence);
  }
}

TEST_CASE("amounts inside sentences, distinct and ascending", "[money]") {
  const std::string text =
      "It offered £300, then £150 and £150 again; later £1,000.00 (a total of £1,000). "
      "A fee of £ 45 and a non-amount 500 pounds.";
  CHECK(distinct_amounts(text) == std::vector<Pence>{4500, 15000, 30000, 100000});
}

TEST_CASE("words after an amount are not multipliers", "[money]") {
  CHECK(distinct_amounts("£500 more than before") == std::vector<Pence>{50000});
  CHECK(distinct_amounts("£500 monthly") == std::vector<Pence>{50000});
  CHECK(distinct_amounts("between £150, £200 and £250.") ==
        std::vector<Pence>{15000, 20000, 25000});
}

TEST_CASE("mentions keep their positions", "[money]") {
  const std::string text = "pay £20 now";
  const auto found = find_amounts(text);
  REQUIRE(found.size() == 1);
  CHECK(text.substr(found[0].begin, found[0].end - found[0].begin) == "£20");
}

TEST_CASE("not amounts, and amounts too large to be money", "[money]") {
  CHECK(distinct_amounts("no money here, only 300 and $400").empty());
  CHECK(distinct_amounts("£").empty());
  CHECK(distinct_amounts("££££").empty());
  CHECK(distinct_amounts("£99999999999999999999999999").empty());
  CHECK_FALSE(parse_pounds("£500 and £600"));
  CHECK_FALSE(parse_pounds("about £500"));
}
