// ombud-stats as a user runs it, on the sample corpus indexed by the real ombud-index: the table,
// --csv and --json shapes, --top, --plot, the counts agreeing with ombud-search's, and errors
// (exit 2, one line on stderr naming what would work).
#include <catch2/catch.hpp>
#include <fstream>
#include <iterator>
#include <map>
#include <nlohmann/json.hpp>

#include "csv_reader.hpp"
#include "search_cli.hpp"

namespace {

using ombud::test::CommandResult;
using ombud::test::shell_quote;

const std::string& sample_db() {
  static const ombud::test::IndexedDb db(
      {std::filesystem::path(OMBUD_SOURCE_DIR) / "corpus" / "sample"});
  return db.path();
}

CommandResult run_stats(const std::vector<std::string>& args) {
  std::string command = shell_quote(OMBUD_STATS_BIN) + " --db " + shell_quote(sample_db());
  for (const std::string& a : args) command += " " + shell_quote(a);
  return ombud::test::run_command(command);
}

std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> out;
  std::size_t start = 0;
  for (std::size_t nl; (nl = text.find('\n', start)) != std::string::npos; start = nl + 1)
    out.push_back(text.substr(start, nl - start));
  return out;
}

std::size_t width(const std::string& s) {
  std::size_t n = 0;
  for (char c : s) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return n;
}

void check_error(const CommandResult& r, const std::string& says) {
  INFO(r.err);
  CHECK(r.exit_code == 2);
  CHECK(r.out.empty());
  CHECK_THAT(r.err, Catch::StartsWith("ombud-stats: error: ") && Catch::Contains(says));
  CHECK(lines_of(r.err).size() == 1);
}

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

}  // namespace

TEST_CASE("ombud-stats prints an aligned table with the totals last", "[stats][cli]") {
  const CommandResult r = run_stats({"--by", "council,year", "remedy:payment"});
  INFO(r.err);
  REQUIRE(r.exit_code == 0);
  const auto lines = lines_of(r.out);
  REQUIRE(lines.size() > 4);
  CHECK_THAT(lines[0],
             Catch::Matches(R"(\d+ decisions match 'remedy:payment', by council × year\.)"));
  CHECK(lines[1].empty());
  CHECK_THAT(lines[2], Catch::StartsWith("council") && Catch::Contains("year") &&
                           Catch::EndsWith("paid_max"));
  CHECK_THAT(lines.back(), Catch::StartsWith("total "));
  for (std::size_t i = 3; i < lines.size(); ++i) {
    INFO(lines[i]);
    CHECK(width(lines[i]) == width(lines[2]));  // numbers are right-aligned under their header
    CHECK_THAT(lines[i], Catch::Contains("%") || Catch::Contains(" - "));
    CHECK_THAT(lines[i], Catch::Contains("£"));
  }
}

TEST_CASE("ombud-stats --csv has a header, a row per group and the totals last",
          "[stats][cli][csv]") {
  const CommandResult r =
      run_stats({"--csv", "--by", "outcome", "--metrics", "uphold_rate,decisions,paid_total"});
  INFO(r.err);
  REQUIRE(r.exit_code == 0);
  CHECK_THAT(r.out, Catch::Contains("\r\n"));
  const auto rows = ombud::test::parse_csv(r.out);
  REQUIRE(rows.size() >= 3);
  // The metrics in the order --metrics lists them.
  CHECK(rows[0] == std::vector<std::string>{"outcome", "uphold_rate", "decisions", "paid_total"});
  CHECK(rows.back()[0] == "(total)");
  long sum = 0;
  for (std::size_t i = 1; i + 1 < rows.size(); ++i) {
    REQUIRE(rows[i].size() == 4);
    sum += std::stol(rows[i][2]);
    // One outcome per row: the rate is 1 for upheld, 0 for not-upheld, empty for the others.
    if (rows[i][0] == "upheld") CHECK(rows[i][1] == "1");
    if (rows[i][0] == "not-upheld") CHECK(rows[i][1] == "0");
    if (rows[i][0] == "closed-after-initial-enquiries") CHECK(rows[i][1].empty());
  }
  CHECK(std::to_string(sum) == rows.back()[2]);  // one outcome each: the rows add up
}

TEST_CASE("ombud-stats --json: an object per group under the fields' query names, then the total",
          "[stats][cli][json]") {
  const CommandResult r = run_stats({"--json", "--by", "council,year"});
  INFO(r.err);
  REQUIRE(r.exit_code == 0);
  const auto lines = lines_of(r.out);
  REQUIRE(lines.size() >= 2);
  long sum = 0;
  for (std::size_t i = 0; i + 1 < lines.size(); ++i) {
    const auto j = nlohmann::ordered_json::parse(lines[i]);
    auto it = j.begin();
    CHECK(it.key() == "council");
    CHECK((++it).key() == "year");
    CHECK((it.value().is_number_integer() || it.value().is_null()));
    CHECK((++it).key() == "decisions");
    CHECK(j.contains("uphold_rate"));
    CHECK(j.contains("paid_median"));
    sum += j["decisions"].get<long>();
  }
  const auto total = nlohmann::json::parse(lines.back());
  REQUIRE(total.contains("total"));
  CHECK(total["total"]["decisions"].get<long>() == sum);  // one council and year each

  // The same count as ombud-search's, and the same per council as its facet counts.
  const CommandResult search =
      ombud::test::run_search(sample_db(), {"--json", "--count", "--facets", "council"});
  const auto summary = nlohmann::json::parse(search.out);
  CHECK(summary["total"].get<long>() == sum);
  const CommandResult by_council =
      run_stats({"--json", "--by", "council", "--metrics", "decisions"});
  // ombud-search's facet rows: {"value": …, "count": N}, value null for decisions without one.
  std::map<std::string, long> facet_counts;
  for (const auto& row : summary["facets"]["council"]) {
    const auto& value = row["value"];
    facet_counts[value.is_null() ? "(none)" : value.get<std::string>()] = row["count"].get<long>();
  }
  const auto council_lines = lines_of(by_council.out);
  REQUIRE(council_lines.size() == facet_counts.size() + 1);  // a line per council, then the total
  for (std::size_t i = 0; i + 1 < council_lines.size(); ++i) {
    const auto j = nlohmann::json::parse(council_lines[i]);
    const std::string council = j["council"].is_null() ? "(none)" : j["council"].get<std::string>();
    INFO(council);
    CHECK(facet_counts[council] == j["decisions"].get<long>());
  }
}

TEST_CASE("ombud-stats --top folds the smaller values into (other)", "[stats][cli][top]") {
  const CommandResult r =
      run_stats({"--csv", "--by", "council", "--top", "2", "--metrics", "decisions"});
  REQUIRE(r.exit_code == 0);
  const auto rows = ombud::test::parse_csv(r.out);
  REQUIRE(rows.size() == 5);  // header, two councils, (other), (total)
  CHECK(rows[3][0] == "(other)");
  CHECK(std::stol(rows[1][1]) >= std::stol(rows[2][1]));
  CHECK(std::stol(rows[1][1]) + std::stol(rows[2][1]) + std::stol(rows[3][1]) ==
        std::stol(rows[4][1]));
}

TEST_CASE("ombud-stats --plot draws an SVG or PNG chart titled with the query",
          "[stats][cli][plot]") {
  ombud::test::TempDir dir;
  const std::string svg = (dir / "chart.svg").string();
  CommandResult r = run_stats({"--by", "council", "--plot", svg, "outcome:upheld"});
  INFO(r.err);
  REQUIRE(r.exit_code == 0);
  const std::string text = read_file(svg);
  CHECK_THAT(text, Catch::Contains("<svg") && Catch::Contains("outcome:upheld") &&
                       Catch::Contains("Council"));
  const std::string lines_svg = (dir / "lines.svg").string();
  r = run_stats({"--by", "category,year", "--metrics", "uphold_rate", "--plot", lines_svg});
  REQUIRE(r.exit_code == 0);
  CHECK_THAT(read_file(lines_svg), Catch::Contains("<svg") && Catch::Contains("uphold_rate"));
  const std::string png = (dir / "chart.png").string();
  r = run_stats({"--by", "outcome,ofsted", "--plot", png});
  REQUIRE(r.exit_code == 0);
  CHECK(read_file(png).rfind("\x89PNG", 0) == 0);
}

TEST_CASE("ombud-stats reports bad options and queries with exit status 2",
          "[stats][cli][errors]") {
  check_error(
      run_stats({"--by", "counsil"}),
      "--by: 'counsil' cannot be grouped by; the fields are council, category, subcategory");
  check_error(run_stats({"--by", "paid"}), "the fields are council");
  check_error(run_stats({"--by", "council,year,outcome"}), "at most two fields");
  check_error(run_stats({"--metrics", "decisions,mean"}),
              "--metrics: 'mean' is not a metric; the metrics are decisions, upheld, not_upheld, "
              "closed, uphold_rate, paid_decisions, paid_total, paid_median, paid_max");
  check_error(run_stats({"--by", "council", "--plot", "chart.pdf"}), "must end in .svg or .png");
  check_error(run_stats({"--plot", "chart.svg"}), "--plot needs --by");
  check_error(run_stats({"--top", "0", "--by", "council"}), "--top");

  // A query error reads exactly as ombud-search's.
  for (const std::string query :
       {"counsil:surrey", "outcome:maybe", "AND delay", "date:2024..2022"}) {
    INFO(query);
    const CommandResult stats = run_stats({"--by", "council", query});
    const CommandResult search = ombud::test::run_search(sample_db(), {query});
    CHECK(stats.exit_code == 2);
    CHECK(stats.out.empty());
    REQUIRE(search.exit_code == 2);
    const std::string prefix = "ombud-search: ";
    REQUIRE(search.err.rfind(prefix, 0) == 0);
    CHECK(stats.err == "ombud-stats: " + search.err.substr(prefix.size()));
  }
}

TEST_CASE("ombud-stats exits 1 when no decision matches", "[stats][cli]") {
  const CommandResult r = run_stats({"--by", "council", "--json",
                                     "outcome:upheld outcome:upheld "
                                     "case:24-999-999"});
  CHECK(r.exit_code == 1);
  CHECK(r.out ==
        "{\"total\":{\"decisions\":0,\"upheld\":0,\"not_upheld\":0,\"closed\":0,"
        "\"uphold_rate\":null,\"paid_decisions\":0,\"paid_total\":0,"
        "\"paid_median\":null,\"paid_max\":null}}\n");
}

TEST_CASE("the README's Statistics example is what ombud-stats prints on the sample corpus",
          "[stats][cli][docs]") {
  const std::string readme = read_file(std::string(OMBUD_SOURCE_DIR) + "/README.md");
  const std::string command = "build/query/ombud-stats --db build/sample.db --by category\n```\n";
  const std::size_t at = readme.find(command);
  REQUIRE(at != std::string::npos);
  const std::size_t start = readme.find("```\n", at + command.size()) + 4;
  const std::string shown = readme.substr(start, readme.find("```\n", start) - start);
  const CommandResult r = run_stats({"--by", "category"});
  REQUIRE(r.exit_code == 0);
  CHECK(shown == r.out);
}
