// The indexer under faults: killed at random moments, a second writer, a full disk. Each must
// leave a database that opens, passes xapian-check and holds whole batches.
#include <fcntl.h>
#include <fmt/format.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>
#include <xapian.h>

#include <catch2/catch.hpp>
#include <chrono>
#include <map>
#include <memory>
#include <nlohmann/json.hpp>
#include <random>
#include <set>
#include <thread>

#include "fixture_decisions.hpp"
#include "indexer_process.hpp"
#include "run_command.hpp"
#include "schema.hpp"
#include "temp_dir.hpp"

using namespace ombud::test;
namespace fs = std::filesystem;

namespace {

void write_corpus(const fs::path& dir, int count) {
  for (int n = 0; n < count; ++n)
    write_file(dir / fmt::format("{:03}", n / 500) / fmt::format("d{:05}.txt", n),
               fixture_decision(n));
}

Xapian::doccount doccount(const fs::path& db) {
  return Xapian::Database(db.string()).get_doccount();
}

bool passes_xapian_check(const fs::path& db) {
  return run_command("xapian-check " + shell_quote(db.string())).exit_code == 0;
}

// Every decision 0..count-1 is there exactly once.
void check_complete(const fs::path& db_path, int count) {
  Xapian::Database db(db_path.string());
  CHECK(db.get_doccount() == static_cast<Xapian::doccount>(count));
  int missing = 0, duplicated = 0;
  for (int n = 0; n < count; ++n) {
    std::string ref = printed_case_ref(n);
    for (char& c : ref)
      if (c == ' ') c = '-';
    const auto freq = db.get_termfreq(ombud::schema::id_term(ref));
    if (freq == 0) ++missing;
    if (freq > 1) ++duplicated;
  }
  CHECK(missing == 0);
  CHECK(duplicated == 0);
}

// ombud-search's facet counts over every decision (from the facet column file when it is current)
// are the ones Xapian's ValueCountMatchSpy counts on the database as it is.
void check_facet_counts(const fs::path& db_path) {
  const std::vector<std::pair<std::string, ombud::schema::FieldId>> facets = {
      {"council", ombud::schema::FieldId::kOrganisation},
      {"outcome", ombud::schema::FieldId::kOutcome},
      {"year", ombud::schema::FieldId::kYear}};
  const auto r =
      run_command(shell_quote(OMBUD_SEARCH_BIN) + " --db " + shell_quote(db_path.string()) +
                  " --limit 0 --facets council,outcome,year --json");
  Xapian::Database db(db_path.string());
  REQUIRE(r.exit_code == (db.get_doccount() == 0 ? 1 : 0));  // 1: nothing matched (killed early)
  const auto printed = nlohmann::json::parse(r.out);
  Xapian::Enquire enquire(db);
  enquire.set_query(Xapian::Query::MatchAll);
  std::vector<std::unique_ptr<Xapian::ValueCountMatchSpy>> spies;
  for (const auto& [name, id] : facets) {
    spies.push_back(std::make_unique<Xapian::ValueCountMatchSpy>(ombud::schema::field(id).slot));
    enquire.add_matchspy(spies.back().get());
  }
  enquire.get_mset(0, 0, db.get_doccount());
  CHECK(printed.at("total").get<Xapian::doccount>() == db.get_doccount());
  for (std::size_t i = 0; i < facets.size(); ++i) {
    std::map<std::string, Xapian::doccount> expected, got;
    for (auto it = spies[i]->values_begin(); it != spies[i]->values_end(); ++it)
      expected[*it] = it.get_termfreq();
    Xapian::doccount without = db.get_doccount();
    for (const auto& [value, count] : expected) without -= count;
    // The row of decisions without a value (value null) is there when there are some.
    if (without > 0) expected["(null)"] = without;
    for (const auto& row : printed.at("facets").at(facets[i].first)) {
      const auto& value = row.at("value");
      got[value.is_null() ? "(null)" : value.get<std::string>()] =
          row.at("count").get<Xapian::doccount>();
    }
    CHECK(got == expected);
  }
}

}  // namespace

TEST_CASE("killing the indexer at random moments loses and duplicates nothing", "[faults]") {
  TempDir dir;
  const int kFiles = 8000;
  const int kBatch = 50;
  write_corpus(dir / "corpus", kFiles);
  const fs::path db = dir / "db";

  std::mt19937 rng(20261123);
  std::uniform_int_distribution<int> delay_ms(20, 400);
  int kills = 0, finished_early = 0;
  for (int round = 0; round < 12; ++round) {
    const pid_t pid = spawn_indexer({"--db", db.string(), "--batch-size", std::to_string(kBatch),
                                     "-q", (dir / "corpus").string()});
    std::this_thread::sleep_for(std::chrono::milliseconds(delay_ms(rng)));
    const bool was_running = kill(pid, SIGKILL) == 0;
    int status = 0;
    waitpid(pid, &status, 0);
    if (was_running && WIFSIGNALED(status)) {
      ++kills;
    } else {
      ++finished_early;
    }
    // Killed before the first commit: no database, or one Xapian had not finished creating.
    if (!fs::exists(db / "iamglass")) continue;
    INFO("round " << round);
    REQUIRE(passes_xapian_check(db));
    // Whole batches only: every run commits kBatch new decisions at a time.
    CHECK(doccount(db) % kBatch == 0);
    // A facet column file left from an earlier run (or none) does not change a count.
    check_facet_counts(db);
  }
  INFO(kills << " kills, " << finished_early << " runs finished before the kill");
  CHECK(kills >= 6);

  // Running again completes the job, with nothing lost and nothing duplicated.
  const auto done =
      run_command(shell_quote(OMBUD_INDEX_BIN) + " -q --db " + shell_quote(db.string()) + " " +
                  shell_quote((dir / "corpus").string()));
  CHECK(done.exit_code == 0);
  REQUIRE(passes_xapian_check(db));
  check_complete(db, kFiles);
  CHECK(fs::exists(db / "ombud-facets"));  // written after the last commit
  check_facet_counts(db);
}

TEST_CASE("a second indexer is told another process is writing, and --wait waits", "[faults]") {
  TempDir dir;
  write_corpus(dir / "corpus", 20);
  const fs::path db = dir / "db";
  const std::string index = shell_quote(OMBUD_INDEX_BIN) + " -q --db " + shell_quote(db.string()) +
                            " " + shell_quote((dir / "corpus").string());
  REQUIRE(run_command(index).exit_code == 0);
  {
    Xapian::WritableDatabase holder(db.string(), Xapian::DB_OPEN);  // holds the write lock
    const auto r = run_command(index);
    CHECK(r.exit_code == 2);
    CHECK_THAT(r.err, Catch::Contains("being written by another process"));
    CHECK(r.out.empty());
  }
  // With --wait, the indexer waits for the lock to be released and then does its work.
  write_file(dir / "corpus" / "new.txt", fixture_decision(5000));
  auto holder = std::make_unique<Xapian::WritableDatabase>(db.string(), Xapian::DB_OPEN);
  const pid_t pid = spawn_indexer({"--wait", "--db", db.string(), "-q", (dir / "corpus").string()});
  std::this_thread::sleep_for(std::chrono::milliseconds(800));
  CHECK(waitpid(pid, nullptr, WNOHANG) == 0);  // still waiting
  holder.reset();                              // releases the lock
  int status = 0;
  waitpid(pid, &status, 0);
  REQUIRE(WIFEXITED(status));
  CHECK(WEXITSTATUS(status) == 0);
  CHECK(doccount(db) == 21);
}

TEST_CASE("a full disk gives a clear error and the database stays at its last commit", "[faults]") {
  TempDir dir;
  write_corpus(dir / "first", 40);
  write_corpus(dir / "second", 2000);
  const fs::path db = dir / "db";
  const std::string bin = shell_quote(OMBUD_INDEX_BIN);
  REQUIRE(run_command(bin + " -q --batch-size 20 --db " + shell_quote(db.string()) + " " +
                      shell_quote((dir / "first").string()))
              .exit_code == 0);
  REQUIRE(doccount(db) == 40);

  // `ulimit -f` makes writes past 2 MB fail as a full disk would (EFBIG).
  const auto r =
      run_command("ulimit -f 2048; " + bin + " -q --batch-size 20 --db " +
                  shell_quote(db.string()) + " " + shell_quote((dir / "second").string()));
  CHECK(r.exit_code == 2);
  CHECK_THAT(r.err, Catch::Contains("ombud-index: error:"));
  CHECK_THAT(r.err, Catch::Contains("last commit"));
  REQUIRE(passes_xapian_check(db));
  const auto count = doccount(db);
  CHECK(count >= 40);
  CHECK(count < 2040);
  CHECK((count - 40) % 20 == 0);  // whole batches
}

TEST_CASE("compacting with --compact shrinks the index, and a compaction cut short is undone",
          "[faults]") {
  TempDir dir;
  write_corpus(dir / "corpus", 300);
  const fs::path plain = dir / "plain";
  const fs::path compacted = dir / "compacted";
  const std::string index = shell_quote(OMBUD_INDEX_BIN) + " -q ";
  const std::string corpus = " " + shell_quote((dir / "corpus").string());
  // --no-bulk: a bulk load into an empty database is compacted by its merge anyway.
  REQUIRE(run_command(index + "--no-bulk --db " + shell_quote(plain.string()) + corpus).exit_code ==
          0);
  REQUIRE(
      run_command(index + "--compact --db " + shell_quote(compacted.string()) + corpus).exit_code ==
      0);
  auto size_of = [](const fs::path& p) {
    std::uintmax_t total = 0;
    for (const auto& e : fs::directory_iterator(p))
      if (e.is_regular_file()) total += e.file_size();
    return total;
  };
  CHECK(size_of(compacted) < size_of(plain));
  CHECK(passes_xapian_check(compacted));
  check_complete(compacted, 300);

  // Killed between its two renames: the database sits under its old name only.
  fs::rename(compacted, dir / "compacted.before-compaction");
  fs::create_directories(dir / "compacted.compacting");
  // Search reads it there meanwhile.
  const auto searched = run_command(shell_quote(OMBUD_SEARCH_BIN) + " --count --db " +
                                    shell_quote(compacted.string()) + " council");
  CHECK(searched.exit_code == 0);
  CHECK(searched.out == "300\n");
  const auto r = run_command(index + "--db " + shell_quote(compacted.string()) + corpus);
  CHECK(r.exit_code == 0);
  CHECK_THAT(r.out, Catch::Contains("unchanged 300"));  // the file records came back too
  CHECK_FALSE(fs::exists(dir / "compacted.before-compaction"));
  CHECK_FALSE(fs::exists(dir / "compacted.compacting"));
  check_complete(compacted, 300);
}
