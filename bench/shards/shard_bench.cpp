// ombud-bench-shards: the latency of the same query mix on the same decisions held as one
// database, as local shards and as shards served by xapian-tcpsrv. Each query is a full search as
// ombud-search runs it (parse, top 10, exact counts of six facets, the page read back with its
// snippets): one untimed run, then --runs timed runs, the best kept. Prints a Markdown table of
// percentiles over the queries, per database and per query class, and exits 1 when two databases
// disagree on any query's total or facet counts.
#include <fmt/format.h>

#include <CLI/CLI.hpp>
#include <algorithm>
#include <chrono>
#include <fstream>
#include <iostream>
#include <map>
#include <nlohmann/json.hpp>
#include <vector>

#include "database.hpp"
#include "diagnostics.hpp"
#include "print/json_printer.hpp"
#include "search/searcher.hpp"

namespace {

using Clock = std::chrono::steady_clock;

struct BenchQuery {
  std::string kind;  // the query's class, for the per-class table
  std::string text;
  ombud::SortOrder sort = ombud::SortOrder::kRelevance;
};

struct Measured {
  double best_ms = 0;
  std::string answer;  // total and facet counts, as JSON: must agree between databases
};

double ms_since(Clock::time_point start) {
  return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

// CLASS<TAB>QUERY[<TAB>sort=ORDER]; '#' starts a comment line.
std::vector<BenchQuery> read_queries(const std::string& path) {
  std::ifstream in(path);
  if (!in) throw std::runtime_error(path + ": cannot read");
  std::vector<BenchQuery> out;
  std::string line;
  for (int n = 1; std::getline(in, line); ++n) {
    if (line.empty() || line[0] == '#') continue;
    std::vector<std::string> cols(1);  // empty fields kept: "all<TAB>" is the empty query
    for (char c : line) {
      if (c == '\t')
        cols.emplace_back();
      else
        cols.back() += c;
    }
    if (cols.size() == 3 && cols[2].empty()) cols.pop_back();
    if (cols.size() < 2 || cols.size() > 3)
      throw std::runtime_error(
          fmt::format("{}:{}: want CLASS<TAB>QUERY[<TAB>sort=ORDER]", path, n));
    BenchQuery q{cols[0], cols[1]};
    if (cols.size() == 3) {
      const auto sort =
          cols[2].starts_with("sort=") ? ombud::parse_sort_order(cols[2].substr(5)) : std::nullopt;
      if (!sort) throw std::runtime_error(fmt::format("{}:{}: bad sort '{}'", path, n, cols[2]));
      q.sort = *sort;
    }
    out.push_back(q);
  }
  return out;
}

// Linear interpolation between the closest ranks, as bench/benchlib/report.py computes them.
double percentile(std::vector<double> v, double p) {
  if (v.empty()) return 0;
  std::sort(v.begin(), v.end());
  const double rank = p / 100.0 * static_cast<double>(v.size() - 1);
  const auto lo = static_cast<std::size_t>(rank);
  const std::size_t hi = std::min(lo + 1, v.size() - 1);
  return v[lo] + (v[hi] - v[lo]) * (rank - static_cast<double>(lo));
}

std::string row(const std::string& name, double open_ms, const std::vector<double>& ms) {
  return fmt::format("| {} | {:.2f} | {:.2f} | {:.2f} | {:.2f} | {:.2f} |", name, open_ms,
                     percentile(ms, 50), percentile(ms, 95), percentile(ms, 99),
                     percentile(ms, 100));
}

}  // namespace

int main(int argc, char** argv) try {
  std::string queries_path, raw_path;
  std::vector<std::string> dbs;
  int runs = 5;
  std::string snippets;
  CLI::App app{"Query latency of one database, local shards and remote shards."};
  app.add_option("--queries", queries_path, "The query mix: CLASS<TAB>QUERY[<TAB>sort=ORDER]")
      ->required();
  app.add_option("--db", dbs,
                 "NAME=PATH of a database or stub; repeat for each (the first is "
                 "the reference the others must agree with)")
      ->required();
  app.add_option("--runs", runs, "Timed runs per query (the best is kept)")
      ->check(CLI::PositiveNumber);
  app.add_option("--snippet-words", snippets,
                 "all or query, as ombud-search takes it (default: "
                 "as ombud-search chooses)")
      ->check(CLI::IsMember({"all", "query"}));
  app.add_option("--raw", raw_path, "Write every query's best time as JSON lines here");
  CLI11_PARSE(app, argc, argv);

  const std::vector<BenchQuery> queries = read_queries(queries_path);
  const std::vector<ombud::schema::FieldId> facets = {
      ombud::schema::FieldId::kOrganisation, ombud::schema::FieldId::kOutcome,
      ombud::schema::FieldId::kCategory,     ombud::schema::FieldId::kYear,
      ombud::schema::FieldId::kRemedy,       ombud::schema::FieldId::kLegislation};
  std::ofstream raw;
  if (!raw_path.empty()) raw.open(raw_path);

  std::vector<std::string> names;
  std::map<std::string, std::vector<double>> all_ms;                          // per database
  std::map<std::string, std::map<std::string, std::vector<double>>> kind_ms;  // database, class
  std::map<std::string, double> open_ms;
  std::vector<std::string> reference(queries.size());
  int mismatches = 0;
  for (const std::string& spec : dbs) {
    const auto eq = spec.find('=');
    if (eq == std::string::npos) throw std::runtime_error("--db " + spec + ": want NAME=PATH");
    const std::string name = spec.substr(0, eq), path = spec.substr(eq + 1);
    names.push_back(name);
    // Opening is what every ombud-search process pays first: the median of 5.
    std::vector<double> opens;
    for (int i = 0; i < 5; ++i) {
      const auto start = Clock::now();
      ombud::open_for_reading(path).get_doccount();
      opens.push_back(ms_since(start));
    }
    open_ms[name] = percentile(opens, 50);

    ombud::Searcher searcher(ombud::open_for_reading(path));
    for (std::size_t i = 0; i < queries.size(); ++i) {
      ombud::SearchRequest request;
      request.query = queries[i].text;
      request.sort = queries[i].sort;
      request.facets = facets;
      if (!snippets.empty()) request.snippet_model = ombud::parse_snippet_model(snippets);
      Measured m;
      ombud::SearchResult result = searcher.search(request);  // warm-up
      m.best_ms = 1e300;
      for (int r = 0; r < runs; ++r) {
        const auto start = Clock::now();
        result = searcher.search(request);
        m.best_ms = std::min(m.best_ms, ms_since(start));
      }
      m.answer = ombud::summary_json(result).dump();
      if (reference[i].empty()) {
        reference[i] = m.answer;
      } else if (reference[i] != m.answer) {
        ++mismatches;
        std::cerr << fmt::format("MISMATCH {}: {}\n  {}: {}\n  {}: {}\n", name, queries[i].text,
                                 names.front(), reference[i], name, m.answer);
      }
      all_ms[name].push_back(m.best_ms);
      kind_ms[name][queries[i].kind].push_back(m.best_ms);
      if (raw) {
        raw << nlohmann::json{{"db", name},
                              {"class", queries[i].kind},
                              {"query", queries[i].text},
                              {"ms", m.best_ms},
                              {"total", result.total}}
                   .dump()
            << '\n';
      }
    }
  }

  std::cout << fmt::format(
      "{} queries, best of {} runs each, top 10 with {} facets and "
      "snippets{}; milliseconds\n\n",
      queries.size(), runs, facets.size(),
      snippets.empty() ? "" : " (--snippet-words " + snippets + ")");
  std::cout
      << "| database | open | p50 | p95 | p99 | max |\n| --- | --- | --- | --- | --- | --- |\n";
  for (const std::string& name : names) std::cout << row(name, open_ms[name], all_ms[name]) << '\n';
  std::cout << "\np50 per query class:\n\n| class |";
  for (const std::string& name : names) std::cout << ' ' << name << " |";
  std::cout << "\n| --- |";
  for (std::size_t i = 0; i < names.size(); ++i) std::cout << " --- |";
  std::cout << '\n';
  for (const auto& [kind, unused] : kind_ms[names.front()]) {
    std::cout << "| " << kind << " |";
    for (const std::string& name : names)
      std::cout << fmt::format(" {:.2f} |", percentile(kind_ms[name][kind], 50));
    std::cout << '\n';
  }
  std::cout << fmt::format("\nmismatches: {}\n", mismatches);
  return mismatches ? 1 : 0;
} catch (const std::exception& e) {
  ombud::report_error("ombud-bench-shards", e.what());
  return 2;
}
