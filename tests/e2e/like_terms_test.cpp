// --like and --terms end to end: ombud-index on tests/fixtures/like (three subjects of three
// decisions, README.md there), then ombud-search as a user runs it. The likes of a decision are
// the other decisions of its subject, never itself; filters hold on every hit; every output
// format carries them; the word planted in one subject's decisions leads its --terms.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "search_cli.hpp"

namespace {

using nlohmann::json;
using ombud::test::CommandResult;
using ombud::test::run_search;

const std::string& like_db() {
  static const ombud::test::IndexedDb db(
      {std::filesystem::path(OMBUD_SOURCE_DIR) / "tests" / "fixtures" / "like"});
  return db.path();
}

struct JsonRun {
  std::vector<json> hits;
  json summary;
};

JsonRun json_run(std::vector<std::string> args) {
  args.push_back("--json");
  const CommandResult r = run_search(like_db(), args);
  INFO(r.err);
  REQUIRE(r.exit_code <= 1);
  JsonRun out;
  std::size_t start = 0;
  for (std::size_t nl; (nl = r.out.find('\n', start)) != std::string::npos; start = nl + 1) {
    json j = json::parse(r.out.substr(start, nl - start));
    if (j.contains("rank"))
      out.hits.push_back(std::move(j));
    else
      out.summary = std::move(j);
  }
  return out;
}

std::vector<std::string> refs(const JsonRun& run) {
  std::vector<std::string> out;
  for (const json& h : run.hits) out.push_back(h["case_ref"].get<std::string>());
  return out;
}

std::set<std::string> first_two(const JsonRun& run) {
  REQUIRE(run.hits.size() >= 2);
  return {run.hits[0]["case_ref"].get<std::string>(), run.hits[1]["case_ref"].get<std::string>()};
}

bool lists(const std::vector<std::string>& v, const std::string& ref) {
  return std::find(v.begin(), v.end(), ref) != v.end();
}

}  // namespace

TEST_CASE("e2e: like finds the decisions of the same subject first, never itself", "[e2e][like]") {
  const JsonRun transport = json_run({"--like", "25-201-001", "--all"});
  CHECK(first_two(transport) == std::set<std::string>{"25-201-077", "25-202-114"});
  CHECK_FALSE(lists(refs(transport), "25-201-001"));
  CHECK(transport.summary["total"] == transport.hits.size());
  CHECK(transport.summary["like"]["case_ref"] == "25-201-001");
  const auto words = transport.summary["like"]["words"].get<std::vector<std::string>>();
  CHECK(lists(words, "minibus"));
  CHECK_FALSE(lists(words, "brackenford"));  // the council's name is not a subject

  const JsonRun damp = json_run({"--like", "25-204-222", "--all"});
  CHECK(first_two(damp) == std::set<std::string>{"25-203-050", "25-205-333"});
  CHECK_FALSE(lists(refs(damp), "25-204-222"));
}

TEST_CASE("e2e: like takes the case reference in any spelling", "[e2e][like]") {
  const std::vector<std::string> canonical = refs(json_run({"--like", "25-203-050"}));
  CHECK(refs(json_run({"--like", "25 203 050"})) == canonical);
  CHECK(refs(json_run({"--like", "25203050"})) == canonical);
  CHECK(refs(json_run({"--like", "25/203/050"})) == canonical);
}

TEST_CASE("e2e: like with filters and words: they hold on every hit", "[e2e][like]") {
  const JsonRun upheld = json_run({"--like", "25-201-001", "outcome:upheld", "--all"});
  REQUIRE_FALSE(upheld.hits.empty());
  CHECK(upheld.hits[0]["case_ref"] == "25-202-114");
  for (const json& h : upheld.hits) CHECK(h["outcome"] == "upheld");
  CHECK_FALSE(lists(refs(upheld), "25-201-001"));

  const JsonRun both =
      json_run({"--like", "25-204-222", "outcome:upheld council:brackenford", "--all"});
  REQUIRE_FALSE(both.hits.empty());
  CHECK(both.hits[0]["case_ref"] == "25-203-050");
  for (const json& h : both.hits) {
    CHECK(h["outcome"] == "upheld");
    CHECK(h["organisation"] == "Brackenford County Council");
  }

  // Words of the query are required, as in any query.
  const JsonRun words = json_run({"--like", "25-203-050", "landlord", "--all"});
  CHECK(refs(words) == std::vector<std::string>{"25-205-333"});
  // A filter that leaves nothing: exit 1, as any query that matches nothing.
  const CommandResult none = run_search(like_db(), {"--like", "25-203-050", "council:quarrymoor",
                                                    "outcome:upheld", "subcategory:allocations"});
  CHECK(none.exit_code == 1);
}

TEST_CASE("e2e: like in every output format", "[e2e][like]") {
  const JsonRun json_out = json_run({"--like", "25-201-001"});
  const std::string total = std::to_string(json_out.summary["total"].get<int>());

  const CommandResult human = run_search(like_db(), {"--like", "25-201-001", "--color", "never"});
  REQUIRE(human.exit_code == 0);
  CHECK(human.out.rfind("Like 25-201-001, by its words: ", 0) == 0);
  CHECK(human.out.find(total + " decisions match") != std::string::npos);
  CHECK(human.out.find("\n25-201-001 ") == std::string::npos);

  const CommandResult count = run_search(like_db(), {"--like", "25-201-001", "--count"});
  CHECK(count.out == total + "\n");

  const CommandResult csv = run_search(like_db(), {"--like", "25-201-001", "--csv", "--all"});
  REQUIRE(csv.exit_code == 0);
  CHECK(csv.out.rfind("rank,case_ref,", 0) == 0);
  CHECK(csv.out.find(",25-201-077,") != std::string::npos);
  CHECK(csv.out.find(",25-201-001,") == std::string::npos);

  const CommandResult limited =
      run_search(like_db(), {"--like", "25-201-001", "--json", "--limit", "1"});
  CHECK(limited.err.find("wrote 1 of " + total + " decisions") != std::string::npos);

  const JsonRun facets = json_run({"--like", "25-201-001", "--facets", "outcome"});
  int sum = 0;
  for (const json& row : facets.summary["facets"]["outcome"]) sum += row["count"].get<int>();
  CHECK(std::to_string(sum) == total);

  const CommandResult shown =
      run_search(like_db(), {"--like", "25-201-001", "outcome:upheld", "--show-query"});
  CHECK(shown.out.find("Zminibus") != std::string::npos);
  CHECK(shown.out.find("AND_NOT Q25-201-001") != std::string::npos);
  CHECK(shown.out.find("XOUTCOMEupheld") != std::string::npos);
}

TEST_CASE("e2e: like of an unknown or malformed case reference is an error naming it",
          "[e2e][like]") {
  const CommandResult unknown = run_search(like_db(), {"--like", "99-999-999"});
  CHECK(unknown.exit_code == 2);
  CHECK(unknown.out.empty());
  CHECK(unknown.err ==
        "ombud-search: error: --like 99-999-999: no decision has this case reference\n");
  const CommandResult bad = run_search(like_db(), {"--like", "shed"});
  CHECK(bad.exit_code == 2);
  CHECK(bad.err.find("'shed' is not a case reference") != std::string::npos);
  const CommandResult empty = run_search(like_db(), {"--like", ""});
  CHECK(empty.exit_code == 2);
  CHECK(empty.err.find("--like") != std::string::npos);
  const CommandResult with_show =
      run_search(like_db(), {"--like", "25-201-001", "--show", "25-201-001"});
  CHECK(with_show.exit_code == 2);
}

TEST_CASE("e2e: terms lists the word planted in the matches first or near it", "[e2e][terms]") {
  const JsonRun transport = json_run({"--terms", "5", "subcategory:\"School transport\""});
  const json& terms = transport.summary["terms"];
  REQUIRE(terms.size() == 5);
  CHECK(transport.summary["terms_over"] == 3);
  std::vector<std::string> words;
  for (const json& t : terms) words.push_back(t["word"].get<std::string>());
  INFO(transport.summary.dump());
  const auto minibus = std::find(words.begin(), words.end(), "minibus");
  REQUIRE(minibus != words.end());
  CHECK(minibus - words.begin() < 3);
  const json& m = terms[minibus - words.begin()];
  CHECK(m["matches"] == 3);
  CHECK(m["collection"] == 3);
  CHECK(m["word_is_stem"] == false);

  const JsonRun damp = json_run({"--terms", "3", "mould"});
  std::vector<std::string> damp_words;
  for (const json& t : damp.summary["terms"]) damp_words.push_back(t["word"].get<std::string>());
  INFO(damp.summary.dump());
  CHECK((lists(damp_words, "damp") || lists(damp_words, "dehumidifier")));
}

TEST_CASE("e2e: terms in human and CSV output, and with like", "[e2e][terms]") {
  const CommandResult human = run_search(
      like_db(), {"--terms", "3", "subcategory:\"School transport\"", "--color", "never"});
  REQUIRE(human.exit_code == 0);
  CHECK(human.out.find("\nterms  (words that set the matches apart") != std::string::npos);
  CHECK(human.out.find("  minibus") != std::string::npos);

  const CommandResult csv =
      run_search(like_db(), {"--terms", "3", "subcategory:\"School transport\"", "--csv"});
  REQUIRE(csv.exit_code == 0);
  CHECK(csv.out.rfind("word,stem,word_is_stem,matches,collection,weight\r\n", 0) == 0);
  CHECK(csv.out.find("minibus,minibus,no,3,3,") != std::string::npos);

  const CommandResult both =
      run_search(like_db(), {"--terms", "3", "--facets", "outcome", "--csv", "minibus"});
  CHECK(both.exit_code == 2);
  CHECK(both.err.find("--facets or --terms") != std::string::npos);

  const JsonRun liked = json_run({"--like", "25-203-050", "--terms", "3"});
  CHECK(liked.summary["terms"].size() <= 3);
  CHECK(liked.summary["like"]["case_ref"] == "25-203-050");

  const CommandResult zero = run_search(like_db(), {"--terms", "0"});
  CHECK(zero.exit_code == 2);
}
