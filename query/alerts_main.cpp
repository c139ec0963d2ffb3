// ombud-alerts: saved searches that report what is new. `add` saves a query under a name, `run`
// prints for each saved search the decisions that match it and arrived since it last ran (then
// records that it ran), `list` and `remove` keep them. The searches live beside the database
// (PATH.alerts.json), or in the user's own file (--file).
#include <fmt/format.h>

#include <CLI/CLI.hpp>
#include <chrono>
#include <csignal>
#include <iostream>
#include <nlohmann/json.hpp>

#include "alerts/alert_output.hpp"
#include "alerts/alert_window.hpp"
#include "alerts/saved_searches.hpp"
#include "database.hpp"
#include "diagnostics.hpp"
#include "index_stamp.hpp"
#include "parse/query_builder.hpp"
#include "parse/query_error.hpp"
#include "parse/range_filters.hpp"
#include "print/command_line.hpp"
#include "print/stdout_writer.hpp"

namespace {

constexpr std::string_view kProgram = "ombud-alerts";

struct Options {
  std::string db;
  std::string file;
  std::string name;
  std::vector<std::string> query_words;
  bool json = false;
  bool changed = false;
  std::string since;
};

std::string joined(const std::vector<std::string>& words) {
  std::string out;
  for (const std::string& w : words) out += (out.empty() ? "" : " ") + w;
  return out;
}

std::string file_of(const Options& opt) {
  return opt.file.empty() ? ombud::default_alerts_file(opt.db) : opt.file;
}

std::string now_iso() {
  return ombud::stamp_iso(ombud::index_stamp(std::chrono::system_clock::now()));
}

int add(const Options& opt) {
  ombud::check_search_name(opt.name);
  const std::string query = joined(opt.query_words);
  const ombud::ReadDatabase db = ombud::open_for_reading(opt.db);
  ombud::QueryBuilder(db).build(query);  // a query that does not parse is not saved
  ombud::SavedSearches saved(file_of(opt));
  if (saved.find(opt.name))
    throw std::runtime_error(fmt::format(
        "a search called '{}' is already saved in {}: remove it first, or choose another name",
        opt.name, saved.path()));
  // It has seen every whole run so far: it reports from the next batch on.
  saved.searches().push_back({opt.name, query, ombud::last_whole_run(db), ""});
  saved.save();
  fmt::print("{}: saved '{}' in {}\n", kProgram, opt.name, saved.path());
  return 0;
}

int list(const Options& opt) {
  ombud::SavedSearches saved(file_of(opt));
  std::string out;
  for (const ombud::SavedSearch& s : saved.searches()) {
    if (opt.json) {
      out += nlohmann::ordered_json{{"name", s.name},
                                    {"query", s.query},
                                    {"seen", ombud::stamp_iso(s.seen)},
                                    {"last_ran", s.last_ran}}
                 .dump() +
             '\n';
    } else {
      out += fmt::format("{}  {}  (last ran {})\n", s.name, s.query,
                         s.last_ran.empty() ? "never" : s.last_ran);
    }
  }
  ombud::write_stdout(out);
  return 0;
}

int remove(const Options& opt) {
  ombud::SavedSearches saved(file_of(opt));
  saved.need(opt.name);
  std::erase_if(saved.searches(), [&](const ombud::SavedSearch& s) { return s.name == opt.name; });
  saved.save();
  fmt::print("{}: removed '{}' from {}\n", kProgram, opt.name, saved.path());
  return 0;
}

int run(const Options& opt) {
  ombud::SavedSearches saved(file_of(opt));
  std::vector<ombud::SavedSearch*> chosen;
  if (!opt.name.empty()) {
    chosen.push_back(&saved.need(opt.name));
  } else {
    for (ombud::SavedSearch& s : saved.searches()) chosen.push_back(&s);
  }
  if (chosen.empty()) {  // nothing to report: not an error in a weekly script run before any add
    fmt::print(stderr, "{}: no saved searches in {}: save one with `{} add NAME QUERY`\n", kProgram,
               saved.path(), kProgram);
    return 1;
  }
  const ombud::ReadDatabase db = ombud::open_for_reading(opt.db);
  const std::string upto = ombud::last_whole_run(db);
  const std::string ran = now_iso();
  std::string out;
  std::size_t news = 0, failed = 0;
  for (ombud::SavedSearch* s : chosen) {
    ombud::AlertWindow window{s->seen, opt.since, upto, opt.changed};
    std::vector<ombud::AlertHit> hits;
    try {
      hits = ombud::run_alert(db, s->query, window);
    } catch (const ombud::QueryError& e) {
      // The others still run; this one keeps its state, to report from there once mended.
      ombud::report_error(kProgram, fmt::format("saved search '{}' ({}): {}; skipped", s->name,
                                                s->query, e.what()));
      ++failed;
      continue;
    }
    news += hits.size();
    out +=
        opt.json ? ombud::format_alert_json(*s, hits) : ombud::format_alert_human(*s, window, hits);
    if (!upto.empty() && upto > s->seen) s->seen = upto;
    s->last_ran = ran;
  }
  ombud::write_stdout(out);
  // Recorded once everything is printed: killed before this, the searches are as they were and
  // the next run reports the same decisions again rather than lose them.
  saved.save();
  if (news) return 0;
  return failed ? 2 : 1;
}

}  // namespace

int main(int argc, char** argv) try {
  std::signal(SIGPIPE, SIG_IGN);
  Options opt;
  CLI::App app{"Saved searches that report the decisions new since they last ran.",
               std::string(kProgram)};
  app.footer(
      "QUERY is ombud-search's query language (ombud-search --help).\nExample, after each "
      "weekly ombud-index run: ombud-alerts run --json >> new-decisions.jsonl\n\nExit status of "
      "run: 0 when a saved search has something new, 1 when none has, 2 on an error (also when "
      "nothing is new and a saved search's query no longer parses).");
  app.set_version_flag("--version", std::string(kProgram) + " " + OMBUD_VERSION);
  app.require_subcommand(1);
  app.fallthrough();  // --db and --file also after the subcommand: `ombud-alerts run --db PATH`
  app.add_option("--db", opt.db, "Database to read (default: $OMBUD_DB, else ./ombud.db)");
  app.add_option("--file", opt.file,
                 "The saved searches' file (default: PATH.alerts.json beside the database)");
  CLI::App* add_cmd = app.add_subcommand("add",
                                         "Save QUERY as NAME; it reports from the next "
                                         "index run on");
  add_cmd->add_option("name", opt.name, "A name: letters, digits, '.', '_', '-'")->required();
  add_cmd->add_option("query", opt.query_words, "The query (quote it for the shell)");
  CLI::App* list_cmd = app.add_subcommand("list", "List the saved searches");
  list_cmd->add_flag("--json", opt.json, "One JSON object per saved search");
  CLI::App* remove_cmd = app.add_subcommand("remove", "Remove the saved search NAME");
  remove_cmd->add_option("name", opt.name, "Its name")->required();
  CLI::App* run_cmd = app.add_subcommand(
      "run",
      "Print the decisions each saved search (or NAME) matches that were added since it "
      "last ran, then record that it ran");
  run_cmd->add_option("name", opt.name, "Run this saved search only");
  run_cmd->add_flag("--json", opt.json,
                    "One JSON object per new decision: search, action, and the facts "
                    "ombud-search --json gives");
  run_cmd->add_option("--since", opt.since,
                      "Report the decisions added since this day (2026-11-01, 2026-11, 2026), "
                      "instead of since the search last ran");
  run_cmd->add_flag("--changed", opt.changed, "Also report the decisions replaced since");
  if (const auto status = ombud::parse_command_line(app, argc, argv, kProgram)) return *status;
  if (opt.db.empty()) opt.db = ombud::default_database_path();
  while (opt.db.size() > 1 && opt.db.back() == '/') opt.db.pop_back();
  if (add_cmd->parsed()) return add(opt);
  if (list_cmd->parsed()) return list(opt);
  if (remove_cmd->parsed()) return remove(opt);
  if (!opt.since.empty()) ombud::day_filter(ombud::schema::FieldId::kAdded, ">=" + opt.since);
  return run(opt);
} catch (const std::exception&) {
  return ombud::report_current_exception(kProgram);
}
