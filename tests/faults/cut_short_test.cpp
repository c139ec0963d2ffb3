// The states a killed run leaves between two steps, made by hand here exactly as the steps leave
// them: search reads or names each one, and the next indexer run finishes or undoes the step.
#include <fmt/format.h>
#include <xapian.h>

#include <catch2/catch.hpp>

#include "fixture_decisions.hpp"
#include "run_command.hpp"
#include "temp_dir.hpp"

using namespace ombud::test;
namespace fs = std::filesystem;

namespace {

CommandResult index(const fs::path& db, const fs::path& corpus, const std::string& options = "") {
  return run_command(shell_quote(OMBUD_INDEX_BIN) + " -q " + options + " --db " +
                     shell_quote(db.string()) + " " + shell_quote(corpus.string()));
}

CommandResult search_count(const fs::path& db) {
  return run_command(shell_quote(OMBUD_SEARCH_BIN) + " --count --db " + shell_quote(db.string()) +
                     " council");
}

}  // namespace

TEST_CASE("a sharded database whose shard's compaction stopped between its renames", "[faults]") {
  TempDir dir;
  write_fixture_decisions(dir / "corpus", 0, 40);
  const fs::path db = dir / "db";
  REQUIRE(index(db, dir / "corpus", "--shards 2").exit_code == 0);
  // Killed between the renames of shard-01's swap: it is only under its old name.
  fs::rename(db / "shard-01", db / "shard-01.before-compaction");
  fs::create_directories(db / "shard-01.compacting");

  const auto searched = search_count(db);
  INFO(searched.err);
  CHECK(searched.exit_code == 0);
  CHECK(searched.out == "40\n");

  write_fixture_decisions(dir / "corpus", 100, 3);
  const auto indexed = index(db, dir / "corpus");
  INFO(indexed.err);
  CHECK(indexed.exit_code == 0);
  CHECK_THAT(indexed.out, Catch::Contains("added 3, replaced 0, unchanged 40"));
  CHECK(fs::exists(db / "shard-01" / "iamglass"));
  CHECK_FALSE(fs::exists(db / "shard-01.before-compaction"));
  CHECK_FALSE(fs::exists(db / "shard-01.compacting"));
  CHECK(search_count(db).out == "43\n");
}

TEST_CASE("shard folders without their stub: a --shards run cut short while creating them",
          "[faults]") {
  TempDir dir;
  write_fixture_decisions(dir / "corpus", 0, 30);
  const fs::path db = dir / "db";
  // `--shards 3` killed after its first shard: shard-00 exists and is empty, no XAPIANDB yet.
  fs::create_directories(db);
  Xapian::WritableDatabase((db / "shard-00").string(), Xapian::DB_CREATE).commit();

  const auto searched = search_count(db);
  CHECK(searched.exit_code == 2);
  CHECK_THAT(searched.err, Catch::Contains("holds shard folders (shard-00) but no XAPIANDB stub"));
  CHECK_THAT(searched.err, Catch::Contains("--shards N"));

  // A plain run does not build a single database over the shard folders.
  const auto plain = index(db, dir / "corpus");
  CHECK(plain.exit_code == 2);
  CHECK_THAT(plain.err, Catch::Contains("cut short"));
  CHECK_FALSE(fs::exists(db / "iamglass"));

  // Running it again with --shards finishes the database.
  const auto finished = index(db, dir / "corpus", "--shards 3");
  INFO(finished.err);
  CHECK(finished.exit_code == 0);
  CHECK(fs::exists(db / "XAPIANDB"));
  CHECK(fs::exists(db / "shard-02" / "iamglass"));
  CHECK(search_count(db).out == "30\n");
  CHECK(Xapian::Database((db / "XAPIANDB").string()).get_doccount() == 30);
}

TEST_CASE("an empty folder left by a --shards run killed at once is filled with shards",
          "[faults]") {
  TempDir dir;
  write_fixture_decisions(dir / "corpus", 0, 10);
  fs::create_directories(dir / "db");
  const auto r = index(dir / "db", dir / "corpus", "--shards 2");
  INFO(r.err);
  CHECK(r.exit_code == 0);
  CHECK(search_count(dir / "db").out == "10\n");
}

TEST_CASE("a database Xapian was killed while creating is created again", "[faults]") {
  TempDir dir;
  write_fixture_decisions(dir / "corpus", 0, 10);
  // What a first run killed inside Xapian's creation leaves: tables, the lock, no iamglass.
  for (const char* name : {"flintlock", "postlist.glass", "termlist.glass", "v.tmp"})
    write_file(dir / "db" / name, "");
  const auto r = index(dir / "db", dir / "corpus");
  INFO(r.err);
  CHECK(r.exit_code == 0);
  CHECK(search_count(dir / "db").out == "10\n");

  // A folder with anything else in it is not taken for one, and not emptied.
  write_file(dir / "other" / "postlist.glass", "");
  write_file(dir / "other" / "notes.txt", "mine");
  CHECK(index(dir / "other", dir / "corpus").exit_code == 2);
  CHECK(fs::exists(dir / "other" / "notes.txt"));
}
