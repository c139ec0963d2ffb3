// Help when nothing matches, end to end on tests/fixtures/search (issue 13): the nearest values of
// a filter value that matches nothing (`law:"care act"`, a misspelt council), the stem form of a
// wildcard that matches no word (`statutory*`), and relaxed matches one word short
// (`homelesness accommodation`), in each output format; none of it changes the exit status (1)
// or the counts of the query (0).
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "json_summary.hpp"
#include "search_cli.hpp"

namespace {

using ombud::test::CommandResult;
using ombud::test::json_case_refs;
using Refs = std::set<std::string>;

const std::string& fixture_db() {
  static const ombud::test::IndexedDb db({ombud::test::search_fixtures()});
  return db.path();
}

CommandResult run(const std::vector<std::string>& args) {
  return ombud::test::run_search(fixture_db(), args);
}

bool has(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}

// A query that finds nothing: exit 1, nothing on stderr (but for CSV's notes).
CommandResult nothing_found(const std::vector<std::string>& args) {
  const CommandResult r = run(args);
  INFO("stdout: " << r.out << "\nstderr: " << r.err);
  CHECK(r.exit_code == 1);
  return r;
}

}  // namespace

TEST_CASE("e2e zero hits: law:\"care act\" shows the statutes that exist, nearest first",
          "[e2e][zero-hits]") {
  const CommandResult r = nothing_found({"--color", "never", "law:\"care act\""});
  CHECK(r.out.starts_with(
      "No decisions match.\n\nlaw:\"care act\" matches no legislation value; "
      "the nearest that exist:\n  legislation:\"Care Act 2014\"  (1 decision)\n"));
  CHECK(r.err.empty());

  const nlohmann::json s =
      ombud::test::json_summary(nothing_found({"--json", "law:\"care act\""}).out);
  CHECK(s.at("total") == 0);
  const nlohmann::json& near = s.at("nearest_values").at(0);
  CHECK(near.at("filter") == "law:\"care act\"");
  CHECK(near.at("field") == "legislation");
  CHECK(near.at("nearest").at(0).at("value") == "Care Act 2014");
  CHECK(near.at("nearest").at(0).at("count") == 1);
}

TEST_CASE("e2e zero hits: a misspelt council shows the council it probably is",
          "[e2e][zero-hits]") {
  const CommandResult r = nothing_found({"--color", "never", "council:\"fernbrige cc\" complaint"});
  CHECK(has(r.out,
            "council:\"fernbrige cc\" matches no council value; the nearest that exist:\n"
            "  council:\"Fernbridge County Council\"  (2 decisions)\n"));
  // The filter is never dropped, so no relaxed query is tried.
  CHECK(!has(r.out, "Relaxed"));
  // A filter that matches decisions of its own says nothing.
  CHECK(nothing_found({"--color", "never", "council:fernbridge category:housing"}).out ==
        "No decisions match.\n");
}

TEST_CASE("e2e zero hits: category:\"adult social care\" shows Adult care services",
          "[e2e][zero-hits]") {
  const CommandResult r = nothing_found({"--color", "never", "category:\"adult social care\""});
  CHECK(has(r.out,
            "matches no category value; the nearest that exist:\n"
            "  category:\"Adult care services\"  (1 decision)\n"));
}

TEST_CASE("e2e zero hits: statutory* says wildcards run over stems and shows statutori*",
          "[e2e][zero-hits]") {
  const CommandResult r = nothing_found({"--color", "never", "statutory*"});
  CHECK(r.out ==
        "No decisions match.\n\nstatutory* matches no word: wildcards match the stored stems of "
        "words (the stem of 'statutory' is 'statutori'), and no stem starts with 'statutory'. "
        "statutori* would find 1 decision on its own.\n");
  // What it says statutori* finds, statutori* finds.
  CHECK(json_case_refs(run({"--json", "statutori*"}).out) == Refs{"22-031-415"});

  const nlohmann::json s = ombud::test::json_summary(nothing_found({"--json", "statutory*"}).out);
  CHECK(s.at("wildcards").at(0) == nlohmann::json::parse(R"({"wildcard": "statutory*",
        "stem": "statutori", "suggestion": "statutori*", "total": 1})"));
}

TEST_CASE("e2e zero hits: a misspelt word among others gives the relaxed match without it",
          "[e2e][zero-hits]") {
  const CommandResult r = nothing_found({"--color", "never", "homelesness accommodation"});
  CHECK(r.out.starts_with(
      "No decisions match.\nDid you mean: homelessness accommodation? (1 decision)\n\nNo "
      "decision has every word. Relaxed, with one word left out at a "
      "time (not matches of the query):\n  without homelesness: 1 decision\n  without "
      "accommodation: 0 decisions\n\nRelaxed match, without homelesness: the 1 decision found by "
      "'accommodation'. These are not matches of the query.\n\n24-100-201  Saltmarsh District "
      "Council\n"));

  // JSON: no hit line, a total of 0, and the relaxed match in its own object.
  const CommandResult j = nothing_found({"--json", "homelesness accommodation"});
  CHECK(json_case_refs(j.out).empty());
  const nlohmann::json s = ombud::test::json_summary(j.out);
  CHECK(s.at("total") == 0);
  const nlohmann::json& relaxed = s.at("relaxed");
  CHECK(has(relaxed.at("note").get<std::string>(), "not matches of the query"));
  CHECK(relaxed.at("dropped").size() == 2);
  CHECK(relaxed.at("dropped").at(0).at("without") == "homelesness");
  CHECK(relaxed.at("dropped").at(0).at("total") == 1);
  CHECK(relaxed.at("dropped").at(1).at("total") == 0);
  CHECK(relaxed.at("best").at("query") == "accommodation");
  CHECK(relaxed.at("best").at("hits").size() == 1);
  CHECK(relaxed.at("best").at("hits").at(0).at("case_ref") == "24-100-201");
}

TEST_CASE("e2e zero hits: the relaxed match shows a few hits and counts them all",
          "[e2e][zero-hits]") {
  const CommandResult r = nothing_found({"--color", "never", "safegaurding complaint"});
  CHECK(has(r.out, "  without safegaurding: 5 decisions\n"));
  CHECK(has(r.out,
            "Relaxed match, without safegaurding: the best 3 of the 5 decisions found by "
            "'complaint'. These are not matches of the query.\n"));
  CHECK(json_case_refs(run({"--json", "complaint"}).out).size() == 5);
  // No more than --limit asks for.
  CHECK(has(nothing_found({"--color", "never", "--limit", "1", "safegaurding complaint"}).out,
            "the best 1 of the 5 decisions found by 'complaint'"));
}

TEST_CASE("e2e zero hits: CSV has no rows, and the help as notes on stderr", "[e2e][zero-hits]") {
  const CommandResult r = nothing_found({"--csv", "homelesness accommodation"});
  CHECK(r.out.find('\n') == r.out.size() - 1);  // the header alone
  CHECK(has(r.err, "ombud-search: note: No decision has every word."));
  CHECK(has(r.err, "ombud-search: note:   without homelesness: 1 decision\n"));
  CHECK(has(r.err, "search 'accommodation' for them"));
  const CommandResult law = nothing_found({"--csv", "law:\"care act\""});
  CHECK(has(law.err, "ombud-search: note:   legislation:\"Care Act 2014\"  (1 decision)\n"));
}

TEST_CASE("e2e zero hits: --all and --facets say the same, --count nothing more",
          "[e2e][zero-hits]") {
  const CommandResult all = nothing_found({"--color", "never", "--all", "statutory*"});
  CHECK(has(all.out, "statutori* would find 1 decision on its own."));
  const CommandResult facets =
      nothing_found({"--json", "--facets", "council", "homelesness accommodation"});
  const nlohmann::json s = ombud::test::json_summary(facets.out);
  CHECK(s.at("total") == 0);
  CHECK(s.at("facets").at("council").size() == 0);  // the query's counts, not the relaxed one's
  CHECK(s.contains("relaxed"));
  CHECK(nothing_found({"--count", "homelesness accommodation"}).out == "0\n");
}

TEST_CASE("e2e zero hits: a query that matches says nothing more", "[e2e][zero-hits]") {
  const CommandResult r = run({"--json", "statutori* complaint"});
  CHECK(r.exit_code == 0);
  const nlohmann::json s = ombud::test::json_summary(r.out);
  CHECK(!s.contains("relaxed"));
  CHECK(!s.contains("wildcards"));
}
