// ombud-stats: statistics over every decision a query matches, grouped by one or two fields. The
// query is read as ombud-search reads it (same language, same errors, exit 2); the whole output is
// printed at the end; --plot draws the table as a chart with gnuplot.
#include <fmt/format.h>

#include <CLI/CLI.hpp>
#include <csignal>
#include <iostream>

#include "database.hpp"
#include "diagnostics.hpp"
#include "parse/query_error.hpp"
#include "print/command_line.hpp"
#include "print/stdout_writer.hpp"
#include "stats/stats_output.hpp"
#include "stats/stats_plot.hpp"
#include "stats/stats_runner.hpp"
#include "stats/stats_spec.hpp"

namespace {

constexpr std::string_view kProgram = "ombud-stats";

struct Options {
  std::vector<std::string> query_words;
  std::string db;
  std::string by;       // "council,year"
  std::string metrics;  // "decisions,uphold_rate"; empty: all
  std::size_t top = 0;
  bool json = false;
  bool csv = false;
  std::string plot;
  Xapian::termcount wildcard_limit = ombud::kDefaultWildcardLimit;
  std::string remote_timeout;
};

std::string metric_help() {
  std::string out;
  for (ombud::stats::Metric m : ombud::stats::kAllMetrics)
    out += (out.empty() ? "" : ", ") + std::string(ombud::stats::metric_name(m));
  return out;
}

int run(const Options& opt) {
  std::string query;
  for (const std::string& w : opt.query_words) query += (query.empty() ? "" : " ") + w;
  ombud::stats::StatsRequest request;
  request.query = query;
  request.by = ombud::stats::parse_group_fields(opt.by);
  request.top = opt.top;
  const std::vector<ombud::stats::Metric> metrics = ombud::stats::parse_metrics(opt.metrics);
  if (!opt.plot.empty() && request.by.empty())
    throw ombud::QueryError(
        "--plot needs --by: a chart shows one or two fields, e.g. --by council");
  if (!opt.plot.empty()) ombud::stats::check_plot_path(opt.plot);

  ombud::ReadOptions read_options;
  read_options.remote_timeout = opt.remote_timeout.empty()
                                    ? ombud::default_remote_timeout()
                                    : *ombud::parse_timeout_seconds(opt.remote_timeout);
  ombud::stats::StatsTable table;
  try {
    ombud::stats::StatsRunner runner(ombud::open_for_reading(opt.db, read_options),
                                     opt.wildcard_limit);
    table = runner.run(request);
  } catch (const Xapian::NetworkError& e) {
    // A remote shard answered when the database was opened, then stopped or went quiet.
    ombud::report_error(kProgram, ombud::network_error_message(e, read_options.remote_timeout));
    return 2;
  }

  if (!opt.plot.empty() && table.total.decisions > 0)
    ombud::stats::run_gnuplot(ombud::stats::plot_script(table, metrics.front(), query, opt.plot));
  std::string out;
  if (opt.json)
    out = ombud::stats::format_stats_json(table, metrics);
  else if (opt.csv)
    out = ombud::stats::format_stats_csv(table, metrics);
  else
    out = ombud::stats::format_stats_human(table, metrics, query);
  ombud::write_stdout(out);
  if (!opt.plot.empty() && table.total.decisions == 0)
    ombud::report_error(kProgram, "no decision matches the query: no chart was drawn");
  return table.total.decisions > 0 ? 0 : 1;
}

}  // namespace

int main(int argc, char** argv) try {
  std::signal(SIGPIPE, SIG_IGN);  // a closed pipe shows up as EPIPE from write()
  Options opt;
  CLI::App app{"Statistics over the decisions a query matches, grouped by one or two fields.",
               std::string(kProgram)};
  app.footer(
      "QUERY is ombud-search's query language (ombud-search --help); empty means every "
      "decision.\nExample: ombud-stats --by council,year --metrics decisions,uphold_rate "
      "'category:\"Adult care services\"'\n\nExit status: 0 when decisions matched, 1 when none "
      "did, 2 on an error.");
  app.set_version_flag("--version", std::string(kProgram) + " " + OMBUD_VERSION);
  app.add_option("query", opt.query_words, "The query (quote it for the shell)");
  app.add_option("--db", opt.db, "Database to read (default: $OMBUD_DB, else ./ombud.db)");
  app.add_option("--by", opt.by,
                 "One or two fields to group by, e.g. council,year (" +
                     ombud::stats::group_field_list() + ")");
  app.add_option("--metrics", opt.metrics,
                 "The metrics to show (default all: " + metric_help() + ")");
  app.add_option("--top", opt.top,
                 "Keep the N values of each field (but year) with most decisions; the rest "
                 "go into (other)")
      ->check(CLI::PositiveNumber);
  auto* json = app.add_flag("--json", opt.json, "One JSON object per group, then the totals");
  auto* csv = app.add_flag("--csv", opt.csv, "CSV: a header, a row per group, the totals last");
  json->excludes(csv);
  app.add_option("--plot", opt.plot,
                 "Draw the first metric as a chart into FILE.svg or FILE.png (with gnuplot)");
  app.add_option("--wildcard-limit", opt.wildcard_limit,
                 "A wildcard may match at most N words (default 1000)")
      ->check(CLI::PositiveNumber);
  app.add_option("--remote-timeout", opt.remote_timeout,
                 "Seconds a remote shard may take to answer (default $OMBUD_REMOTE_TIMEOUT, "
                 "else 5)")
      ->check(ombud::seconds_validator());
  if (const auto status = ombud::parse_command_line(app, argc, argv, kProgram)) return *status;
  if (opt.db.empty()) opt.db = ombud::default_database_path();
  return run(opt);
} catch (const std::exception&) {
  return ombud::report_current_exception(kProgram);
}
