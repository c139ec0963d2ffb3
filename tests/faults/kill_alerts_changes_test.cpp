// Issue 16's two kill tests: a kill during `ombud-alerts run` leaves the saved searches as they
// were before the run (or, killed after its one atomic write, as a whole run leaves them), and a
// kill during an indexing run with --changes leaves no change list (or the whole one, killed
// after its rename), never half of one. Kill times are drawn from a whole run timed first, as
// kill_compact_shards_test.cpp does.
#include <fmt/format.h>
#include <xapian.h>

#include <algorithm>
#include <catch2/catch.hpp>
#include <chrono>
#include <nlohmann/json.hpp>
#include <random>
#include <sstream>

#include "fixture_decisions.hpp"
#include "index_stamp.hpp"
#include "indexer_process.hpp"
#include "run_command.hpp"
#include "temp_dir.hpp"

using namespace ombud::test;
namespace fs = std::filesystem;
using nlohmann::json;

namespace {

constexpr int kKills = 15;

CommandResult run(const std::string& tool, const std::string& args) {
  return run_command(shell_quote(tool) + " " + args);
}

std::size_t line_count(const std::string& text) {
  return static_cast<std::size_t>(std::count(text.begin(), text.end(), '\n'));
}

}  // namespace

TEST_CASE("killing ombud-alerts run at random moments leaves the saved searches as before",
          "[faults][alerts]") {
  TempDir dir;
  const std::string db = (dir / "db").string();
  const std::string file = db + ".alerts.json";
  write_fixture_decisions(dir / "week1", 0, 200);
  REQUIRE(run(OMBUD_INDEX_BIN,
              "-q --db " + shell_quote(db) + " " + shell_quote((dir / "week1").string()))
              .exit_code == 0);
  // Many searches, each matching many new decisions, so that a run takes long enough to be
  // killed in the middle.
  const char* kQueries[] = {"council", "complaint", "outcome:upheld", "remedy:apology",
                            "apologise pay"};
  for (int i = 0; i < 30; ++i)
    REQUIRE(run(OMBUD_ALERTS_BIN,
                fmt::format("--db {} add s{:02} '{}'", shell_quote(db), i, kQueries[i % 5]))
                .exit_code == 0);
  write_fixture_decisions(dir / "week2", 200, 400);
  REQUIRE(run(OMBUD_INDEX_BIN,
              "-q --db " + shell_quote(db) + " " + shell_quote((dir / "week2").string()))
              .exit_code == 0);
  const std::string before = read_bytes(file);
  const std::string week2 =
      Xapian::Database(db).get_metadata(std::string(ombud::kLastChangeRunKey));

  // A whole run, timed; then the searches are put back as before it.
  CommandResult whole;
  const auto whole_run =
      timed([&] { whole = run(OMBUD_ALERTS_BIN, "--db " + shell_quote(db) + " run --json"); });
  REQUIRE(whole.exit_code == 0);
  const std::size_t reported = line_count(whole.out);
  CHECK(reported == 30 * 400);  // every new decision matches each of the queries
  for (const json& s : json::parse(read_bytes(file)).at("searches")) CHECK(s.at("seen") == week2);

  std::mt19937 rng(20261216);
  auto delay_ms = kill_delays(whole_run);
  int kills = 0, as_before = 0, as_after = 0;
  for (int round = 0; kills < kKills && round < 4 * kKills; ++round) {
    write_file(file, before);
    if (!killed_after(OMBUD_ALERTS_BIN, {"--db", db, "run", "--json"},
                      std::chrono::milliseconds(delay_ms(rng))))
      continue;
    ++kills;
    INFO("round " << round);
    const std::string state = read_bytes(file);
    if (state == before) {
      ++as_before;
      continue;
    }
    // Killed after its one write: the whole run's state, every search moved on together.
    ++as_after;
    const json parsed = json::parse(state, nullptr, false);
    REQUIRE(parsed.is_object());
    REQUIRE(parsed.at("searches").size() == 30);
    for (const json& s : parsed.at("searches")) CHECK(s.at("seen") == week2);
  }
  INFO(as_before << " kills left the searches as before, " << as_after << " as after the run");
  CHECK(kills == kKills);
  CHECK(as_before > 0);

  // From the state a kill left, the next run reports every new decision again, then nothing.
  write_file(file, before);
  CHECK(line_count(run(OMBUD_ALERTS_BIN, "--db " + shell_quote(db) + " run --json").out) ==
        reported);
  CHECK(run(OMBUD_ALERTS_BIN, "--db " + shell_quote(db) + " run").exit_code == 1);
}

TEST_CASE("killing ombud-index --changes at random moments leaves no half change list",
          "[faults][alerts]") {
  TempDir dir;
  const int kFiles = 400;
  write_fixture_decisions(dir / "corpus", 0, kFiles);
  const std::string corpus = (dir / "corpus").string();
  const std::string whole_list = (dir / "whole.jsonl").string();
  const auto whole_run = timed([&] {
    REQUIRE(run(OMBUD_INDEX_BIN, "-q --batch-size 100 --db " +
                                     shell_quote((dir / "timed").string()) + " --changes " +
                                     shell_quote(whole_list) + " " + shell_quote(corpus))
                .exit_code == 0);
  });
  const std::string whole = read_bytes(whole_list);
  REQUIRE(line_count(whole) == static_cast<std::size_t>(kFiles));

  std::mt19937 rng(20261217);
  auto delay_ms = kill_delays(whole_run);
  int kills = 0, no_list = 0;
  for (int round = 0; kills < kKills && round < 4 * kKills; ++round) {
    const fs::path db = dir / fmt::format("db{}", round);
    const std::string list = (dir / fmt::format("list{}.jsonl", round)).string();
    if (!killed_after(OMBUD_INDEX_BIN,
                      {"-q", "--batch-size", "100", "--db", db.string(), "--changes", list, corpus},
                      std::chrono::milliseconds(delay_ms(rng))))
      continue;
    ++kills;
    INFO("round " << round);
    if (!fs::exists(list)) {
      ++no_list;
    } else {
      CHECK(read_bytes(list) == whole);  // killed after the rename: the whole list
    }
    // The next run lists exactly what the killed one did not commit.
    Xapian::doccount held = 0;
    if (fs::exists(db / "iamglass")) held = Xapian::Database(db.string()).get_doccount();
    const std::string next_list = list + ".next";
    const CommandResult next =
        run(OMBUD_INDEX_BIN, "-q --db " + shell_quote(db.string()) + " --changes " +
                                 shell_quote(next_list) + " " + shell_quote(corpus));
    INFO(next.err);
    CHECK(next.exit_code == 0);
    CHECK(line_count(read_bytes(next_list)) == kFiles - held);
    fs::remove_all(db);
  }
  INFO(no_list << " kills left no change list");
  CHECK(kills == kKills);
  CHECK(no_list > 0);
}
