// ombud-search end to end, on a database ombud-index built from tests/fixtures/search: the output
// formats, every exit code and error message, --count, --show, --show-query, --fields, colour.
#include "search_cli.hpp"

#include <catch2/catch.hpp>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <sstream>

#include "csv_reader.hpp"
#include "schema.hpp"
#include "temp_dir.hpp"

namespace {

using ombud::test::parse_csv;

using ombud::test::CommandResult;
using ombud::test::json_case_refs;
using ombud::test::run_search;
using Refs = std::set<std::string>;

const std::string& fixture_db() {
  static const ombud::test::IndexedDb db({ombud::test::search_fixtures()});
  return db.path();
}

CommandResult run(const std::vector<std::string>& args, const std::string& env = "") {
  return run_search(fixture_db(), args, env);
}

std::vector<std::string> lines_of(const std::string& text, const std::string& end = "\n") {
  std::vector<std::string> out;
  std::size_t start = 0;
  for (std::size_t nl; (nl = text.find(end, start)) != std::string::npos; start = nl + end.size())
    out.push_back(text.substr(start, nl - start));
  if (start < text.size()) out.push_back(text.substr(start));
  return out;
}

// An error: one line on stderr naming the problem, nothing on stdout, exit 2.
void check_error(const CommandResult& r, const std::string& message) {
  INFO("stderr: " << r.err);
  CHECK(r.exit_code == 2);
  CHECK(r.out.empty());
  CHECK(r.err.starts_with("ombud-search: error: "));
  CHECK(r.err.find(message) != std::string::npos);
  CHECK(lines_of(r.err).size() == 1);
}

}  // namespace

TEST_CASE("e2e: human output, no colour when stdout is not a terminal", "[e2e]") {
  const CommandResult r = run({"\"statutory complaints procedure\""});
  INFO(r.err);
  CHECK(r.exit_code == 0);
  CHECK(r.err.empty());
  CHECK(r.out.starts_with("1 decision matches.\n\n22-031-415  Hollowmere Borough Council\n"));
  CHECK(r.out.find("2022-09-20 · upheld · paid £750 · Children's care services > Disabled "
                   "children · shared with Ofsted") != std::string::npos);
  CHECK(r.out.find("statutory complaints procedure") != std::string::npos);
  CHECK(r.out.find('\x1b') == std::string::npos);

  const CommandResult coloured = run({"--color", "always", "statutory"});
  CHECK(coloured.exit_code == 0);
  CHECK(coloured.out.find("\x1b[1;31mstatutory\x1b[0m") != std::string::npos);
  CHECK(run({"--color", "never", "statutory"}).out.find('\x1b') == std::string::npos);
}

TEST_CASE("e2e: colour on a terminal unless NO_COLOR is set", "[e2e][tty]") {
  if (ombud::test::run_command("command -v script").exit_code != 0) {
    WARN("script(1) is not installed: the terminal case is not tested");
    return;
  }
  auto in_terminal = [](const std::string& env) {
    const std::string inner = env + " " + ombud::test::shell_quote(OMBUD_SEARCH_BIN) + " --db " +
                              ombud::test::shell_quote(fixture_db()) + " statutory";
    return ombud::test::run_command("script -qec " + ombud::test::shell_quote(inner) +
                                    " /dev/null");
  };
  const CommandResult tty = in_terminal("");
  CHECK(tty.exit_code == 0);
  CHECK(tty.out.find("\x1b[1;31m") != std::string::npos);
  const CommandResult no_color = in_terminal("NO_COLOR=1");
  CHECK(no_color.exit_code == 0);
  CHECK(no_color.out.find("Hollowmere") != std::string::npos);
  CHECK(no_color.out.find("\x1b[") == std::string::npos);
}

TEST_CASE("e2e: --json is one object a line, then the summary", "[e2e][json]") {
  const CommandResult r = run({"--json", "--facets", "council,outcome,remedy", "council"});
  INFO(r.err);
  REQUIRE(r.exit_code == 0);
  const auto lines = lines_of(r.out);
  REQUIRE(lines.size() == 6);  // five decisions say "council"
  for (std::size_t i = 0; i + 1 < lines.size(); ++i) {
    const auto hit = nlohmann::json::parse(lines[i]);
    INFO(lines[i]);
    CHECK(hit["rank"] == i + 1);
    for (const char* key :
         {"case_ref", "organisation", "category", "subcategory", "outcome", "decision_date",
          "ofsted_shared", "remedy_payments", "paid", "score", "snippet"})
      CHECK(hit.contains(key));
    CHECK(hit["snippet"].is_string());
    CHECK(hit["paid"].is_number());
  }
  const auto summary = nlohmann::json::parse(lines.back());
  CHECK(summary["total"] == 5);
  CHECK(summary["facets"]["council"] ==
        nlohmann::json::parse(R"([{"value":"Fernbridge County Council","count":2},
                                  {"value":"Hollowmere Borough Council","count":2},
                                  {"value":"Saltmarsh District Council","count":1}])"));
  CHECK(summary["facets"]["outcome"] == nlohmann::json::parse(R"([{"value":"upheld","count":3},
                                  {"value":"closed-after-initial-enquiries","count":1},
                                  {"value":"not-upheld","count":1}])"));
  std::map<std::string, int> remedies;
  for (const auto& row : summary["facets"]["remedy"])
    remedies[row["value"].is_null() ? "(none)" : row["value"].get<std::string>()] = row["count"];
  CHECK(remedies["payment"] == 3);
  CHECK(remedies["apology"] == 3);

  const CommandResult none = run({"--json", "cookies"});
  CHECK(none.exit_code == 1);
  CHECK(none.out == "{\"total\":0,\"facets\":{}}\n");
}

TEST_CASE("e2e: --csv has a header and RFC 4180 rows", "[e2e][csv]") {
  const CommandResult r = run({"--csv", "--sort", "oldest", "\"free, for the first\" OR shed"});
  INFO(r.err);
  REQUIRE(r.exit_code == 0);
  CHECK(r.out.find("\r\n") != std::string::npos);
  const auto rows = parse_csv(r.out);
  REQUIRE(rows.size() == 3);
  // The whole header is export_test.cpp's.
  CHECK(rows[0].front() == "rank");
  CHECK(rows[0].back() == "snippet");
  for (const auto& row : rows) CHECK(row.size() == 23);
  CHECK(rows[1][1] == "21-087-006");
  CHECK(rows[1][5] == "2021-11-15");
  CHECK(rows[2][1] == "23-004-219");
  CHECK(rows[2][6] == "not-upheld");
  CHECK(rows[2][8] == "0");
  // The snippet holds a quoted phrase with a comma: it came through the quoting whole.
  CHECK(rows[2][22].find("\"free, for the first six weeks\"") != std::string::npos);

  const CommandResult facets = run({"--csv", "--facets", "council", "outcome:upheld"});
  CHECK(facets.exit_code == 0);
  CHECK(facets.out ==
        "field,value,count\r\ncouncil,Hollowmere Borough Council,2\r\n"
        "council,Saltmarsh District Council,1\r\n");
}

TEST_CASE("e2e: exit codes are 0 with matches, 1 with none, 2 on an error", "[e2e]") {
  CHECK(run({"shed"}).exit_code == 0);
  const CommandResult none = run({"cookies"});
  CHECK(none.exit_code == 1);
  CHECK(none.out == "No decisions match.\n");
  CHECK(none.err.empty());
  CHECK(run({"--count", "cookies"}).exit_code == 1);
  CHECK(run({"outcome:maybe"}).exit_code == 2);
}

TEST_CASE("e2e: each mistake is one line on stderr", "[e2e][errors]") {
  check_error(run({"counsil:hollowmere"}),
              "unknown field 'counsil' in 'counsil:hollowmere' (did you mean 'council:'?); the "
              "fields are case, council (or org), category");
  check_error(run({"paid:>=lots"}), "paid:>=lots: 'lots' is not an amount in pounds");
  check_error(run({"date:2022-13-45"}), "date:2022-13-45: '2022-13-45' is not a date");
  check_error(run({"outcome:maybe"}),
              "'maybe' is not a valid outcome; use one of upheld, not-upheld, "
              "closed-after-initial-enquiries, unknown");
  check_error(run({"--wildcard-limit", "2", "s*"}),
              "the wildcard 's*' matches more than 2 words; type more of the word");
  check_error(run({"--facets", "council,paid", "shed"}), "--facets: 'paid' cannot be counted");
  check_error(run({"--sort", "loudest", "shed"}), "--sort");
  check_error(run({"--limit", "lots", "shed"}), "--limit");
}

TEST_CASE("e2e: a missing database, or one of another schema version", "[e2e][errors]") {
  ombud::test::TempDir dir;
  const std::string missing = (dir / "nothing-here.db").string();
  check_error(run_search(missing, {"shed"}),
              "no database at " + missing + ": index some decisions first");
  check_error(run_search("", {"shed"}, "OMBUD_DB=" + ombud::test::shell_quote(missing)),
              "no database at " + missing);

  const std::string old = (dir / "old.db").string();
  {
    Xapian::WritableDatabase db(old, Xapian::DB_CREATE);
    db.set_metadata(std::string(ombud::schema::kSchemaVersionKey), "0");
    db.add_document(Xapian::Document());
    db.commit();
  }
  check_error(run_search(old, {"shed"}), "was written with ombud schema version 0");
}

TEST_CASE("e2e: --count", "[e2e]") {
  const CommandResult r = run({"--count", "outcome:upheld"});
  CHECK(r.exit_code == 0);
  CHECK(r.out == "3\n");
  const CommandResult all = run({"--count"});
  CHECK(all.out == "5\n");
  const CommandResult faceted = run({"--count", "--facets", "council", "outcome:upheld"});
  CHECK(faceted.out ==
        "3\n\ncouncil\n  2  Hollowmere Borough Council\n  1  Saltmarsh District Council\n");
  const CommandResult json = run({"--count", "--json", "ofsted:yes"});
  CHECK(json.out == "{\"total\":1,\"facets\":{}}\n");
}

TEST_CASE("e2e: --show prints one decision in full", "[e2e]") {
  for (const char* ref : {"22-031-415", "22 031 415", "22031415"}) {
    INFO(ref);
    const CommandResult r = run({"--show", ref});
    CHECK(r.exit_code == 0);
    CHECK(r.out.starts_with(
        "Hollowmere Borough Council (22 031 415)\n\ncase             22-031-415\n"));
    CHECK(r.out.find("ofsted           yes\n") != std::string::npos);
    CHECK(r.out.find("paid             £750\n") != std::string::npos);
    CHECK(r.out.find("Mr and Mrs D complained") != std::string::npos);
  }
  const CommandResult json = run({"--show", "24-100-201", "--json"});
  CHECK(json.exit_code == 0);
  const auto j = nlohmann::json::parse(json.out);
  CHECK(j["case_ref"] == "24-100-201");
  CHECK(j["paid"] == 500);
  CHECK(j["text"].get<std::string>().find("bed and breakfast") != std::string::npos);

  const CommandResult missing = run({"--show", "99-999-999"});
  CHECK(missing.exit_code == 1);
  CHECK(missing.out.empty());
  CHECK(missing.err.starts_with("ombud-search: error: no decision 99-999-999 in "));
  check_error(run({"--show", "22-031-415", "shed"}), "--show takes a case reference and no query");
}

TEST_CASE("e2e: --show-query prints the parsed query first", "[e2e]") {
  const CommandResult r = run({"--show-query", "shed outcome:closed-after-initial-enquiries"});
  CHECK(r.exit_code == 0);
  const std::string expected =
      "Parsed query is: Query((Zshed@1 FILTER " +
      ombud::schema::term(ombud::schema::FieldId::kOutcome, "closed-after-initial-enquiries") +
      "))\n";
  CHECK(r.out.starts_with(expected + "1 decision matches.\n"));
  // With --json the line goes to stderr, so stdout stays JSON.
  const CommandResult json = run({"--show-query", "--json", "shed"});
  CHECK(json.err.starts_with("Parsed query is: Query(Zshed@1)"));
  CHECK(json_case_refs(json.out) == Refs{"21-087-006"});
}

TEST_CASE("e2e: the journalist's query", "[e2e]") {
  const CommandResult r =
      run({"--json", "--facets", "council,outcome",
           "outcome:upheld category:\"Children's care services\" paid:>=500 ofsted:yes "
           "date:>=2022-01-01 \"statutory complaints procedure\""});
  INFO(r.err);
  CHECK(r.exit_code == 0);
  CHECK(json_case_refs(r.out) == Refs{"22-031-415"});
  // Without the date and the payment, the 2020 Hollowmere decision joins it.
  const CommandResult wider =
      run({"--json", "outcome:upheld category:\"Children's care services\" council:hollowmere"});
  CHECK(json_case_refs(wider.out) == Refs{"22-031-415", "20-012-345"});
}

TEST_CASE("e2e: sorting and paging from the command line", "[e2e]") {
  auto refs_in_order = [](const CommandResult& r) {
    std::vector<std::string> out;
    for (const std::string& line : lines_of(r.out)) {
      const auto j = nlohmann::json::parse(line);
      if (j.contains("case_ref")) out.push_back(j["case_ref"]);
    }
    return out;
  };
  using V = std::vector<std::string>;
  CHECK(refs_in_order(run({"--json", "--sort", "newest"})) ==
        V{"24-100-201", "23-004-219", "22-031-415", "21-087-006", "20-012-345"});
  CHECK(refs_in_order(run({"--json", "--sort", "paid", "--limit", "2"})) ==
        V{"22-031-415", "24-100-201"});
  CHECK(refs_in_order(run({"--json", "--sort", "oldest", "--offset", "3"})) ==
        V{"23-004-219", "24-100-201"});
}

TEST_CASE("e2e: a closed pipe is not an error", "[e2e]") {
  // The reader is gone before ombud-search writes: it must stop quietly, not die of SIGPIPE.
  const std::string command = "{ sleep 0.5; " + ombud::test::shell_quote(OMBUD_SEARCH_BIN) +
                              " --db " + ombud::test::shell_quote(fixture_db()) +
                              " council; echo \"exit=$?\" >&2; } | true";
  const CommandResult r = ombud::test::run_command(command);
  CHECK(r.err == "exit=0\n");
}

TEST_CASE("e2e: a sharded database searches as one", "[e2e]") {
  ombud::test::TempDir dir;
  const std::string db = (dir / "sharded.db").string();
  const CommandResult index =
      ombud::test::run_command(ombud::test::shell_quote(OMBUD_INDEX_BIN) + " --shards 2 --db " +
                               ombud::test::shell_quote(db) + " " +
                               ombud::test::shell_quote(ombud::test::search_fixtures().string()));
  INFO(index.err);
  REQUIRE(index.exit_code == 0);
  CHECK(json_case_refs(run_search(db, {"--json", "council:fernbridge"}).out) ==
        Refs{"21-087-006", "23-004-219"});
  CHECK(run_search(db, {"--count", "paid:>0"}).out == "3\n");
}

TEST_CASE("e2e: --fields prints the table README.md carries", "[e2e][docs]") {
  const CommandResult r = run_search("", {"--fields"});
  CHECK(r.exit_code == 0);
  REQUIRE(r.out.starts_with("| field |"));
  const std::string text = ombud::test::read_bytes(std::string(OMBUD_SOURCE_DIR) + "/README.md");
  const std::size_t b = text.find("<!-- search:begin -->");
  const std::size_t e = text.find("<!-- search:end -->");
  REQUIRE(b != std::string::npos);
  REQUIRE(e != std::string::npos);
  CHECK(text.substr(b, e - b).find("\n" + r.out) != std::string::npos);
}

TEST_CASE("e2e: --help documents the query language and the fields", "[e2e][docs]") {
  const CommandResult r = run_search("", {"--help"});
  CHECK(r.exit_code == 0);
  for (const auto& f : ombud::schema::kFields) {
    INFO(f.name);
    CHECK(r.out.find(std::string(f.name) + ":") != std::string::npos);
  }
  CHECK(r.out.find("Exit status: 0 when decisions matched, 1 when none did, 2 on an error.") !=
        std::string::npos);
}

TEST_CASE("e2e: a query that starts with '-'", "[e2e][errors]") {
  check_error(run({"-shed"}), "a query that starts with '-' goes after --");
  const CommandResult r = run({"--count", "--", "-shed"});
  CHECK(r.exit_code == 0);
  CHECK(r.out == "4\n");
}
