// The kill test of crash_safety_test.cpp, at the two steps it does not reach: `--compact` (the
// copy, the two renames, the facet files) and `--shards N` creating its shards and stub. After
// each kill the database opens, passes the check, search counts every decision it holds (or,
// for shards without their stub yet, says so), and a last run completes the job.
#include <fmt/format.h>
#include <xapian.h>

#include <algorithm>
#include <catch2/catch.hpp>
#include <chrono>
#include <random>

#include "fixture_decisions.hpp"
#include "indexer_process.hpp"
#include "run_command.hpp"
#include "schema.hpp"
#include "temp_dir.hpp"

using namespace ombud::test;
namespace fs = std::filesystem;

namespace {

constexpr int kKills = 15;

CommandResult run(const std::string& tool, const std::string& args) {
  return run_command(shell_quote(tool) + " " + args);
}

// Every decision 0..count-1 is in `db` exactly once.
void check_complete(const fs::path& db, int count) {
  Xapian::Database d(db.string());
  CHECK(d.get_doccount() == static_cast<Xapian::doccount>(count));
  int wrong = 0;
  for (int n = 0; n < count; ++n) {
    std::string ref = printed_case_ref(n);
    for (char& c : ref)
      if (c == ' ') c = '-';
    if (d.get_termfreq(ombud::schema::id_term(ref)) != 1) ++wrong;
  }
  CHECK(wrong == 0);
}

}  // namespace

TEST_CASE("killing ombud-index during --compact at random moments loses nothing", "[faults]") {
  TempDir dir;
  const int kFiles = 600;
  write_fixture_decisions(dir / "corpus", 0, kFiles);
  const fs::path db = dir / "db";
  const std::string db_arg = "--db " + shell_quote(db.string());
  REQUIRE(run(OMBUD_INDEX_BIN, "-q " + db_arg + " " + shell_quote((dir / "corpus").string()))
              .exit_code == 0);

  // Kills land within the time a whole --compact run takes on this machine, measured first: a
  // fixed range missed most runs on an idle machine, where they end before the kill.
  const auto whole_run = timed([&] {
    REQUIRE(run(OMBUD_INDEX_BIN,
                "-q --compact " + db_arg + " " + shell_quote((dir / "corpus").string()))
                .exit_code == 0);
  });
  std::mt19937 rng(20261207);
  auto delay_ms = kill_delays(whole_run);
  int kills = 0, copy_left = 0, between_renames = 0;
  for (int round = 0; kills < kKills && round < 4 * kKills; ++round) {
    if (killed_after(OMBUD_INDEX_BIN,
                     {"-q", "--compact", "--db", db.string(), (dir / "corpus").string()},
                     std::chrono::milliseconds(delay_ms(rng))))
      ++kills;
    if (fs::exists(db.string() + ".compacting")) ++copy_left;
    if (!fs::exists(db)) ++between_renames;
    INFO("round " << round);
    const auto checked = run(OMBUD_INDEX_BIN, "--check " + db_arg);
    INFO(checked.err);
    CHECK(checked.exit_code == 0);
    const auto counted = run(OMBUD_SEARCH_BIN, "--count " + db_arg + " council");
    INFO(counted.err);
    CHECK(counted.out == fmt::format("{}\n", kFiles));
  }
  INFO(copy_left << " kills left a compacted copy, " << between_renames
                 << " the database under its old name only");
  CHECK(kills == kKills);

  const auto done =
      run(OMBUD_INDEX_BIN, "-q --compact " + db_arg + " " + shell_quote((dir / "corpus").string()));
  CHECK(done.exit_code == 0);
  CHECK_FALSE(fs::exists(db.string() + ".before-compaction"));
  CHECK_FALSE(fs::exists(db.string() + ".compacting"));
  check_complete(db, kFiles);
}

TEST_CASE("killing ombud-index during --shards creation at random moments loses nothing",
          "[faults]") {
  TempDir dir;
  const int kFiles = 300;
  write_fixture_decisions(dir / "corpus", 0, kFiles);
  // As above: kills land within the time a whole creation takes here, measured first.
  const auto whole_run = timed([&] {
    REQUIRE(run(OMBUD_INDEX_BIN, "-q --shards 3 --batch-size 20 --db " +
                                     shell_quote((dir / "timed").string()) + " " +
                                     shell_quote((dir / "corpus").string()))
                .exit_code == 0);
  });
  std::mt19937 rng(20261208);
  auto delay_ms = kill_delays(whole_run);
  int kills = 0, cut_short = 0;
  for (int round = 0; kills < kKills && round < 4 * kKills; ++round) {
    // A new database each round: creation is what is killed.
    const fs::path db = dir / fmt::format("db{}", round);
    const std::string db_arg = "--db " + shell_quote(db.string());
    if (killed_after(OMBUD_INDEX_BIN,
                     {"-q", "--shards", "3", "--batch-size", "20", "--db", db.string(),
                      (dir / "corpus").string()},
                     std::chrono::milliseconds(delay_ms(rng))))
      ++kills;
    INFO("round " << round);
    if (!fs::exists(db)) continue;
    const auto counted = run(OMBUD_SEARCH_BIN, "--count " + db_arg + " council");
    INFO(counted.err);
    if (!fs::exists(db / "XAPIANDB")) {
      ++cut_short;
      if (!fs::is_empty(db)) {
        CHECK(counted.exit_code == 2);
        CHECK_THAT(counted.err, Catch::Contains("was cut short"));
      }
    } else {
      CHECK(run(OMBUD_INDEX_BIN, "--check " + db_arg).exit_code == 0);
      const auto held = Xapian::Database((db / "XAPIANDB").string()).get_doccount();
      CHECK(counted.out == fmt::format("{}\n", held));
      // Each shard's writer commits whole batches, and at the end of the run what is left: a
      // shard holds a multiple of the batch size, or all of its share (the timed run's shard).
      for (int shard = 0; shard < 3; ++shard) {
        const std::string name = fmt::format("shard-{:02}", shard);
        const auto count = Xapian::Database((db / name).string()).get_doccount();
        const auto share = Xapian::Database((dir / "timed" / name).string()).get_doccount();
        INFO(name << ": " << count << " of its " << share);
        CHECK((count % 20 == 0 || count == share));
      }
    }
    // The next run with --shards 3 finishes the job, every decision once.
    const auto done = run(OMBUD_INDEX_BIN,
                          "-q --shards 3 " + db_arg + " " + shell_quote((dir / "corpus").string()));
    INFO(done.err);
    CHECK(done.exit_code == 0);
    check_complete(db / "XAPIANDB", kFiles);
    fs::remove_all(db);
  }
  INFO(cut_short << " kills left shard folders without their stub");
  CHECK(kills == kKills);
}
