// ombud-search on the five real seed decisions, indexed by the real ombud-index. Registered only
// where the seeds folder is beside the checkout (tests/CMakeLists.txt).
#include <catch2/catch.hpp>
#include <filesystem>

#include "search_cli.hpp"

namespace {

using Refs = std::set<std::string>;

const ombud::test::IndexedDb& seeds_db() {
  static const ombud::test::IndexedDb db({std::filesystem::path(OMBUD_SEEDS_DIR)});
  return db;
}

}  // namespace

TEST_CASE("seeds: the facets the seeds' expected.jsonl gives", "[e2e][seeds]") {
  const ombud::test::IndexedDb& db = seeds_db();
  struct Row {
    const char* query;
    Refs expected;
  };
  const Row rows[] = {
      {"ofsted:yes", {"24-010-566", "21-010-500", "21-018-132"}},
      {"paid:>=300", {"24-010-138", "21-010-500"}},
      {"date:2022", {"21-010-500"}},
      {"type:report", {"24-010-138"}},
      {"24 010 138", {"24-010-138"}},
      {"council:\"waltham forest\"", {"24-010-138", "23-000-435"}},
  };
  for (const Row& r : rows) {
    INFO(r.query);
    const auto result = ombud::test::run_search(db.path(), {"--json", r.query});
    INFO(result.err);
    CHECK(result.exit_code == 0);
    CHECK(ombud::test::json_case_refs(result.out) == r.expected);
  }
}

TEST_CASE("seeds: page furniture is not indexed", "[e2e][seeds]") {
  const auto r = ombud::test::run_search(seeds_db().path(), {"cookies"});
  CHECK(r.exit_code == 1);
  CHECK(r.out == "No decisions match.\n");
}
