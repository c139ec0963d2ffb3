// The smaller items of issue 12: control characters in messages are escaped, long values cut,
// the summary counts only the bytes it read, --rehash catches an edit that kept size and mtime,
// and a compaction that fails after the commit says so (exit 1).
#include <fmt/format.h>
#include <xapian.h>

#include <catch2/catch.hpp>
#include <filesystem>

#include "fixture_decisions.hpp"
#include "run_command.hpp"
#include "temp_dir.hpp"

using namespace ombud::test;
namespace fs = std::filesystem;

namespace {

std::string index_command(const fs::path& db, const std::string& options, const fs::path& corpus) {
  return shell_quote(OMBUD_INDEX_BIN) + " -q " + options + " --db " + shell_quote(db.string()) +
         " " + shell_quote(corpus.string());
}

}  // namespace

TEST_CASE("messages escape control characters and cut long values", "[faults]") {
  TempDir dir;
  write_file(dir / "corpus" / "e\x1b[2Jmpty.txt", "");
  write_file(dir / "corpus" / "good.txt", fixture_decision(1));
  const fs::path db = dir / "db";
  const auto r = run_command(index_command(db, "", dir / "corpus"));
  CHECK(r.exit_code == 1);
  CHECK_THAT(r.err, Catch::Contains("e\\x1b[2Jmpty.txt: error: empty file"));
  CHECK(r.err.find('\x1b') == std::string::npos);

  const auto shown =
      run_command(shell_quote(OMBUD_SEARCH_BIN) + " --db " + shell_quote(db.string()) + " --show " +
                  shell_quote(std::string(10000, '7')));
  CHECK(shown.exit_code == 2);
  CHECK_THAT(shown.err, Catch::Contains("(10000 bytes in all)"));
  CHECK(shown.err.size() < 300);
}

TEST_CASE("the summary counts the bytes it read, not those of a file skipped unread", "[faults]") {
  TempDir dir;
  write_file(dir / "corpus" / "good.txt", fixture_decision(1));
  write_file(dir / "corpus" / "huge.txt", std::string(3'000'000, 'a'));
  const auto r = run_command(index_command(dir / "db", "--max-size 100000", dir / "corpus"));
  CHECK(r.exit_code == 1);
  CHECK_THAT(r.out, Catch::Contains("skipped 1"));
  CHECK_THAT(r.out, Catch::Contains("; read 0.0 MB in "));
}

TEST_CASE("ombud-index --rehash reads again a file edited without changing its size or mtime",
          "[faults]") {
  TempDir dir;
  const fs::path file = dir / "corpus" / "one.txt";
  const std::string text = fixture_decision(1);
  write_file(file, text);
  const fs::path db = dir / "db";
  REQUIRE(run_command(index_command(db, "", dir / "corpus")).exit_code == 0);

  // The same number of bytes, one word changed, the old modification time put back.
  const auto mtime = fs::last_write_time(file);
  std::string edited = text;
  const auto at = edited.find("apologise");
  REQUIRE(at != std::string::npos);
  edited.replace(at, 9, "zebrafish");
  write_file(file, edited);
  fs::last_write_time(file, mtime);

  auto r = run_command(index_command(db, "", dir / "corpus"));
  CHECK_THAT(r.out, Catch::Contains("replaced 0, unchanged 1"));
  CHECK(Xapian::Database(db.string()).get_termfreq("Zzebrafish") == 0);

  r = run_command(index_command(db, "--rehash", dir / "corpus"));
  CHECK(r.exit_code == 0);
  CHECK_THAT(r.out, Catch::Contains("added 0, replaced 1, unchanged 0"));
  CHECK(Xapian::Database(db.string()).get_termfreq("Zzebrafish") == 1);

  r = run_command(index_command(db, "--rehash", dir / "corpus"));
  CHECK_THAT(r.out, Catch::Contains("replaced 0, unchanged 1"));  // read, found the same
}

TEST_CASE("a compaction that fails after the commit says so, exit 1, the database as before",
          "[faults]") {
  TempDir dir;
  for (int n = 0; n < 100; ++n)
    write_file(dir / "corpus" / fmt::format("d{:03}.txt", n), fixture_decision(n));
  const fs::path db = dir / "db";
  REQUIRE(run_command(index_command(db, "", dir / "corpus")).exit_code == 0);
  // `ulimit -f` (KB) below the size of the compacted copy's files: a run with nothing to add
  // writes no block past the ends of the files there, the compaction writes new files.
  const auto r = run_command("ulimit -f 64; " + index_command(db, "--compact", dir / "corpus"));
  INFO(r.err);
  CHECK(r.exit_code == 1);
  CHECK_THAT(r.out, Catch::Contains("unchanged 100"));
  CHECK_THAT(r.err, Catch::Contains("compaction failed, the decisions are committed"));
  CHECK_THAT(r.err, Catch::Contains("File too large"));
  CHECK(Xapian::Database(db.string()).get_doccount() == 100);
  CHECK(run_command("xapian-check " + shell_quote(db.string())).exit_code == 0);
  CHECK_FALSE(fs::exists(db.string() + ".compacting"));
  CHECK_FALSE(fs::exists(db.string() + ".before-compaction"));
}
