// One spelling, one word, end to end: ombud-index on a decision in British spellings, one in
// American spellings and one holding their false friends (tests/fixtures/spelling), then
// ombud-search for each spelling. Also: a database of the schema version before the spelling
// table is refused by both tools with the re-index message.
#include <catch2/catch.hpp>

#include "schema.hpp"
#include "search_cli.hpp"

namespace {

using ombud::test::CommandResult;
using Refs = std::set<std::string>;

const std::string& spelling_db() {
  static const ombud::test::IndexedDb db(
      {std::filesystem::path(OMBUD_SOURCE_DIR) / "tests" / "fixtures" / "spelling"});
  return db.path();
}

Refs found(const std::string& query) {
  const CommandResult r = ombud::test::run_search(spelling_db(), {"--json", query});
  INFO(query << "\n" << r.err);
  REQUIRE(r.exit_code <= 1);  // 1: no match
  return ombud::test::json_case_refs(r.out);
}

const Refs kBoth = {"25-001-101", "25-002-202"};

}  // namespace

TEST_CASE("e2e: British and American spellings find the same decisions", "[e2e][spelling]") {
  const char* queries[] = {"apology",
                           "apologies",
                           "apologise",
                           "apologised",
                           "apologize",
                           "apologized",
                           "organisation",
                           "organization",
                           "organise",
                           "organized",
                           "recognise",
                           "recognize",
                           "realise",
                           "realize",
                           "realisation",
                           "prioritise",
                           "prioritize",
                           "minimise",
                           "minimize",
                           "finalise",
                           "finalize",
                           "categorise",
                           "categorize",
                           "criticise",
                           "criticize",
                           "emphasise",
                           "emphasize",
                           "summarise",
                           "summarize",
                           "analyse",
                           "analyze",
                           "analysing",
                           "paralysed",
                           "paralyzed",
                           "authorise",
                           "authorized",
                           "\"did not recognise\"",
                           "\"maintenance organisation\"",
                           "\"repairs organization\""};
  for (const char* q : queries) {
    INFO(q);
    if (std::string_view(q) == "\"maintenance organisation\"")
      CHECK(found(q) == Refs{"25-002-202"});
    else if (std::string_view(q) == "\"repairs organization\"")
      CHECK(found(q) == Refs{"25-001-101"});
    else
      CHECK(found(q) == kBoth);
  }
}

TEST_CASE("e2e: the false friends of -ise spellings stay apart", "[e2e][spelling]") {
  // Porter2 alone gives authorized, authority and author one stem, and realized real, organized
  // organ, criticized critical: the table maps those groups to the British spelling instead.
  for (const char* q : {"authority", "author", "real", "organ", "critical", "promise", "exercise",
                        "advice", "otherwise"}) {
    INFO(q);
    CHECK(found(q) == Refs{"25-003-303"});
  }
}

TEST_CASE("e2e: a database of the schema version before the spelling table is refused",
          "[e2e][errors][spelling]") {
  ombud::test::TempDir dir;
  const std::string old = (dir / "old.db").string();
  const std::string previous = std::to_string(ombud::schema::kSchemaVersion - 1);
  {
    Xapian::WritableDatabase db(old, Xapian::DB_CREATE);
    db.set_metadata(std::string(ombud::schema::kSchemaVersionKey), previous);
    db.add_document(Xapian::Document());
    db.commit();
  }
  const std::string message =
      "was written with ombud schema version " + previous + ", and this ombud reads version " +
      std::to_string(ombud::schema::kSchemaVersion) + ": re-index it with `ombud-index --db " + old;

  const CommandResult search = ombud::test::run_search(old, {"apologise"});
  INFO(search.err);
  CHECK(search.exit_code == 2);
  CHECK(search.out.empty());
  CHECK(search.err.find(message) != std::string::npos);

  const std::filesystem::path decision = std::filesystem::path(OMBUD_SOURCE_DIR) / "tests" /
                                         "fixtures" / "spelling" / "brindlecombe_25001101.txt";
  const CommandResult index = ombud::test::run_command(
      ombud::test::shell_quote(OMBUD_INDEX_BIN) + " --db " + ombud::test::shell_quote(old) + " " +
      ombud::test::shell_quote(decision.string()));
  INFO(index.err);
  CHECK(index.exit_code != 0);
  CHECK(index.err.find(message) != std::string::npos);
}
