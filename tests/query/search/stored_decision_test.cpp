// Reading stored decisions back: the fast reader gives what decision_from_json gives, for random
// decisions whose title and text hold quotes, backslashes, control characters, non-ASCII and
// invalid-looking sequences, and for stored data it leaves to nlohmann::json (\u escapes, other
// key orders, malformed data, which must fail the same way).
#include "search/stored_decision.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <random>

#include "decision_json.hpp"
#include "search_test_db.hpp"

namespace {

std::string stored(const ombud::Decision& d) {
  return ombud::stored_json(d).dump();
}

std::string random_string(std::mt19937& rng) {
  static const std::vector<std::string> pieces = {
      "word", " ", "\"", "\\", "\n", "\t", "\r", "\b", "\f",      "\x01", "\x1f", "/",    "£",
      "’",    "é", "{",  "}",  "[",  "]",  ",",  ":",  "\\u0041", "\\\"", "text", "title"};
  std::uniform_int_distribution<std::size_t> pick(0, pieces.size() - 1);
  std::uniform_int_distribution<int> n(0, 60);
  std::string out;
  for (int i = n(rng); i > 0; --i) out += pieces[pick(rng)];
  return out;
}

}  // namespace

TEST_CASE("stored decisions read back as decision_from_json reads them", "[stored][prop]") {
  std::mt19937 rng(GENERATE(take(50, random(1u, 1000000u))));
  const auto samples = ombud::test::sample_decisions();
  for (ombud::Decision d : samples) {
    d.title = random_string(rng);
    d.text = random_string(rng);
    const std::string data = stored(d);
    INFO(data);
    CHECK(stored(ombud::read_stored_decision(data)) ==
          stored(ombud::decision_from_json(nlohmann::ordered_json::parse(data))));
    CHECK(stored(ombud::read_stored_decision(data)) == data);
  }
}

TEST_CASE("stored data the fast reader leaves to nlohmann::json", "[stored]") {
  const ombud::Decision d = ombud::test::sample_decisions().front();
  auto same = [](const std::string& data) {
    return stored(ombud::read_stored_decision(data)) ==
           stored(ombud::decision_from_json(nlohmann::ordered_json::parse(data)));
  };
  CHECK(same(R"({"text":"caf\u00e9 \ud83d\ude00","title":"T","case_ref":"1"})"));
  CHECK(same(R"( { "case_ref" : "2" , "remedies" : ["a", "b,c"], "text" : "x" } )"));
  CHECK(same(R"({"title":"t","text":"y","amounts":[1, 2.5]})"));
  CHECK_THROWS_AS(ombud::read_stored_decision(R"({"title":null,"text":"y"})"),
                  nlohmann::json::exception);  // as decision_from_json throws
  CHECK(same("{}"));
  CHECK(same(stored(d)));
  CHECK_THROWS_AS(ombud::read_stored_decision(R"({"text":"unterminated)"),
                  nlohmann::json::exception);
  CHECK_THROWS_AS(ombud::read_stored_decision(R"({"case_ref":,"text":"x"})"),
                  nlohmann::json::exception);
}
