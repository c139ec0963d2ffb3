// With --like, the help when nothing matches counted its relaxed queries without the --like (every
// decision with the word), beside hits it found with it: the counts now carry the --like too.
#include <algorithm>
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "json_summary.hpp"
#include "search_cli.hpp"

namespace {

// The JSON summary (the last line) of ombud-search --json ARGS on `db`.
nlohmann::json summary(const std::string& db, std::vector<std::string> args) {
  args.push_back("--json");
  const ombud::test::CommandResult r = ombud::test::run_search(db, args);
  INFO(r.err);
  REQUIRE(r.exit_code <= 1);
  return ombud::test::json_summary(r.out);
}

}  // namespace

TEST_CASE("regression: with --like, the help when nothing matches counts with --like too",
          "[regression][e2e]") {
  const ombud::test::IndexedDb db(
      {std::filesystem::path(OMBUD_SOURCE_DIR) / "tests" / "fixtures" / "like"});
  const nlohmann::json none = summary(db.path(), {"--like", "25-201-001", "zzzqq council"});
  REQUIRE(none["total"] == 0);
  const nlohmann::json& dropped = none.at("relaxed").at("dropped");
  const auto without_typo = std::find_if(dropped.begin(), dropped.end(),
                                         [](const auto& d) { return d["without"] == "zzzqq"; });
  REQUIRE(without_typo != dropped.end());
  const auto with_like = summary(db.path(), {"--like", "25-201-001", "council"})["total"];
  CHECK((*without_typo)["total"] == with_like);
  CHECK(none["relaxed"]["best"]["total"] == with_like);
  CHECK(summary(db.path(), {"council"})["total"] != with_like);  // the test can tell them apart
}
