// ombud-search on the five real seed decisions, indexed by the real ombud-index. Registered only
// where the seeds folder is beside the checkout (tests/CMakeLists.txt).
#include <catch2/catch.hpp>
#include <filesystem>
#include <map>
#include <nlohmann/json.hpp>

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

TEST_CASE("seeds: the URL of each decision's page, where it can be derived", "[e2e][seeds][url]") {
  // Only 003 (21-010-500, saved from the web) has a category and a sub-category.
  const auto r = ombud::test::run_search(seeds_db().path(), {"--json", "--all", "--", ""});
  INFO(r.err);
  REQUIRE(r.exit_code == 0);
  std::map<std::string, nlohmann::json> urls;
  std::size_t start = 0;
  for (std::size_t nl; (nl = r.out.find('\n', start)) != std::string::npos; start = nl + 1) {
    const auto hit = nlohmann::json::parse(r.out.substr(start, nl - start));
    if (!hit.contains("case_ref")) continue;
    urls[hit["case_ref"]] = hit["url"];
    CHECK(hit["path"].get<std::string>().find("/seeds/") != std::string::npos);
  }
  REQUIRE(urls.size() == 5);
  CHECK(urls["21-010-500"] ==
        "https://www.lgo.org.uk/decisions/children-s-care-services/disabled-children/21-010-500");
  for (const char* ref : {"24-010-138", "24-010-566", "23-000-435", "21-018-132"}) {
    INFO(ref);
    CHECK(urls[ref].is_null());
  }
}
