// Killing a bulk load (run/bulk_load.hpp) at random moments: the workers writing their chunks,
// the writer's ledger, the merge and its swap. A bulk load is all or nothing: after each kill the
// database, where there is one, passes the check and holds no decision or every one, and the
// next run into it completes the load and removes the dead run's PATH.bulk.
#include <fmt/format.h>
#include <xapian.h>

#include <algorithm>
#include <catch2/catch.hpp>
#include <chrono>
#include <random>

#include "fixture_decisions.hpp"
#include "indexer_process.hpp"
#include "run_command.hpp"
#include "temp_dir.hpp"

using namespace ombud::test;
namespace fs = std::filesystem;

namespace {

constexpr int kKills = 12;

CommandResult run(const std::string& tool, const std::string& args) {
  return run_command(shell_quote(tool) + " " + args);
}

}  // namespace

TEST_CASE("killing a bulk load at random moments leaves all or nothing, then completes",
          "[faults][bulk]") {
  TempDir dir;
  const int kFiles = 1500;  // two chunks: both workers write
  write_fixture_decisions(dir / "corpus", 0, kFiles);
  const std::string corpus = (dir / "corpus").string();
  const auto whole_run = timed([&] {
    REQUIRE(run(OMBUD_INDEX_BIN, "-q --jobs 2 --db " + shell_quote((dir / "timed").string()) + " " +
                                     shell_quote(corpus))
                .exit_code == 0);
  });
  std::mt19937 rng(20261209);
  auto delay_ms = kill_delays(whole_run);

  int kills = 0, with_folder = 0;
  for (int round = 0; kills < kKills && round < 4 * kKills; ++round) {
    const fs::path db = dir / fmt::format("db{}", round);
    const std::string db_arg = "--db " + shell_quote(db.string());
    if (killed_after(OMBUD_INDEX_BIN, {"-q", "--jobs", "2", "--db", db.string(), corpus},
                     std::chrono::milliseconds(delay_ms(rng))))
      ++kills;
    INFO("round " << round);
    if (fs::exists(db.string() + ".bulk")) ++with_folder;
    if (fs::exists(db) || fs::exists(db.string() + ".before-compaction")) {
      CHECK(run(OMBUD_INDEX_BIN, "--check " + db_arg).exit_code == 0);
      const auto counted = run(OMBUD_SEARCH_BIN, "--count " + db_arg + " council");
      INFO(counted.err);
      CHECK((counted.out == "0\n" || counted.out == fmt::format("{}\n", kFiles)));
    }
    const auto done = run(OMBUD_INDEX_BIN, "-q " + db_arg + " " + shell_quote(corpus));
    INFO(done.out << done.err);
    CHECK(done.exit_code == 0);
    CHECK_FALSE(fs::exists(db.string() + ".bulk"));
    CHECK(Xapian::Database(db.string()).get_doccount() == static_cast<Xapian::doccount>(kFiles));
    fs::remove_all(db);
  }
  INFO(with_folder << " kills left a bulk folder");
  CHECK(kills == kKills);
  CHECK(with_folder > 0);  // the kills reached the load itself, not only its start
}
