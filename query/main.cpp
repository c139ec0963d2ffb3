// ombud-search: search an ombud database from the terminal. Flags are read first, then the search
// is built and run once, and its whole output is printed at the end (nothing partial on an
// error), except with --all, which writes every match a page at a time as it goes; exit status as
// ripgrep's: 0 with matches, 1 with none, 2 on an error.
#include <fmt/format.h>
#include <unistd.h>

#include <CLI/CLI.hpp>
#include <csignal>
#include <cstdlib>
#include <iostream>

#include "ascii.hpp"
#include "database.hpp"
#include "diagnostics.hpp"
#include "parse/query_error.hpp"
#include "print/command_line.hpp"
#include "print/csv_printer.hpp"
#include "print/decision_printer.hpp"
#include "print/field_help.hpp"
#include "print/human_printer.hpp"
#include "print/json_printer.hpp"
#include "print/stdout_writer.hpp"
#include "print/suggestion_text.hpp"
#include "print/terms_printer.hpp"
#include "print/zero_hit_printer.hpp"
#include "search/query_bounds.hpp"
#include "search/searcher.hpp"

namespace {

using ombud::write_stdout;

constexpr std::string_view kProgram = "ombud-search";

constexpr std::string_view kLanguageHelp =
    R"(Query language (every word is required; docs/search.md has the details):
  children complaint       decisions with both words, in any form (complaint finds complaints)
  "statutory complaints"   the words as a phrase
  a OR b   a AND b   NOT a   -a   +a   ( )
  statut*                  words starting with "statut" (an error when too many words do)
  24 010 138               a case reference in any spelling finds its decision
  field:value              a filter; quote values with spaces: council:"Surrey County Council"
  An empty query, or one of filters only, matches every decision the filters allow.

Fields:
)";

struct Options {
  std::vector<std::string> query_words;
  std::string db;
  Xapian::doccount limit = 10;
  bool all = false;  // every match, written page by page
  Xapian::doccount offset = 0;
  std::string sort = "relevance";
  std::string facets;  // "council,outcome"; repeated --facets are joined with newlines
  bool json = false;
  bool csv = false;
  bool count = false;
  bool show_query = false;
  std::string show;
  std::string color = "auto";
  bool fields = false;
  Xapian::termcount wildcard_limit = ombud::kDefaultWildcardLimit;
  std::string snippets;         // "all" or "query"; else as Searcher chooses
  std::string remote_timeout;   // seconds; else $OMBUD_REMOTE_TIMEOUT, else the default
  std::string timeout;          // seconds a search may take; else kDefaultSearchTimeout
  std::string like;             // --like: a case reference
  Xapian::termcount terms = 0;  // --terms: how many words
};

bool use_color(const std::string& mode) {
  if (mode == "always") return true;
  if (mode == "never") return false;
  const char* no_color = std::getenv("NO_COLOR");
  return ::isatty(STDOUT_FILENO) == 1 && (no_color == nullptr || *no_color == '\0');
}

std::string facet_list() {
  std::string out;
  for (const ombud::schema::Field& f : ombud::schema::kFields)
    if (f.facet) out += (out.empty() ? "" : ", ") + std::string(f.name);
  return out;
}

std::vector<ombud::schema::FieldId> facet_fields(std::string_view list) {
  std::vector<ombud::schema::FieldId> out;
  while (!list.empty()) {
    const std::size_t cut = list.find_first_of(",\n");
    std::string_view name = list.substr(0, cut);
    list.remove_prefix(cut == std::string_view::npos ? list.size() : cut + 1);
    // "council, year": spaces around a name are not part of it.
    while (!name.empty() && ombud::is_ascii_space(name.front())) name.remove_prefix(1);
    while (!name.empty() && ombud::is_ascii_space(name.back())) name.remove_suffix(1);
    if (name.empty()) continue;
    const auto id = ombud::schema::find_field(name);
    if (!id || !ombud::schema::field(*id).facet) {
      throw ombud::QueryError(
          fmt::format("--facets: '{}' cannot be counted; the facets are {}", name, facet_list()));
    }
    out.push_back(*id);
  }
  return out;
}

int search(const Options& opt, const ombud::ReadOptions& read_options);

// --all writes this many hits at a time: the memory a page's documents take, whatever the total.
constexpr Xapian::doccount kAllPageSize = 200;

// --all: every match, in the format asked for, written a page at a time.
// --show-query's line for the query a search ran: before the human output, or on stderr beside
// JSON and CSV, which stay parseable.
// Over remote shards it says that the query has no synonyms in it: xapian-tcpsrv (Xapian 1.4)
// serves none for the parser to find.
std::string show_query_line(const Xapian::Query& query, const Options& opt, bool remote) {
  if (!opt.show_query) return {};
  std::string line = "Parsed query is: " + query.get_description() + "\n";
  if (remote) {
    line +=
        "Note: synonyms are not expanded over remote shards (Xapian 1.4's remote backend serves "
        "no synonyms).\n";
  }
  if (!opt.json && !opt.csv) return line;
  std::cerr << line;
  return {};
}

// The suggestion line as a note on stderr, beside output that is data (CSV, --count).
std::string suggestion_note(const ombud::SearchResult& result) {
  const std::string line = ombud::suggestion_line(result);
  return line.empty() ? line : std::string(kProgram) + ": " + line;
}

int write_all(ombud::Searcher& searcher, const ombud::SearchRequest& request, const Options& opt,
              const ombud::Style& style, ombud::SearchDeadline& deadline) {
  ombud::SearchResult summary;  // the total and the facet counts, from the first page
  bool first = true;
  searcher.search_each(request, kAllPageSize, [&](ombud::SearchResult&& page) {
    std::string out;
    if (first) {
      first = false;
      deadline.disarm();  // output begins: it must not be cut off half-written
      out += show_query_line(page.query, opt, searcher.remote());
      summary.total = page.total;
      summary.facets = std::move(page.facets);
      summary.terms = std::move(page.terms);
      summary.like = std::move(page.like);
      if (!opt.json && !opt.csv) out += ombud::format_human_like(summary.like, style);
      summary.suggestion = page.suggestion;
      summary.suggestion_total = page.suggestion_total;
      summary.suggestion_unavailable = page.suggestion_unavailable;
      if (opt.csv) std::cerr << suggestion_note(page);
      if (opt.csv) {
        out += ombud::csv_header();
      } else if (!opt.json) {
        const bool any = page.total > request.offset;
        out += ombud::format_human_summary(page.total, any ? request.offset + 1 : 0,
                                           any ? page.total : 0);
        out += ombud::suggestion_line(page);
      }
    }
    if (opt.json) {
      for (const ombud::Hit& hit : page.hits) out += ombud::hit_json(hit).dump() + '\n';
    } else if (opt.csv) {
      out += ombud::csv_rows(page.hits);
    } else {
      out += ombud::format_human_hits(page.hits, style);
    }
    return write_stdout(out);
  });
  const ombud::ZeroHitHelp help =
      summary.total == 0 ? ombud::zero_hit_help(searcher, request) : ombud::ZeroHitHelp{};
  if (opt.json)
    write_stdout(ombud::format_zero_hit_json(summary, help));
  else if (!opt.csv)
    write_stdout(ombud::format_human_facets(summary.facets, style) +
                 ombud::format_human_terms(summary.terms, style) +
                 ombud::format_zero_hit_help(help, style));
  else
    std::cerr << ombud::format_zero_hit_notes(help, kProgram);
  return summary.total > 0 ? 0 : 1;
}

int run(const Options& opt) {
  if (opt.fields) {
    write_stdout(ombud::fields_markdown());
    return 0;
  }
  ombud::ReadOptions read_options;
  read_options.remote_timeout = opt.remote_timeout.empty()
                                    ? ombud::default_remote_timeout()
                                    : *ombud::parse_timeout_seconds(opt.remote_timeout);
  try {
    return search(opt, read_options);
  } catch (const Xapian::DatabaseCorruptError& e) {
    ombud::report_error(kProgram, ombud::damaged_database_message(opt.db, e));
    return 2;
  } catch (const Xapian::NetworkError& e) {
    // A remote shard answered when the database was opened, then stopped or went quiet.
    ombud::report_error(kProgram, ombud::network_error_message(e, read_options.remote_timeout));
    return 2;
  }
}

int search(const Options& opt, const ombud::ReadOptions& read_options) {
  const ombud::Style style(use_color(opt.color));
  std::string query;
  for (const std::string& w : opt.query_words) query += (query.empty() ? "" : " ") + w;
  const ombud::SortOrder sort = *ombud::parse_sort_order(opt.sort);  // CLI11 checked the name
  const std::vector<ombud::schema::FieldId> facets = facet_fields(opt.facets);

  ombud::Searcher searcher(ombud::open_for_reading(opt.db, read_options), opt.wildcard_limit);
  if (!opt.show.empty()) {
    if (!opt.like.empty() || opt.terms > 0)
      throw ombud::QueryError("--show prints one decision: leave out --like and --terms");
    if (!query.empty())
      throw ombud::QueryError("--show takes a case reference and no query: leave out the query");
    // No case reference is this long: say so without echoing a pasted page back whole.
    if (opt.show.size() > 64)
      throw ombud::QueryError(fmt::format(
          "--show {}: is not a case reference; write one as 24-010-138, or 9 digits for the "
          "Housing Ombudsman",
          ombud::shortened(opt.show, 40)));
    const auto decision = searcher.find_case(opt.show);
    if (!decision) {
      ombud::report_error(kProgram,
                          fmt::format("no decision {} in {}", ombud::shortened(opt.show), opt.db));
      return 1;
    }
    write_stdout(opt.json ? ombud::format_decision_json(*decision)
                          : ombud::format_decision(*decision, style));
    return 0;
  }

  ombud::SearchRequest request;
  request.query = query;
  request.offset = opt.offset;
  request.limit = opt.count ? 0 : opt.limit;
  request.sort = sort;
  request.facets = facets;
  request.snippets = !opt.count;
  if (!opt.snippets.empty()) request.snippet_model = ombud::parse_snippet_model(opt.snippets);
  request.like = opt.like;
  request.terms = opt.terms;
  // CSV is one table: the hits, or the facet counts, or the words (terms_printer.hpp).
  if (opt.csv && opt.terms > 0 && !facets.empty())
    throw ombud::QueryError("--csv prints one table: give --facets or --terms, not both");

  // The time budget covers matching, counting and reading the hits, before anything is written
  // (query_bounds.hpp); --all disarms it once its first page is ready.
  ombud::SearchDeadline deadline(std::string(kProgram),
                                 opt.timeout.empty() ? ombud::kDefaultSearchTimeout
                                                     : *ombud::parse_timeout_seconds(opt.timeout));
  // --all lists the hits page by page; --count and the CSV facet table have none to list.
  if (opt.all && !opt.count && !(opt.csv && (!facets.empty() || opt.terms > 0)))
    return write_all(searcher, request, opt, style, deadline);
  const ombud::SearchResult result = searcher.search(request);
  // Nothing found: what would be (zero_hit_help.hpp), within the same time budget; it never
  // changes the result's counts or the exit status.
  const ombud::ZeroHitHelp help = result.total == 0 && !opt.count
                                      ? ombud::zero_hit_help(searcher, request)
                                      : ombud::ZeroHitHelp{};
  deadline.disarm();
  std::string out = show_query_line(result.query, opt, searcher.remote());
  if (opt.csv || (opt.count && !opt.json)) std::cerr << suggestion_note(result);
  if (opt.json) {
    out += opt.count      ? ombud::summary_json(result).dump() + "\n"
           : help.empty() ? ombud::format_json(result)
                          : ombud::format_zero_hit_json(result, help);
  } else if (opt.csv) {
    std::cerr << ombud::format_zero_hit_notes(help, kProgram);
    if (!facets.empty())
      out += ombud::format_csv_facets(result.facets);
    else if (opt.terms > 0)
      out += ombud::format_csv_terms(result.terms);
    else if (opt.count)
      out += ombud::format_csv_count(result.total);
    else
      out += ombud::format_csv(result);
  } else if (opt.count) {
    out += std::to_string(result.total) + "\n" + ombud::format_human_facets(result.facets, style) +
           ombud::format_human_terms(result.terms, style);
  } else {
    out += ombud::format_human(result, style) + ombud::format_zero_hit_help(help, style);
  }
  write_stdout(out);
  // A machine-readable list cut short by --limit says so, where a script's log will show it (the
  // human output says "showing 1–10").
  const bool lists_hits = (opt.json || (opt.csv && facets.empty() && opt.terms == 0)) && !opt.count;
  if (lists_hits && result.hits.size() < result.total) {
    std::cerr << fmt::format("{}: wrote {} of {} decisions (use --all for every one)\n", kProgram,
                             result.hits.size(), result.total);
  }
  return result.total > 0 ? 0 : 1;
}

}  // namespace

int main(int argc, char** argv) try {
  std::signal(SIGPIPE, SIG_IGN);  // a closed pipe shows up as EPIPE from write()
  Options opt;
  CLI::App app{"Search ombudsman decisions indexed by ombud-index.", std::string(kProgram)};
  app.footer(std::string(kLanguageHelp) + ombud::fields_help() +
             "\nExit status: 0 when decisions matched, 1 when none did, 2 on an error.");
  app.set_version_flag("--version", std::string(kProgram) + " " + OMBUD_VERSION);
  app.add_option("query", opt.query_words, "The query (quote it for the shell)");
  app.add_option("--db", opt.db, "Database to search (default: $OMBUD_DB, else ./ombud.db)");
  auto* limit = app.add_option("--limit", opt.limit, "Show at most N decisions (default 10)");
  app.add_flag("--all", opt.all,
               "Write every matching decision (written a page at a time as they are found)")
      ->excludes(limit);
  app.add_option("--offset", opt.offset, "Skip the first N decisions (for the next page)");
  app.add_option("--sort", opt.sort, "relevance (default), newest, oldest or paid (most first)")
      ->check(CLI::IsMember({"relevance", "newest", "oldest", "paid"}));
  app.add_option("--facets", opt.facets,
                 "Count all matches by these fields, e.g. council,outcome (" + facet_list() + ")")
      ->multi_option_policy(CLI::MultiOptionPolicy::Join);
  auto* json = app.add_flag("--json", opt.json, "One JSON object per hit, then a summary object");
  auto* csv = app.add_flag("--csv", opt.csv,
                           "CSV: a header and a row per hit (with --facets: the counts instead)");
  json->excludes(csv);
  app.add_flag("--count", opt.count, "Print only the number of matching decisions");
  app.add_flag("--show-query", opt.show_query, "Print the query as Xapian runs it first");
  app.add_option("--show", opt.show, "Print the decision with this case reference in full");
  app.add_option("--color", opt.color,
                 "auto (default: on a terminal without NO_COLOR), always, never")
      ->check(CLI::IsMember({"auto", "always", "never"}));
  app.add_option("--wildcard-limit", opt.wildcard_limit,
                 "A wildcard may match at most N words (default 1000)")
      ->check(CLI::PositiveNumber);
  app.add_option("--snippet-words", opt.snippets,
                 "all: choose each snippet by the query's words and how rare the others are "
                 "(default); query: by the query's words alone, the default over remote shards, "
                 "which all would ask about every word shown")
      ->check(CLI::IsMember({"all", "query"}));
  app.add_option("--remote-timeout", opt.remote_timeout,
                 "Seconds a remote shard may take to answer before the search fails (default "
                 "$OMBUD_REMOTE_TIMEOUT, else 5)")
      ->check(ombud::seconds_validator());
  app.add_option("--timeout", opt.timeout,
                 "Seconds a search may take before it is stopped, exit 2 (default 5)")
      ->check(ombud::seconds_validator());
  app.add_option("--like", opt.like,
                 "Find the decisions most like the one with this case reference (any spelling); "
                 "a query with it must match too")
      ->check(CLI::Validator(
          [](const std::string& s) {
            return s.empty() ? std::string("a case reference is needed, as in --like 24-010-138")
                             : std::string();
          },
          "CASE"));
  app.add_option("--terms", opt.terms,
                 "List the N words that most set the matching decisions apart from the collection")
      ->check(CLI::Range(Xapian::termcount(1), ombud::kMaxTerms));
  app.add_flag("--fields", opt.fields, "Print the query fields as a Markdown table");
  if (const auto status = ombud::parse_command_line(app, argc, argv, kProgram)) return *status;
  if (opt.db.empty()) opt.db = ombud::default_database_path();
  return run(opt);
} catch (const std::exception&) {
  return ombud::report_current_exception(kProgram);
}
