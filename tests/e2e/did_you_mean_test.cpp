// "Did you mean", end to end: ombud-index builds the spelling dictionary from the sample
// decisions (corpus/sample), and ombud-search suggests the word a misspelt one was meant to be,
// with the count the suggestion finds when the query found nothing, in each output format.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "json_summary.hpp"
#include "search_cli.hpp"

namespace {

using ombud::test::CommandResult;

std::filesystem::path sample() {
  return std::filesystem::path(OMBUD_SOURCE_DIR) / "corpus/sample";
}

const std::string& sample_db() {
  static const ombud::test::IndexedDb db({sample()});
  return db.path();
}

CommandResult search(const std::vector<std::string>& args, const std::string& db = sample_db()) {
  const CommandResult r = ombud::test::run_search(db, args);
  INFO(r.err);
  REQUIRE(r.exit_code <= 1);  // 1: no match
  return r;
}

// What the query finds, as --count says.
std::string count(const std::string& query) {
  std::string out = search({"--count", query}).out;
  return out.substr(0, out.find('\n'));
}

}  // namespace

TEST_CASE("e2e: a misspelt word gets the word it was meant to be, and its count",
          "[e2e][did-you-mean]") {
  const std::pair<const char*, const char*> cases[] = {
      {"safegaurding", "safeguarding"},
      {"accomodation", "accommodation"},
      {"homelesness", "homelessness"},
  };
  for (const auto& [typed, meant] : cases) {
    INFO(typed);
    const CommandResult r = search({"--color", "never", typed});
    CHECK(r.exit_code == 1);
    const std::string n = count(meant);
    REQUIRE(n != "0");
    CHECK(r.out == std::string("No decisions match.\nDid you mean: ") + meant + "? (" + n +
                       (n == "1" ? " decision)\n" : " decisions)\n"));
  }
}

TEST_CASE("e2e: the suggestion keeps the rest of the query as typed", "[e2e][did-you-mean]") {
  const CommandResult r = search({"--color", "never", "comlaint outcome:upheld"});
  const std::string n = count("complaint outcome:upheld");
  CHECK_THAT(r.out, Catch::Contains("Did you mean: complaint outcome:upheld? (" + n));
  // With matches, a suggestion has no count: the query's own results are listed.
  const CommandResult some = search({"--color", "never", "safegaurding OR council"});
  CHECK_THAT(some.out, Catch::Contains("\nDid you mean: safeguarding OR council?\n"));
}

TEST_CASE("e2e: no suggestion for words that exist, filter values, case references",
          "[e2e][did-you-mean]") {
  for (const char* query : {"safeguarding", "council:safegaurding", "24-999-999",
                            "\"safegaurding\"", "safegaurd*", "EHCP", "zzzzqx"}) {
    INFO(query);
    const CommandResult r = search({"--json", query});
    // The summary, the last line, has no "Did you mean" (a wildcard's own "suggestion", the stem
    // form when it matches nothing, is the help of zero_hit_help_test.cpp).
    const nlohmann::json summary = ombud::test::json_summary(r.out);
    CHECK_FALSE(summary.contains("suggestion"));
    CHECK_FALSE(summary.contains("suggestion_total"));
  }
}

TEST_CASE("e2e: the suggestion in JSON and beside CSV", "[e2e][did-you-mean]") {
  const CommandResult j = search({"--json", "safegaurding"});
  CHECK(j.out ==
        "{\"total\":0,\"facets\":{},\"suggestion\":\"safeguarding\",\"suggestion_total\":" +
            count("safeguarding") + "}\n");
  const CommandResult c = search({"--csv", "accomodation"});
  CHECK(c.out.find("accommodation") == std::string::npos);  // the CSV is data only
  CHECK_THAT(c.err, Catch::Contains("ombud-search: Did you mean: accommodation? ("));
}

TEST_CASE("e2e: ombud-index --no-spelling leaves the dictionary out", "[e2e][did-you-mean]") {
  ombud::test::TempDir dir;
  const std::string db = (dir.path() / "plain.db").string();
  const CommandResult index = ombud::test::run_command(
      ombud::test::shell_quote(OMBUD_INDEX_BIN) + " --no-spelling --db " +
      ombud::test::shell_quote(db) + " " + ombud::test::shell_quote(sample().string()));
  REQUIRE(index.exit_code == 0);
  const CommandResult r = search({"--color", "never", "safegaurding"}, db);
  CHECK(r.out == "No decisions match.\n");
}
