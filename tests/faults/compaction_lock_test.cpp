// `--compact` holds the database's write lock through compaction and the swap. The indexer's
// test hook (OMBUD_TEST_PAUSE_COMPACTION) stops the first run between the swap's two renames,
// the worst moment: the database is then only at PATH.before-compaction.
#include <fmt/format.h>
#include <xapian.h>

#include <catch2/catch.hpp>
#include <chrono>
#include <thread>

#include "fixture_decisions.hpp"
#include "indexer_process.hpp"
#include "run_command.hpp"
#include "temp_dir.hpp"

using namespace ombud::test;
namespace fs = std::filesystem;

namespace {

// Waits for `file` to appear, for as long as a loaded machine could need: the indexer creates it
// when it reaches the hook. Returns false when it never does (the test then fails, not hangs).
bool appears(const fs::path& file) {
  for (int i = 0; i < 120 * 100; ++i) {
    if (fs::exists(file)) return true;
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
  }
  return false;
}

std::string search_count(const fs::path& db) {
  const auto r = run_command(shell_quote(OMBUD_SEARCH_BIN) + " --count --db " +
                             shell_quote(db.string()) + " council");
  INFO(r.err);
  return r.exit_code == 0 ? r.out : "exit " + std::to_string(r.exit_code) + ": " + r.err;
}

}  // namespace

TEST_CASE("a second indexer during --compact is refused, or waits, and loses nothing", "[faults]") {
  TempDir dir;
  write_fixture_decisions(dir / "first", 0, 200);
  write_fixture_decisions(dir / "second", 1000, 9);
  const fs::path db = dir / "db";
  const fs::path hook = dir / "hook";
  fs::create_directories(hook);

  const pid_t compacting =
      // --no-bulk: a bulk load would swap in its merge with the same hook, but over an empty
      // database (kill_bulk_load_test.cpp); this test wants 200 decisions there.
      spawn_indexer({"-q", "--compact", "--no-bulk", "--db", db.string(), (dir / "first").string()},
                    {{"OMBUD_TEST_PAUSE_COMPACTION", hook.string()}});
  REQUIRE(appears(hook / "paused"));
  REQUIRE_FALSE(fs::exists(db));  // between the renames: only PATH.before-compaction is whole

  // A search reads the intact copy.
  CHECK(search_count(db) == "200\n");

  // A second indexer is refused, naming the process that holds the lock, and writes nothing.
  const std::string second = shell_quote(OMBUD_INDEX_BIN) + " -q --db " + shell_quote(db.string()) +
                             " " + shell_quote((dir / "second").string());
  const auto refused = run_command(second);
  CHECK(refused.exit_code == 2);
  CHECK_THAT(refused.err, Catch::Contains("being written by another process"));
  CHECK_THAT(refused.err, Catch::Contains(fmt::format("pid {}", compacting)));
  CHECK(fs::exists(fs::path(db.string() + ".before-compaction")));
  CHECK(fs::exists(fs::path(db.string() + ".compacting")));

  // With --wait it waits for the compaction and the swap, then adds its decisions.
  const pid_t waiting =
      spawn_indexer({"-q", "--wait", "--db", db.string(), (dir / "second").string()});
  write_file(hook / "resume", "");
  CHECK(wait_for_exit(compacting) == 0);
  CHECK(wait_for_exit(waiting) == 0);

  CHECK(run_command("xapian-check " + shell_quote(db.string())).exit_code == 0);
  CHECK(Xapian::Database(db.string()).get_doccount() == 209);
  CHECK(search_count(db) == "209\n");
  CHECK_FALSE(fs::exists(fs::path(db.string() + ".before-compaction")));
  CHECK_FALSE(fs::exists(fs::path(db.string() + ".compacting")));
}
