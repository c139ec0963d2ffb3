// The seeds' acceptance test: every field of ${OMBUD_SEEDS_DIR}/expected.jsonl, for each of the
// real decisions there. remedies_include is a minimum, an outcome of "*" is not asserted, and
// amounts are compared in whole pounds (as the seeds' README gives them). Registered only where
// the seeds folder is (tests/CMakeLists.txt): here, a missing expected.jsonl is a failure.
#include <algorithm>
#include <catch2/catch.hpp>
#include <filesystem>

#include "expected_facts.hpp"
#include "extract/decision_loader.hpp"

using namespace ombud;
namespace fs = std::filesystem;

namespace {

std::vector<long long> whole_pounds(const std::vector<Pence>& amounts) {
  std::vector<long long> out;
  for (Pence p : amounts) out.push_back(p / 100);
  return out;
}

nlohmann::json optional_json(const std::optional<std::string>& s) {
  return s ? nlohmann::json(*s) : nlohmann::json(nullptr);
}

}  // namespace

TEST_CASE("seed decisions: every expected field", "[seeds][acceptance]") {
  const fs::path dir = OMBUD_SEEDS_DIR;
  REQUIRE(fs::exists(dir / "expected.jsonl"));
  const auto lines = test::read_expected(dir / "expected.jsonl");
  REQUIRE(!lines.empty());
  for (const auto& [file, e] : lines) {
    INFO("seed " << file);
    const Decision d = parse_decision(test::read_bytes(dir / file), file, LoadOptions{});
    CHECK(d.organisation == e.at("organisation").get<std::string>());
    CHECK(d.case_ref == e.at("case_ref").get<std::string>());
    CHECK(d.doc_type == e.at("doc_type").get<std::string>());
    CHECK(optional_json(d.category) == e.at("category"));
    CHECK(optional_json(d.subcategory) == e.at("subcategory"));
    if (e.at("outcome") != "*") CHECK(d.outcome == e.at("outcome").get<std::string>());
    CHECK(optional_json(d.decision_date) == e.at("decision_date"));
    CHECK(d.ofsted_shared == e.at("ofsted_shared").get<bool>());
    CHECK(whole_pounds(d.amounts) == e.at("amounts").get<std::vector<long long>>());
    CHECK(whole_pounds(d.remedy_payments) == e.at("remedy_payments").get<std::vector<long long>>());
    for (const auto& kind : e.at("remedies_include")) {
      INFO("remedy kind " << kind);
      CHECK(std::count(d.remedies.begin(), d.remedies.end(), kind.get<std::string>()) == 1);
    }
    CHECK(d.source == "lgsco");
    CHECK((d.outcome == "unknown") == (d.outcome_source == "unknown"));
  }
}

TEST_CASE("the saved-page seed keeps no page furniture", "[seeds][acceptance]") {
  const fs::path dir = OMBUD_SEEDS_DIR;
  std::size_t pages = 0;
  for (const auto& entry : fs::directory_iterator(dir)) {
    if (entry.path().extension() != ".txt") continue;
    ++pages;
    INFO(entry.path());
    const Decision d = parse_decision(test::read_bytes(entry.path()), entry.path().string(), {});
    for (const char* furniture :
         {"cookies", "Cookies", "Back to top", "Print this page", "logogram", "privacy settings"}) {
      INFO(furniture);
      CHECK(d.text.find(furniture) == std::string::npos);
    }
    CHECK(d.text.find(d.title) == std::string::npos);
  }
  CHECK(pages > 0);
}
