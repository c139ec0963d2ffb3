// Damage is found and named: `ombud-index --check` runs Xapian's consistency check and gives a
// verdict (exit 0 or 2), and damage met while searching or indexing names the database, says it
// is damaged (not that it is as at its last commit) and what to do.
#include <fmt/format.h>

#include <catch2/catch.hpp>
#include <fstream>

#include "fixture_decisions.hpp"
#include "run_command.hpp"
#include "temp_dir.hpp"

using namespace ombud::test;
namespace fs = std::filesystem;

namespace {

// Overwrites the file at `path` with `byte`, keeping its size.
void overwrite(const fs::path& path, char byte) {
  const std::string bytes(fs::file_size(path), byte);
  std::fstream(path, std::ios::in | std::ios::out | std::ios::binary)
      .write(bytes.data(), bytes.size());
}

}  // namespace

TEST_CASE("ombud-index --check gives a verdict, and damage is named with what to do", "[faults]") {
  TempDir dir;
  for (int n = 0; n < 20; ++n)
    write_file(dir / "corpus" / fmt::format("d{:02}.txt", n), fixture_decision(n));
  const std::string index = shell_quote(OMBUD_INDEX_BIN) + " -q";
  const std::string corpus = " " + shell_quote((dir / "corpus").string());
  const fs::path db = dir / "db";
  const fs::path sharded = dir / "sharded";
  REQUIRE(run_command(index + " --db " + shell_quote(db.string()) + corpus).exit_code == 0);
  REQUIRE(
      run_command(index + " --shards 2 --db " + shell_quote(sharded.string()) + corpus).exit_code ==
      0);
  auto check = [&](const fs::path& path) {
    return run_command(index + " --check --db " + shell_quote(path.string()));
  };

  auto r = check(db);
  CHECK(r.exit_code == 0);
  CHECK(r.out == fmt::format("ombud-index: {} passed Xapian's consistency check (1 database)\n",
                             db.string()));
  r = check(sharded);
  CHECK(r.exit_code == 0);
  CHECK_THAT(r.out, Catch::Contains("(2 databases)"));
  r = run_command(index + " --check --db " + shell_quote(db.string()) + corpus);
  CHECK(r.exit_code == 2);
  CHECK_THAT(r.err, Catch::Contains("--check takes no files"));

  SECTION("zeroed positions: searches would quietly find nothing; --check finds it") {
    overwrite(db / "position.glass", '\0');
    r = check(db);
    CHECK(r.exit_code == 2);
    CHECK_THAT(r.err, Catch::Contains(fmt::format("{} is damaged: {}: DatabaseCorruptError",
                                                  db.string(), db.string())));
    CHECK_THAT(r.err, Catch::Contains("Restore it from a copy, or re-index"));
  }
  SECTION("a shard's term lists overwritten: --check names the shard") {
    overwrite(sharded / "shard-01" / "termlist.glass", '\xff');
    r = check(sharded);
    CHECK(r.exit_code == 2);
    CHECK_THAT(r.err, Catch::Contains((sharded / "shard-01").string() + ": DatabaseCorruptError"));
  }
  SECTION("a cut iamglass: search and the indexer name the damage and what to do") {
    fs::resize_file(db / "iamglass", 10);
    r = run_command(shell_quote(OMBUD_SEARCH_BIN) + " --db " + shell_quote(db.string()) +
                    " council");
    CHECK(r.exit_code == 2);
    CHECK_THAT(r.err, Catch::Contains(fmt::format("the database {} is damaged", db.string())));
    CHECK_THAT(r.err, Catch::Contains("ombud-index --check --db"));
    write_file(dir / "corpus" / "new.txt", fixture_decision(100));
    r = run_command(index + " --db " + shell_quote(db.string()) + corpus);
    CHECK(r.exit_code == 2);
    CHECK_THAT(r.err, Catch::Contains(fmt::format("the database {} is damaged", db.string())));
    CHECK_THAT(r.err, !Catch::Contains("last commit"));
    CHECK(check(db).exit_code == 2);
  }
}
