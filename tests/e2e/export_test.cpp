// Exports are complete or say they are not, and counts miss nothing: every fact the index holds
// in --json, --csv and --show (the file indexed, the decision's page on the ombudsman's site);
// the notice when --limit cuts a machine-readable list; --all; facet rows for the decisions
// without a value, adding up to the total.
#include <catch2/catch.hpp>
#include <filesystem>
#include <map>
#include <nlohmann/json.hpp>

#include "csv_reader.hpp"
#include "search_cli.hpp"

namespace {

using ombud::test::CommandResult;
using ombud::test::parse_csv;
using ombud::test::run_search;

const std::string& fixture_db() {
  static const ombud::test::IndexedDb db({ombud::test::search_fixtures()});
  return db.path();
}

// corpus/sample: most of its decisions have no date and no category.
const std::string& sample_db() {
  static const ombud::test::IndexedDb db(
      {std::filesystem::path(OMBUD_SOURCE_DIR) / "corpus" / "sample"});
  return db.path();
}

std::vector<nlohmann::ordered_json> json_lines(const std::string& out) {
  std::vector<nlohmann::ordered_json> lines;
  std::size_t start = 0;
  for (std::size_t nl; (nl = out.find('\n', start)) != std::string::npos; start = nl + 1)
    lines.push_back(nlohmann::ordered_json::parse(out.substr(start, nl - start)));
  return lines;
}

const std::vector<std::string> kHitKeys = {
    "rank",          "case_ref",    "organisation", "source",          "doc_type",
    "category",      "subcategory", "outcome",      "outcome_source",  "decision_date",
    "ofsted_shared", "cqc_shared",  "remedies",     "remedy_payments", "paid",
    "amounts",       "legislation", "added",        "changed",         "path",
    "url",           "score",       "snippet",      "highlights"};

const std::string kDisabledChildrenUrl =
    "https://www.lgo.org.uk/decisions/children-s-care-services/disabled-children/22-031-415";

}  // namespace

TEST_CASE("e2e: --json carries every fact the index holds, the file and the URL", "[e2e][json]") {
  const CommandResult r = run_search(fixture_db(), {"--json", "--", ""});
  INFO(r.err);
  REQUIRE(r.exit_code == 0);
  const auto lines = json_lines(r.out);
  REQUIRE(lines.size() == 6);
  for (std::size_t i = 0; i + 1 < lines.size(); ++i) {
    const auto& hit = lines[i];
    INFO(hit.dump());
    std::vector<std::string> keys;
    for (const auto& [key, value] : hit.items()) keys.push_back(key);
    CHECK(keys == kHitKeys);
    CHECK(hit["source"] == "lgsco");
    CHECK(hit["doc_type"] == "decision");
    CHECK(hit["outcome_source"].is_string());
    CHECK(hit["cqc_shared"].is_boolean());
    CHECK(hit["legislation"].is_array());
    CHECK(hit["amounts"].is_array());
    // The file it was indexed from: absolute, and there.
    const std::filesystem::path path = hit["path"].get<std::string>();
    CHECK(path.is_absolute());
    CHECK(path.parent_path().filename() == "search");
    CHECK(std::filesystem::exists(path));
    // Every fixture has a category and a sub-category: each has its page.
    const std::string url = hit["url"];
    CHECK(url.starts_with("https://www.lgo.org.uk/decisions/"));
    CHECK(url.ends_with("/" + hit["case_ref"].get<std::string>()));
  }
  const CommandResult one = run_search(fixture_db(), {"--json", "case:22-031-415"});
  const auto hit = json_lines(one.out).front();
  CHECK(hit["url"] == kDisabledChildrenUrl);
  CHECK(hit["path"].get<std::string>().ends_with("/hollowmere_22031415.txt"));
  CHECK(hit["legislation"] ==
        nlohmann::json::parse(R"(["Children Act 1989","Local Government Act 1974"])"));
}

TEST_CASE("e2e: --csv carries the same facts", "[e2e][csv]") {
  const CommandResult r = run_search(fixture_db(), {"--csv", "case:22-031-415"});
  INFO(r.err);
  REQUIRE(r.exit_code == 0);
  const auto rows = parse_csv(r.out);
  REQUIRE(rows.size() == 2);
  CHECK(rows[0] ==
        std::vector<std::string>{"rank",        "case_ref",        "organisation", "source",
                                 "doc_type",    "decision_date",   "outcome",      "outcome_source",
                                 "paid",        "remedy_payments", "remedies",     "category",
                                 "subcategory", "ofsted_shared",   "cqc_shared",   "legislation",
                                 "amounts",     "added",           "changed",      "path",
                                 "url",         "score",           "snippet"});
  std::map<std::string, std::string> row;
  for (std::size_t i = 0; i < rows[0].size(); ++i) row[rows[0][i]] = rows[1][i];
  CHECK(row["url"] == kDisabledChildrenUrl);
  CHECK(row["path"].ends_with("/hollowmere_22031415.txt"));
  CHECK(row["source"] == "lgsco");
  CHECK(row["cqc_shared"] == "no");
  CHECK(row["legislation"] == "Children Act 1989; Local Government Act 1974");
}

TEST_CASE("e2e: --show prints the file and the URL too", "[e2e]") {
  const CommandResult r = run_search(fixture_db(), {"--show", "22 031 415"});
  REQUIRE(r.exit_code == 0);
  CHECK(r.out.find("\nurl              " + kDisabledChildrenUrl + "\n") != std::string::npos);
  CHECK(r.out.find("/hollowmere_22031415.txt\n") != std::string::npos);
  const CommandResult json = run_search(fixture_db(), {"--show", "22 031 415", "--json"});
  const auto j = nlohmann::json::parse(json.out);
  CHECK(j["url"] == kDisabledChildrenUrl);
  CHECK(j["path"].get<std::string>().ends_with("/hollowmere_22031415.txt"));
}

TEST_CASE("e2e: a list cut short by --limit says so on stderr", "[e2e][limit]") {
  const std::string notice = "ombud-search: wrote 2 of 5 decisions (use --all for every one)\n";
  for (const char* format : {"--json", "--csv"}) {
    INFO(format);
    const CommandResult cut = run_search(fixture_db(), {format, "--limit", "2", "council"});
    CHECK(cut.exit_code == 0);
    CHECK(cut.err == notice);
    const CommandResult whole = run_search(fixture_db(), {format, "council"});
    CHECK(whole.exit_code == 0);
    CHECK(whole.err.empty());
    const CommandResult all = run_search(fixture_db(), {format, "--all", "council"});
    CHECK(all.exit_code == 0);
    CHECK(all.err.empty());
    CHECK(all.out == whole.out);
  }
  // A page further on is cut too.
  CHECK(run_search(fixture_db(), {"--json", "--limit", "2", "--offset", "2", "council"}).err ==
        notice);
  // The human output says it in its summary line; counts and facet tables are not lists.
  const CommandResult human = run_search(fixture_db(), {"--limit", "2", "council"});
  CHECK(human.err.empty());
  CHECK(human.out.starts_with("5 decisions match; showing 1–2.\n"));
  CHECK(run_search(fixture_db(), {"--json", "--count", "council"}).err.empty());
  CHECK(run_search(fixture_db(), {"--csv", "--facets", "council", "council"}).err.empty());
  // --all is every match: a --limit beside it is a mistake.
  const CommandResult both = run_search(fixture_db(), {"--all", "--limit", "3", "council"});
  CHECK(both.exit_code == 2);
  CHECK(both.out.empty());
}

TEST_CASE("e2e: --all writes every match, a page at a time, as one listing", "[e2e][limit]") {
  // The same output as a --limit that holds them all, in each format and sort order. (Pages of
  // many hits are the scale test's: all_scale_test.cpp.)
  for (const char* sort : {"relevance", "newest", "paid"}) {
    for (const std::vector<std::string>& format :
         {std::vector<std::string>{"--json", "--facets", "year,outcome"},
          std::vector<std::string>{"--csv"}, std::vector<std::string>{"--facets", "council"}}) {
      auto limited = format;
      limited.insert(limited.end(), {"--sort", sort, "--limit", "1000", "council"});
      auto all = format;
      all.insert(all.end(), {"--sort", sort, "--all", "council"});
      INFO(sort << " " << format.front());
      const CommandResult a = run_search(sample_db(), all);
      const CommandResult b = run_search(sample_db(), limited);
      CHECK(a.exit_code == 0);
      CHECK(a.out == b.out);
    }
  }
  const CommandResult from = run_search(sample_db(), {"--json", "--all", "--offset", "20", ""});
  const auto lines = json_lines(from.out);
  REQUIRE(lines.size() >= 2);
  CHECK(lines.front()["rank"] == 21);
  CHECK(lines.size() - 1 == lines.back()["total"].get<std::size_t>() - 20);
}

TEST_CASE("e2e: facets count the decisions without a value, and add up to the total",
          "[e2e][facets]") {
  const std::string single = "council,category,subcategory,outcome,year,type,source,ofsted,cqc";
  for (const std::string query : {"", "council", "outcome:upheld", "-apology"}) {
    INFO("query: " << query);
    const CommandResult r =
        run_search(sample_db(), {"--json", "--count", "--facets", single + ",remedy", "--", query});
    REQUIRE(r.exit_code == 0);
    const auto summary = nlohmann::json::parse(r.out);
    const int total = summary["total"];
    for (const auto& [field, rows] : summary["facets"].items()) {
      INFO(field);
      int sum = 0, nulls = 0;
      for (const auto& row : rows) {
        sum += row["count"].get<int>();
        if (row["value"].is_null()) nulls += row["count"].get<int>();
      }
      // A decision may have several remedies, or none: more than the total, over them all.
      if (field == "remedy") {
        if (query.empty()) CHECK(sum > total);
        continue;
      }
      CHECK(sum == total);
      if (field == "year" || field == "category") CHECK(nulls > 0);
    }
  }
  // Years in date order, the undated last; "(none)" on a terminal; the list facet said to be one.
  const CommandResult years = run_search(sample_db(), {"--count", "--facets", "year,remedy", ""});
  REQUIRE(years.exit_code == 0);
  const std::string out = years.out;
  const std::size_t none = out.find("  (none)\n");
  REQUIRE(none != std::string::npos);
  CHECK(none < out.find("\nremedy"));
  // Each row "  N  YYYY": the years rise.
  std::string previous;
  std::size_t lines = 0;
  for (std::size_t at = out.find("\nyear\n") + 6; at < none; at = out.find('\n', at) + 1) {
    const std::string year = out.substr(out.find('\n', at) - 4, 4);
    CHECK(previous < year);
    previous = year;
    ++lines;
  }
  CHECK(lines >= 2);
  CHECK(out.find("remedy  (a decision may have several)\n") != std::string::npos);
  // A list typed with spaces after the commas.
  const CommandResult spaced = run_search(sample_db(), {"--count", "--facets", "year, remedy", ""});
  CHECK(spaced.exit_code == 0);
  CHECK(spaced.out == years.out);
  // CSV: the none row has an empty value.
  const CommandResult csv = run_search(sample_db(), {"--csv", "--facets", "year", ""});
  const auto rows = parse_csv(csv.out);
  REQUIRE(rows.size() >= 3);
  CHECK(rows.back()[0] == "year");
  CHECK(rows.back()[1] == "");
}

TEST_CASE("e2e: a query of filters only lists newest first, with the start of the Summary",
          "[e2e][order]") {
  const CommandResult r = run_search(fixture_db(), {"--json", "source:lgsco"});
  REQUIRE(r.exit_code == 0);
  const auto lines = json_lines(r.out);
  REQUIRE(lines.size() == 6);
  std::vector<std::string> dates;
  for (std::size_t i = 0; i + 1 < lines.size(); ++i) {
    INFO(lines[i].dump());
    dates.push_back(lines[i]["decision_date"]);
    const std::string snippet = lines[i]["snippet"];
    CHECK_FALSE(snippet.starts_with("Category"));
    CHECK_FALSE(snippet.starts_with("Summary"));
  }
  CHECK(dates == std::vector<std::string>{"2024-01-11", "2023-03-02", "2022-09-20", "2021-11-15",
                                          "2020-05-04"});
  CHECK(lines[2]["snippet"].get<std::string>().starts_with(
      "Mr and Mrs D complained that the Council took eight months"));
  // The empty query too.
  const CommandResult all = run_search(fixture_db(), {"--csv", "--", ""});
  const auto rows = parse_csv(all.out);
  REQUIRE(rows.size() == 6);
  CHECK(rows[1][1] == "24-100-201");
}
