// Issue 16 end to end, as a weekly user runs it: index a batch, save searches, index a second
// batch with a new decision, an edited one, a deleted one (--prune), then check the change list
// line for line, the added:/changed: filters and fields, and that ombud-alerts run reports exactly
// the new matching decisions, then nothing.
#include <fmt/format.h>

#include <catch2/catch.hpp>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>

#include "run_command.hpp"
#include "search_cli.hpp"
#include "temp_dir.hpp"

using namespace ombud::test;
namespace fs = std::filesystem;
using nlohmann::json;

namespace {

// A fictional LGSCO decision: case 23-100-00n about `council`, upheld or not.
std::string decision(int n, const std::string& council, bool upheld, const std::string& topic) {
  return fmt::format(
      "{} (23 100 {:03})\n\nCategory : Education > School transport\n\nDecision : {}\n\n"
      "Decision date : {} Apr 2024\n\nThe Ombudsman's final decision:\n\nSummary: Mrs D "
      "complained about {}. {}\n\nThe complaint\n\n  1. Mrs D said the Council took months to "
      "answer her about {} and did not keep her informed.\n\nFinal decision\n\n  1. I have "
      "completed my investigation. {}\n",
      council, n, upheld ? "Upheld" : "Not upheld", 1 + n, topic,
      upheld ? "The Council was at fault and has agreed to apologise." : "There was no fault.",
      topic, upheld ? "I uphold the complaint." : "I do not uphold the complaint.");
}

std::string ref(int n) {
  return fmt::format("23-100-{:03}", n);
}

CommandResult index_run(const std::string& args) {
  return run_command(shell_quote(OMBUD_INDEX_BIN) + " -q " + args);
}

CommandResult alerts(const std::string& db, const std::string& args) {
  return run_command(shell_quote(OMBUD_ALERTS_BIN) + " --db " + shell_quote(db) + " " + args);
}

std::vector<json> json_lines(const std::string& text) {
  std::vector<json> out;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);)
    if (!line.empty()) out.push_back(json::parse(line));
  return out;
}

// "action case_ref organisation outcome file" for each line of a change list.
std::vector<std::string> change_rows(const std::string& text) {
  std::vector<std::string> rows;
  for (const json& j : json_lines(text)) {
    CHECK(j.size() == 5);
    rows.push_back(fmt::format(
        "{} {} {} {} {}", j.at("action").get<std::string>(), j.at("case_ref").get<std::string>(),
        j.at("organisation").get<std::string>(), j.at("outcome").get<std::string>(),
        fs::path(j.at("path").get<std::string>()).filename().string()));
  }
  return rows;
}

std::set<std::string> count_and_refs(const std::string& db, const std::string& query) {
  const CommandResult r = run_search(db, {"--all", "--json", query});
  REQUIRE(r.exit_code <= 1);
  return json_case_refs(r.out);
}

// The first batch: 1 Kent upheld, 2 Surrey not upheld, 3 Kent not upheld, 4 Surrey upheld.
void write_first_batch(const fs::path& dir) {
  write_file(dir / "d1.txt", decision(1, "Kent County Council", true, "a school bus"));
  write_file(dir / "d2.txt", decision(2, "Surrey County Council", false, "a transport form"));
  write_file(dir / "d3.txt", decision(3, "Kent County Council", false, "a late bus pass"));
  write_file(dir / "d4.txt", decision(4, "Surrey County Council", true, "a taxi contract"));
}

// The second week: 5 (Kent, upheld) and 6 (Surrey, upheld) are new, 3 is now upheld, 2 is gone.
void write_second_batch(const fs::path& dir) {
  write_file(dir / "d5.txt", decision(5, "Kent County Council", true, "a withdrawn route"));
  write_file(dir / "d6.txt", decision(6, "Surrey County Council", true, "an escort"));
  write_file(dir / "d3.txt", decision(3, "Kent County Council", true, "a late bus pass, again"));
  fs::remove(dir / "d2.txt");
}

}  // namespace

TEST_CASE("a weekly batch: the change list, added: and changed:, and saved searches",
          "[e2e][alerts]") {
  TempDir dir;
  const fs::path in = dir / "in";
  const std::string db = (dir / "db").string();
  const std::string list1 = (dir / "week1.jsonl").string();
  write_first_batch(in);
  REQUIRE(index_run("--db " + shell_quote(db) + " --changes " + shell_quote(list1) + " " +
                    shell_quote(in.string()))
              .exit_code == 0);
  CHECK(change_rows(read_bytes(list1)) ==
        std::vector<std::string>{"added 23-100-001 Kent County Council upheld d1.txt",
                                 "added 23-100-002 Surrey County Council not-upheld d2.txt",
                                 "added 23-100-003 Kent County Council not-upheld d3.txt",
                                 "added 23-100-004 Surrey County Council upheld d4.txt"});

  REQUIRE(alerts(db, "add kent-upheld 'council:kent outcome:upheld'").exit_code == 0);
  REQUIRE(alerts(db, "add everything ''").exit_code == 0);
  // A second user's own searches, in a file of their own, which also want replaced decisions.
  const std::string own = (dir / "mine.json").string();
  REQUIRE(alerts(db, "--file " + shell_quote(own) + " add surrey council:surrey").exit_code == 0);
  CHECK(alerts(db, "add kent-upheld council:kent").exit_code == 2);  // the name is taken
  const CommandResult bad_add = alerts(db, "add broken 'council:'");
  CHECK(bad_add.exit_code == 2);
  CHECK(bad_add.err.find("council:") != std::string::npos);

  // Saved today: nothing to report until the next batch.
  const CommandResult quiet = alerts(db, "run");
  CHECK(quiet.exit_code == 1);
  const std::string since = " since " + json::parse(read_bytes(db + ".alerts.json"))
                                            .at("searches")
                                            .at(0)
                                            .at("seen")
                                            .get<std::string>()
                                            .substr(0, 4);
  CHECK(quiet.out.find("kent-upheld: nothing new" + since) == 0);
  CHECK(quiet.out.find("(query: council:kent outcome:upheld)\neverything: nothing new" + since) !=
        std::string::npos);
  CHECK(quiet.out.ends_with("(query: every decision)\n"));

  const std::string before = read_bytes(db + ".alerts.json");
  const json first_3 = json_lines(run_search(db, {"--json", "case:" + ref(3)}).out).at(0);
  CHECK(first_3.at("added") == first_3.at("changed"));
  CHECK(first_3.at("added").get<std::string>().size() == 27);  // 2026-12-07T17:15:20.123456Z

  // An unchanged re-run (also read again with --rehash) changes no stamp and lists nothing.
  const std::string list_same = (dir / "same.jsonl").string();
  REQUIRE(index_run("--rehash --db " + shell_quote(db) + " --changes " + shell_quote(list_same) +
                    " " + shell_quote(in.string()))
              .exit_code == 0);
  CHECK(read_bytes(list_same).empty());
  CHECK(fs::exists(list_same));
  CHECK(json_lines(run_search(db, {"--json", "case:" + ref(3)}).out).at(0) == first_3);

  write_second_batch(in);
  const CommandResult week2 = index_run("--prune --verbose --db " + shell_quote(db) +
                                        " --changes - " + shell_quote(in.string()));
  REQUIRE(week2.exit_code == 0);
  CHECK(change_rows(week2.out) ==
        std::vector<std::string>{"replaced 23-100-003 Kent County Council upheld d3.txt",
                                 "added 23-100-005 Kent County Council upheld d5.txt",
                                 "added 23-100-006 Surrey County Council upheld d6.txt",
                                 "removed 23-100-002 Surrey County Council not-upheld d2.txt"});
  // With --changes -, stdout is the list alone: the --verbose lines and the summary go to stderr.
  CHECK(week2.err.find("replaced 23-100-003  Kent County Council (upheld)") != std::string::npos);
  CHECK(week2.err.find("ombud-index: added 2, replaced 1, unchanged 2, removed 1") !=
        std::string::npos);

  CHECK(count_and_refs(db, "added:last") == std::set<std::string>{ref(5), ref(6)});
  CHECK(count_and_refs(db, "changed:last") == std::set<std::string>{ref(3), ref(5), ref(6)});
  CHECK(count_and_refs(db, "added:last council:kent") == std::set<std::string>{ref(5)});
  CHECK(count_and_refs(db, "added:>=2020-01-01").size() == 5);
  CHECK(count_and_refs(db, "added:<2020").empty());
  CHECK(run_search(db, {"added:2026-13"}).exit_code == 2);
  // The edited decision keeps the day it arrived, and says when it changed.
  const json now_3 = json_lines(run_search(db, {"--json", "case:" + ref(3)}).out).at(0);
  CHECK(now_3.at("outcome") == "upheld");
  CHECK(now_3.at("added") == first_3.at("added"));
  CHECK(now_3.at("changed") != first_3.at("changed"));
  const std::string csv = run_search(db, {"--csv", "case:" + ref(3)}).out;
  CHECK(csv.find("added,changed,path") != std::string::npos);
  CHECK(csv.find(now_3.at("changed").get<std::string>()) != std::string::npos);

  // A saved search that no longer parses is named and skipped; the others still run.
  {
    json file = json::parse(read_bytes(db + ".alerts.json"));
    file["searches"].push_back({{"name", "broken"}, {"query", "date:2024-13"}, {"seen", ""}});
    write_file(db + ".alerts.json", file.dump());
  }
  const CommandResult news = alerts(db, "run --json");
  CHECK(news.exit_code == 0);
  CHECK(news.err.find("saved search 'broken' (date:2024-13): date:2024-13:") != std::string::npos);
  std::vector<std::string> reported;
  for (const json& j : json_lines(news.out))
    reported.push_back(j.at("search").get<std::string>() + " " + j.at("action").get<std::string>() +
                       " " + j.at("case_ref").get<std::string>());
  std::sort(reported.begin(), reported.end());
  CHECK(reported == std::vector<std::string>{"everything added " + ref(5),
                                             "everything added " + ref(6),
                                             "kent-upheld added " + ref(5)});

  // Nothing new on the next run (the broken search alone: exit 2; without it: exit 1).
  const CommandResult again = alerts(db, "run");
  CHECK(again.exit_code == 2);
  CHECK(again.out.find("nothing new") != std::string::npos);
  CHECK(again.out.find("23-100") == std::string::npos);
  REQUIRE(alerts(db, "remove broken").exit_code == 0);
  CHECK(alerts(db, "run").exit_code == 1);

  // The other user's file was not touched by those runs: it reports the new Surrey decision, and
  // with --changed, nothing replaced in Surrey (the replaced one is in Kent).
  const CommandResult theirs = alerts(db, "--file " + shell_quote(own) + " run --changed surrey");
  CHECK(theirs.exit_code == 0);
  CHECK(theirs.out.find("surrey: 1 new decision since") != std::string::npos);
  CHECK(theirs.out.find("added     " + ref(6)) != std::string::npos);

  // --since reports from a day instead, with --changed the replaced decision too.
  const CommandResult from_day = alerts(db, "run kent-upheld --changed --since 2020-01-01");
  CHECK(from_day.exit_code == 0);
  CHECK(from_day.out.find("added     " + ref(1)) != std::string::npos);
  CHECK(from_day.out.find("added     " + ref(5)) != std::string::npos);
  CHECK(from_day.out.find(ref(3)) != std::string::npos);  // added then too: counted as added

  // Errors: an unknown name lists the names; a bad name; a bad --since.
  const CommandResult unknown = alerts(db, "run kent");
  CHECK(unknown.exit_code == 2);
  CHECK(unknown.err.find("no saved search is called 'kent'") != std::string::npos);
  CHECK(unknown.err.find("the saved searches are: kent-upheld, everything") != std::string::npos);
  CHECK(alerts(db, "remove kent").exit_code == 2);
  CHECK(alerts(db, "add 'two words' x").exit_code == 2);
  CHECK(alerts(db, "run --since yesterday").exit_code == 2);
  CHECK(before != read_bytes(db + ".alerts.json"));
}

TEST_CASE("with --changed, run reports a decision replaced since the search last ran",
          "[e2e][alerts]") {
  TempDir dir;
  const fs::path in = dir / "in";
  const std::string db = (dir / "db").string();
  write_first_batch(in);
  REQUIRE(index_run("--db " + shell_quote(db) + " " + shell_quote(in.string())).exit_code == 0);
  REQUIRE(alerts(db, "add kent council:kent").exit_code == 0);
  write_second_batch(in);
  REQUIRE(index_run("--db " + shell_quote(db) + " " + shell_quote(in.string())).exit_code == 0);
  const CommandResult r = alerts(db, "run --changed --json");
  CHECK(r.exit_code == 0);
  std::vector<std::string> rows;
  for (const json& j : json_lines(r.out))
    rows.push_back(j.at("action").get<std::string>() + " " + j.at("case_ref").get<std::string>());
  CHECK(rows == std::vector<std::string>{"added " + ref(5), "replaced " + ref(3)});
}

TEST_CASE("sharded databases: one change list across shards, alerts over the stub",
          "[e2e][alerts][shards]") {
  TempDir dir;
  const fs::path in = dir / "in";
  const std::string db = (dir / "db").string();
  write_first_batch(in);
  REQUIRE(
      index_run("--shards 2 --db " + shell_quote(db) + " " + shell_quote(in.string())).exit_code ==
      0);
  REQUIRE(alerts(db, "add upheld outcome:upheld").exit_code == 0);
  write_second_batch(in);
  const CommandResult week2 =
      index_run("--prune --db " + shell_quote(db) + " --changes - " + shell_quote(in.string()));
  REQUIRE(week2.exit_code == 0);
  std::vector<std::string> rows = change_rows(week2.out);
  std::sort(rows.begin(), rows.end());
  CHECK(rows ==
        std::vector<std::string>{"added 23-100-005 Kent County Council upheld d5.txt",
                                 "added 23-100-006 Surrey County Council upheld d6.txt",
                                 "removed 23-100-002 Surrey County Council not-upheld d2.txt",
                                 "replaced 23-100-003 Kent County Council upheld d3.txt"});
  CHECK(count_and_refs(db, "added:last") == std::set<std::string>{ref(5), ref(6)});
  const CommandResult r = alerts(db, "run --json");
  CHECK(r.exit_code == 0);
  std::set<std::string> refs;
  for (const json& j : json_lines(r.out)) refs.insert(j.at("case_ref").get<std::string>());
  CHECK(refs == std::set<std::string>{ref(5), ref(6)});
  CHECK(alerts(db, "run").exit_code == 1);
}
