// ombud-bench-stats: times ombud-stats' grouping in-process, as issue 15's target is stated
// ("grouping all 100,000 generated decisions by council × year in ≤ 300 ms"): the database opened
// once, one warm-up run, then N timed runs of the same StatsRunner::run; prints every time and the
// median, wall-clock and CPU time (on a machine shared with other work the two differ: the CPU
// time is what the grouping costs, the wall-clock time what a user waited). The database's page
// cache is warm after the warm-up, as it is for a user's second query.
#include <fmt/format.h>

#include <CLI/CLI.hpp>
#include <algorithm>
#include <chrono>
#include <ctime>
#include <iostream>

#include "database.hpp"
#include "stats/stats_runner.hpp"
#include "stats/stats_spec.hpp"

namespace {

double cpu_ms() {
  timespec t{};
  ::clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
  return static_cast<double>(t.tv_sec) * 1e3 + static_cast<double>(t.tv_nsec) / 1e6;
}

double median(std::vector<double> v) {
  std::sort(v.begin(), v.end());
  return v[v.size() / 2];
}

}  // namespace

int main(int argc, char** argv) try {
  std::string db, by = "council,year", query;
  int runs = 11;
  std::size_t top = 0;
  CLI::App app{"Time ombud-stats' grouping over a database, in-process."};
  app.add_option("--db", db, "The database")->required();
  app.add_option("--by", by, "Fields to group by (default council,year)");
  app.add_option("--query", query, "The query (default: every decision)");
  app.add_option("--top", top, "As ombud-stats --top");
  app.add_option("--runs", runs, "Timed runs after the warm-up (default 11)")
      ->check(CLI::PositiveNumber);
  CLI11_PARSE(app, argc, argv);

  ombud::stats::StatsRunner runner(ombud::open_for_reading(db));
  ombud::stats::StatsRequest request;
  request.query = query;
  request.by = ombud::stats::parse_group_fields(by);
  request.top = top;
  const ombud::stats::StatsTable warm = runner.run(request);
  const char* reading = "";
  switch (runner.reading(request.by)) {
    case ombud::stats::MatchReading::kColumns:
      reading = "facet column file";
      break;
    case ombud::stats::MatchReading::kSpy:
      reading = "document values in a match spy";
      break;
    case ombud::stats::MatchReading::kFetch:
      reading = "fetched documents (remote)";
      break;
  }
  std::vector<double> ms, cpu;
  for (int i = 0; i < runs; ++i) {
    const auto start = std::chrono::steady_clock::now();
    const double cpu_start = cpu_ms();
    const ombud::stats::StatsTable table = runner.run(request);
    cpu.push_back(cpu_ms() - cpu_start);
    ms.push_back(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start)
                     .count());
    if (table.total.decisions != warm.total.decisions) throw std::runtime_error("counts differ");
  }
  fmt::print("{} decisions matched, {} rows by {}; read from {}\n", warm.total.decisions,
             warm.rows.size(), by, reading);
  fmt::print("wall (ms): {:.1f}\ncpu (ms):  {:.1f}\n", fmt::join(ms, ", "), fmt::join(cpu, ", "));
  fmt::print("median {:.1f} ms wall-clock, {:.1f} ms CPU over {} runs\n", median(ms), median(cpu),
             runs);
  return 0;
} catch (const std::exception& e) {
  std::cerr << "ombud-bench-stats: error: " << e.what() << "\n";
  return 2;
}
