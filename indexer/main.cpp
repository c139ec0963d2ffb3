// ombud-index: index decision files into a Xapian database, or (--extract) print what
// extraction finds in them.
#include <fmt/format.h>
#include <unistd.h>

#include <CLI/CLI.hpp>
#include <algorithm>
#include <csignal>
#include <cstdio>
#include <iostream>

#include "database.hpp"
#include "decision_json.hpp"
#include "diagnostics.hpp"
#include "extract/decision_loader.hpp"
#include "read/input_error.hpp"
#include "run/index_run.hpp"
#include "run/input_walker.hpp"
#include "write/database_check.hpp"

namespace {

constexpr std::string_view kProgram = "ombud-index";

// --extract: one JSON object a line per file, nothing written.
int run_extract(const ombud::IndexOptions& opt) {
  std::size_t skipped = 0;
  ombud::walk_inputs(
      opt.paths,
      [&](const std::filesystem::path& path) {
        try {
          ombud::Decision d = ombud::load_decision(path, opt.load);
          nlohmann::ordered_json out = {{"file", path.string()}};
          out.update(ombud::facts_json(d));
          std::cout << out.dump() << '\n';
        } catch (const ombud::InputError& e) {
          ombud::report_file_error(path.string(), e.what());
          ++skipped;
        }
      },
      [&](const std::string& path, const std::string& reason) {
        ombud::report_file_error(path, reason);
        ++skipped;
      });
  std::cout.flush();
  return skipped ? 1 : 0;
}

std::string describe(const ombud::IndexSummary& s, const std::string& db) {
  std::string line = fmt::format("added {}, replaced {}, unchanged {}, removed {}, skipped {}",
                                 s.added, s.replaced, s.unchanged, s.removed, s.skipped);
  if (!s.skip_reasons.empty()) {
    std::string reasons;
    for (const auto& [reason, n] : s.skip_reasons)
      reasons += fmt::format("{}{} {}", reasons.empty() ? "" : ", ", n, reason);
    line += " (" + reasons + ")";
  }
  const double mb = static_cast<double>(s.bytes) / 1e6;
  line += fmt::format("; {} decisions in {}; read {:.1f} MB in {:.2f} s", s.doccount, db, mb,
                      s.seconds);
  if (s.seconds > 0 && mb > 0) line += fmt::format(" ({:.1f} MB/s)", mb / s.seconds);
  const ombud::ThesaurusSummary& t = s.thesaurus;
  if (t.rewritten || t.errors) {
    line += fmt::format("; thesaurus: {} entries", t.entries);
    if (t.user_entries) line += fmt::format(" ({} from --synonyms)", t.user_entries);
    if (t.errors)
      line += fmt::format(", {} bad line{} skipped", t.errors, t.errors == 1 ? "" : "s");
  }
  return line;
}

}  // namespace

int main(int argc, char** argv) try {
  ombud::IndexOptions opt;
  bool extract = false;
  bool quiet = false;
  CLI::App app{"Index ombudsman decision files (.txt, .html, .htm) into a Xapian database.",
               std::string(kProgram)};
  bool check = false;
  auto* paths =
      app.add_option("paths", opt.paths, "Decision files, or folders to walk recursively");
  // Required unless --check: then CLI11 keeps the last words for them, and a list option before
  // (--synonyms FILE FOLDER) does not swallow them.
  if (std::none_of(argv + 1, argv + argc,
                   [](const char* a) { return std::string_view(a) == "--check"; }))
    paths->required();
  app.add_flag("--check", check,
               "Write nothing; run Xapian's consistency check over the database (each local "
               "shard) and print a verdict: exit 0 when it passes, 2 when it is damaged");
  app.add_option("--db", opt.db_path, "Database to write (default: $OMBUD_DB, else ./ombud.db)");
  app.add_flag("--extract", extract,
               "Write nothing; print what extraction finds, one JSON object per file");
  app.add_option("--profile", opt.load.profile, "Extraction profile: auto, lgsco or housing")
      ->check(CLI::IsMember({"auto", "lgsco", "housing"}));
  app.add_option("--max-size", opt.load.max_size, "Skip files larger than this many bytes")
      ->check(CLI::PositiveNumber);
  app.add_option("-j,--jobs", opt.jobs,
                 "Analysis threads (default: one per core, less one for the writer; in a bulk "
                 "load, one per core, each writing its own part)")
      ->check(CLI::PositiveNumber);
  app.add_option("--batch-size", opt.batch_size, "Commit every N documents (default 1000)")
      ->check(CLI::PositiveNumber);
  app.add_option("--shards", opt.shards,
                 "Write N shard databases under --db, placed by case reference, with a stub "
                 "that opens them as one (default: as the database is; a new one is single)")
      ->check(CLI::Range(1, 256));
  app.add_flag("--prune", opt.prune,
               "Remove decisions whose files, under the paths given, no longer exist");
  app.add_flag("--compact", opt.compact,
               "Compact the database at the end (worth it after indexing a large batch: the "
               "index shrinks by about a quarter; a bulk load is compacted anyway)");
  bool no_bulk = false;
  app.add_flag(
      "--no-bulk", no_bulk,
      "Into an empty database, write through the one writer as into a full one, instead "
      "of a bulk load (each thread writes a part, merged at the end): slower, same result");
  app.add_flag("--rehash", opt.rehash,
               "Read every file again, also those whose size and modification time are as when "
               "they were indexed (an edit that kept both); unchanged decisions stay as they are");
  app.add_flag("--wait", opt.wait_for_lock,
               "If another indexer is writing the database, wait for it instead of failing");
  auto* synonyms = app.add_option(
      "--synonyms", opt.thesaurus.files,
      "Add the synonyms in FILE to the shipped thesaurus (one concept a line, as in "
      "shared/thesaurus/README.md); the database keeps them for later runs (repeatable)");
  app.add_flag("--forget-synonyms", opt.thesaurus.forget_user_files,
               "Drop the --synonyms entries the database keeps (the shipped thesaurus stays)")
      ->excludes(synonyms);
  std::string changes_path;
  bool verbose = false;
  app.add_option("--changes", changes_path,
                 "Write what the run added, replaced or removed to FILE, one JSON line per "
                 "decision (case_ref, action, path, organisation, outcome), whole or not at all; "
                 "- for stdout");
  app.add_flag("-v,--verbose", verbose,
               "Print each decision added, replaced or removed, one line each, before the summary");
  bool no_spelling = false;
  app.add_flag("--no-spelling", no_spelling,
               "Do not add the decisions' words to the spelling dictionary that ombud-search's "
               "\"Did you mean\" suggestions come from");
  app.add_flag("-q,--quiet", quiet, "No progress line");
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    return app.exit(e) == 0 ? 0 : 2;
  }
  if (opt.db_path.empty()) opt.db_path = ombud::default_database_path();
  opt.spelling = !no_spelling;
  opt.bulk = !no_bulk;
  // "db/" is "db": compaction's PATH.compacting and PATH.lock sit beside the folder, not in it.
  while (opt.db_path.size() > 1 && opt.db_path.back() == '/') opt.db_path.pop_back();
  if (check) {
    if (!opt.paths.empty() || extract) {
      ombud::report_error(kProgram, "--check takes no files and no --extract: it checks --db");
      return 2;
    }
    const ombud::CheckVerdict verdict = ombud::check_database(opt.db_path);
    if (!verdict.passed) {
      ombud::report_error(kProgram, verdict.line);
      return 2;
    }
    fmt::print("{}: {}\n", kProgram, verdict.line);
    return 0;
  }
  if (extract) return run_extract(opt);

  // Past a file-size limit, fail the write (EFBIG, reported like a full disk) rather than die.
  std::signal(SIGXFSZ, SIG_IGN);

  opt.progress = !quiet && isatty(STDERR_FILENO);
  opt.list_changes = verbose || !changes_path.empty();
  ombud::IndexSummary summary;
  try {
    summary = ombud::run_index(opt);
  } catch (const Xapian::DatabaseCorruptError& e) {
    ombud::report_error(kProgram, ombud::damaged_database_message(opt.db_path, e));
    return 2;
  }
  // With --changes -, stdout is the list alone (for jq and the like): the rest goes to stderr.
  std::FILE* text_out = changes_path == "-" ? stderr : stdout;
  if (verbose)
    for (const ombud::ChangeEntry& e : summary.changes)
      fmt::print(text_out, "{}\n", ombud::change_text(e));
  // After the run's last commit: a run cut short leaves no list (and an earlier one as it was).
  if (!changes_path.empty()) ombud::write_change_list(changes_path, summary.changes);
  fmt::print(text_out, "{}: {}\n", kProgram, describe(summary, opt.db_path));
  if (!summary.compaction_error.empty()) {
    ombud::report_error(kProgram, fmt::format("compaction failed, the decisions are committed ({} "
                                              "is as before, not compacted): {}",
                                              opt.db_path, summary.compaction_error));
    return 1;
  }
  return summary.skipped || summary.thesaurus.errors ? 1 : 0;
} catch (const Xapian::Error& e) {
  ombud::report_error(kProgram, fmt::format("{} (the database is as it was at its last commit)",
                                            e.get_description()));
  return 2;
} catch (const std::exception& e) {  // DatabaseOpenError among them: what() is the sentence
  ombud::report_error(kProgram, e.what());
  return 2;
}
