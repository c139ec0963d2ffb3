// The thesaurus at query time, end to end: ombud-index on decisions that each write a concept in
// one form only (tests/fixtures/thesaurus), then ombud-search by another form of it. An acronym
// finds the spelled-out form and back, a group of words finds the acronym, and a phrase or a
// filter value keeps meaning what it says.
#include <catch2/catch.hpp>

#include "search_cli.hpp"

namespace {

using ombud::test::CommandResult;
using Refs = std::set<std::string>;

const std::string& thesaurus_db() {
  static const ombud::test::IndexedDb db(
      {std::filesystem::path(OMBUD_SOURCE_DIR) / "tests" / "fixtures" / "thesaurus"});
  return db.path();
}

CommandResult search(const std::vector<std::string>& args) {
  const CommandResult r = ombud::test::run_search(thesaurus_db(), args);
  INFO(r.err);
  REQUIRE(r.exit_code <= 1);  // 1: no match
  return r;
}

Refs found(const std::string& query) {
  const CommandResult r = search({"--json", query});
  INFO(query);
  return ombud::test::json_case_refs(r.out);
}

constexpr const char* kFullName = "25-004-401";  // "Education, Health and Care Plan"
constexpr const char* kAcronyms = "25-005-502";  // DoLS, SGO
constexpr const char* kEhcp = "25-006-603";      // EHCP

}  // namespace

TEST_CASE("e2e: EHCP finds the Education, Health and Care Plan and back", "[e2e][synonyms]") {
  CHECK(found("EHCP") == Refs{kFullName, kEhcp});
  CHECK(found("ehcps") == Refs{kFullName, kEhcp});  // any case, any ending the stemmer joins
  CHECK(found("Education Health and Care Plan") == Refs{kFullName, kEhcp});
  CHECK(found("EHC plan") == Refs{kFullName, kEhcp});
  // With other words and filters, the synonym is one word of the query.
  CHECK(found("EHCP transport") == Refs{kEhcp});
  CHECK(found("EHCP outcome:upheld") == Refs{kFullName});
}

TEST_CASE("e2e: DoLS and a multiword form", "[e2e][synonyms]") {
  CHECK(found("DoLS") == Refs{kAcronyms});
  CHECK(found("deprivation of liberty safeguards") == Refs{kAcronyms});
  // Three words typed as a group find the acronym the decision writes.
  CHECK(found("special guardianship order") == Refs{kAcronyms});
}

TEST_CASE("e2e: phrases and filter values are not expanded", "[e2e][synonyms]") {
  // A phrase is the words as typed: "EHCP" in quotes is the acronym alone.
  CHECK(found("\"EHCP\"") == Refs{kEhcp});
  CHECK(found("\"deprivation of liberty safeguards\"").empty());
  // A filter's value is the field's own: no organisation or category is called EHCP.
  CHECK(found("category:EHCP").empty());
}

TEST_CASE("e2e: --show-query shows the expansion, and snippets mark the synonym words",
          "[e2e][synonyms]") {
  const CommandResult q = search({"--show-query", "--color", "always", "EHCP", "outcome:upheld"});
  CHECK_THAT(q.out, Catch::Contains("SYNONYM (Zeduc PHRASE 5 Zhealth PHRASE 5 Zand PHRASE 5 "
                                    "Zcare PHRASE 5 Zplan)"));
  // The one upheld match writes the full name only: its words are marked.
  CHECK_THAT(q.out, Catch::Contains("\x1b[1;31mEducation\x1b[0m, \x1b[1;31mHealth\x1b[0m"));
  // And back: the words typed find the acronym, which is marked.
  const CommandResult d =
      search({"--color", "always", "deprivation of liberty safeguards", "--limit", "1"});
  CHECK_THAT(d.out, Catch::Contains("\x1b[1;31mDoLS\x1b[0m"));
}
