// Golden test over the page-shape fixtures: each file in tests/fixtures/shapes/expected.jsonl
// through parse_decision, every field compared exactly (amounts to the penny, remedies as the
// whole list), one section per fixture so that a failure names the file.
#include <catch2/catch.hpp>
#include <filesystem>

#include "decision_json.hpp"
#include "expected_facts.hpp"
#include "extract/decision_loader.hpp"

using namespace ombud;
namespace fs = std::filesystem;

TEST_CASE("shape fixtures: every field exact", "[shapes][golden]") {
  const fs::path dir = fs::path(OMBUD_SOURCE_DIR) / "tests" / "fixtures" / "shapes";
  REQUIRE(fs::exists(dir / "expected.jsonl"));
  const auto lines = test::read_expected(dir / "expected.jsonl");
  REQUIRE(lines.size() >= 17);
  for (const auto& [file, e] : lines) {
    DYNAMIC_SECTION(file) {
      const Decision d = parse_decision(test::read_bytes(dir / file), file, LoadOptions{});
      // facts_json() is the shape --extract prints: compare through it, key by key.
      const nlohmann::json got = nlohmann::json::parse(facts_json(d).dump());
      for (const auto& [key, want] : e.items()) {
        if (key == "file") continue;
        INFO(file << ": " << key);
        REQUIRE(got.contains(key));
        if (key == "amounts" || key == "remedy_payments") {
          CHECK(test::pence_list(got.at(key)) == test::pence_list(want));
        } else {
          CHECK(got.at(key) == want);
        }
      }
    }
  }
}
