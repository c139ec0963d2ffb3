// The query language end to end, on the real binaries: filters restrict the whole query, syntax
// mistakes are errors that point at the place, names as people type them, filters for missing
// fields, --facets with spaces. The database is tests/fixtures/search and tests/fixtures/names.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "search_cli.hpp"

namespace {

using ombud::test::CommandResult;
using ombud::test::json_case_refs;
using Refs = std::set<std::string>;

const std::string& fixture_db() {
  static const ombud::test::IndexedDb db(
      {ombud::test::search_fixtures(),
       std::filesystem::path(OMBUD_SOURCE_DIR) / "tests" / "fixtures" / "names"});
  return db.path();
}

CommandResult run(const std::vector<std::string>& args) {
  return ombud::test::run_search(fixture_db(), args);
}

// The decisions a query finds (all of them: the fixtures are fewer than the limit).
Refs found(const std::string& query) {
  const CommandResult r = run({"--json", "--limit", "50", "--", query});
  INFO(query << "\n" << r.err);
  CHECK((r.exit_code == 0 || r.exit_code == 1));
  return json_case_refs(r.out);
}

std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> out;
  std::size_t start = 0;
  for (std::size_t nl; (nl = text.find('\n', start)) != std::string::npos; start = nl + 1)
    out.push_back(text.substr(start, nl - start));
  if (start < text.size()) out.push_back(text.substr(start));
  return out;
}

const Refs kUpheld = {"20-012-345", "22-031-415", "23-040-501", "24-002-913", "24-100-201"};
const Refs kNotUpheld = {"21-087-006", "22-061-772", "23-004-219"};  // closed ones included

}  // namespace

TEST_CASE("e2e: a filter restricts the whole query, whatever OR and NOT the words use",
          "[e2e][query_language]") {
  // Xapian alone reads the first as (complained FILTER upheld) OR enforcement, which finds the
  // closed 21-087-006 through "enforcement".
  CHECK(found("outcome:upheld complained OR enforcement") == kUpheld);
  CHECK(found("complained OR enforcement outcome:upheld") == kUpheld);
  CHECK(found("NOT outcome:upheld complained OR enforcement") == kNotUpheld);
  CHECK(found("-outcome:upheld complained OR enforcement") == kNotUpheld);
  // Filters on one field are alternatives, with or without OR between them.
  CHECK(found("council:hollowmere OR council:saltmarsh complained") ==
        Refs{"20-012-345", "22-031-415", "24-100-201"});
  CHECK(found("council:hollowmere council:saltmarsh complained") ==
        Refs{"20-012-345", "22-031-415", "24-100-201"});
  // A filter in brackets applies to its brackets.
  CHECK(found("(council:hollowmere placements) OR (council:saltmarsh breakfast)") ==
        Refs{"20-012-345", "24-100-201"});

  const CommandResult shown = run({"--show-query", "--count", "outcome:not-upheld fault OR delay"});
  CHECK((shown.out + shown.err).find("FILTER XOUTCOMEnot-upheld))") != std::string::npos);
}

TEST_CASE("e2e: a syntax mistake is exit 2, nothing on stdout, the query and a caret on stderr",
          "[e2e][query_language][errors]") {
  struct Row {
    const char* query;
    const char* problem;
    std::size_t column;
  };
  const Row rows[] = {
      {"delay OR apology)", "a ')' with no '(' before it", 17},
      {"(delay OR apology", "a '(' that is never closed", 1},
      {"delay \"statutory complaints", "a quote that is never closed", 7},
      {"delay OR", "'OR' at the end of the query has nothing after it", 7},
      {"delay council:", "'council:' has no value", 7},
      {"AND shed", "'AND' at the start of the query has nothing before it", 1},
  };
  for (const Row& r : rows) {
    for (const char* format : {"--json", "--csv", "--count"}) {
      const CommandResult result = run({format, r.query});
      INFO(r.query << " " << format << "\n" << result.err);
      CHECK(result.exit_code == 2);
      CHECK(result.out.empty());
      const std::vector<std::string> lines = lines_of(result.err);
      REQUIRE(lines.size() == 3);
      CHECK(lines[0].starts_with("ombud-search: error: "));
      CHECK(lines[0].find(r.problem) != std::string::npos);
      CHECK(lines[0].ends_with("(column " + std::to_string(r.column) + ")"));
      CHECK(lines[1] == "  " + std::string(r.query));
      CHECK(lines[2] == std::string(r.column + 1, ' ') + "^");
    }
  }
}

TEST_CASE("e2e: names as people type them", "[e2e][query_language]") {
  const Refs ashby = {"23-040-501"};
  CHECK(found("council:\"ashby and fenmore\"") == ashby);
  CHECK(found("council:\"ashby & fenmore\"") == ashby);
  CHECK(found("council:\"London Borough of Ashby and Fenmore\"") == ashby);
  CHECK(found("council:\"LB Ashby & Fenmore\"") == ashby);
  CHECK(found("council:\"saint aldwyn\"") == Refs{"22-061-772"});
  CHECK(found("council:\"st aldwyn mbc\"") == Refs{"22-061-772"});
  CHECK(found("council:\"rb kestrelmouth\"") == Refs{"24-002-913"});
  CHECK(found("council:\"kestrelmouth council\"") == Refs{"24-002-913"});
  CHECK(found("council:\"fernbridge cc\"") == Refs{"21-087-006", "23-004-219"});
  CHECK(found("council:\"saltmarsh dc\"") == Refs{"24-100-201"});
  CHECK(found("council:\"hollowmere bc\"") == Refs{"20-012-345", "22-031-415"});
  CHECK(found("category:children") == Refs{"20-012-345", "22-031-415", "23-040-501"});
  CHECK(found("subcategory:children") == Refs{"20-012-345", "22-031-415"});
  CHECK(found("category:housing") == Refs{"24-002-913", "24-100-201"});
}

TEST_CASE("e2e: filters for decisions without a field", "[e2e][query_language]") {
  CHECK(found("date:none") == Refs{"22-061-772"});
  CHECK(found("year:none") == Refs{"22-061-772"});
  CHECK(found("category:none") == Refs{"22-061-772"});
  CHECK(found("subcategory:none") == Refs{"22-061-772"});
  CHECK(found("-date:none outcome:not-upheld") == Refs{"23-004-219"});
  CHECK(found("date:none OR date:>=2024") == Refs{"22-061-772", "24-002-913", "24-100-201"});
  CHECK(found("outcome:none").empty());
}

TEST_CASE("e2e: --facets takes spaces after its commas", "[e2e][query_language]") {
  const CommandResult r = run({"--json", "--facets", "council, year ,outcome", "complained"});
  INFO(r.err);
  CHECK(r.exit_code == 0);
  const std::vector<std::string> lines = lines_of(r.out);
  REQUIRE(!lines.empty());
  const auto summary = nlohmann::json::parse(lines.back());
  CHECK(summary["facets"].contains("council"));
  CHECK(summary["facets"].contains("year"));
  CHECK(summary["facets"].contains("outcome"));
}
