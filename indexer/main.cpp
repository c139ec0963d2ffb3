// ombud-index: index decision files into a Xapian database, or (--extract) print what
// extraction finds in them.
#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include <chrono>
#include <cstdio>
#include <iostream>

#include "database.hpp"
#include "decision_json.hpp"
#include "decision_loader.hpp"
#include "diagnostics.hpp"
#include "index_writer.hpp"
#include "input_error.hpp"
#include "input_walker.hpp"

namespace {

constexpr std::string_view kProgram = "ombud-index";

struct Options {
  std::string db;
  std::vector<std::string> paths;
  bool extract = false;
  ombud::LoadOptions load;
  std::size_t batch_size = ombud::kDefaultBatchSize;
};

struct Summary {
  std::size_t added = 0, replaced = 0, unchanged = 0, skipped = 0;
};

// --extract: one JSON object a line per file, nothing written.
int run_extract(const Options& opt) {
  Summary s;
  ombud::walk_inputs(
      opt.paths,
      [&](const std::filesystem::path& path) {
        try {
          ombud::Decision d = ombud::load_decision(path, opt.load);
          nlohmann::ordered_json out = {{"file", path.string()}};
          out.update(ombud::facts_json(d));
          std::cout << out.dump() << '\n';
          ++s.added;
        } catch (const ombud::InputError& e) {
          ombud::report_file_error(path.string(), e.what());
          ++s.skipped;
        }
      },
      [&](const std::string& path, const std::string& reason) {
        ombud::report_file_error(path, reason);
        ++s.skipped;
      });
  std::cout.flush();
  return s.skipped ? 1 : 0;
}

int run_index(const Options& opt) {
  const auto start = std::chrono::steady_clock::now();
  ombud::IndexWriter writer(ombud::open_for_writing(opt.db), opt.batch_size);
  Summary s;
  ombud::walk_inputs(
      opt.paths,
      [&](const std::filesystem::path& path) {
        ombud::Decision d;
        try {
          d = ombud::load_decision(path, opt.load);
        } catch (const ombud::InputError& e) {
          ombud::report_file_error(path.string(), e.what());
          ++s.skipped;
          return;
        }
        const auto result = writer.write(d, path.string());
        if (!result.earlier_path.empty()) {
          ombud::report_file_warning(
              path.string(), fmt::format("case {} was also in {}; this file replaces it",
                                         d.case_ref, result.earlier_path));
        }
        switch (result.outcome) {
          case ombud::IndexWriter::Outcome::kAdded: ++s.added; break;
          case ombud::IndexWriter::Outcome::kReplaced: ++s.replaced; break;
          case ombud::IndexWriter::Outcome::kUnchanged: ++s.unchanged; break;
        }
      },
      [&](const std::string& path, const std::string& reason) {
        ombud::report_file_error(path, reason);
        ++s.skipped;
      });
  writer.commit();
  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  fmt::print("{}: added {}, replaced {}, unchanged {}, skipped {}; {} decisions in {} ({:.2f} s)\n",
             kProgram, s.added, s.replaced, s.unchanged, s.skipped,
             writer.database().get_doccount(), opt.db, seconds);
  return s.skipped ? 1 : 0;
}

}  // namespace

int main(int argc, char** argv) try {
  Options opt;
  CLI::App app{"Index ombudsman decision files (.txt, .html) into a Xapian database.",
               std::string(kProgram)};
  app.add_option("paths", opt.paths, "Decision files, or folders to walk recursively")
      ->required();
  app.add_option("--db", opt.db, "Database to write (default: $OMBUD_DB, else ./ombud.db)");
  app.add_flag("--extract", opt.extract,
               "Write nothing; print what extraction finds, one JSON object per file");
  app.add_option("--profile", opt.load.profile, "Extraction profile")
      ->check(CLI::IsMember({"auto", "lgsco", "housing"}));
  app.add_option("--max-size", opt.load.max_size, "Skip files larger than this many bytes");
  app.add_option("--batch-size", opt.batch_size, "Commit every N documents")
      ->check(CLI::PositiveNumber);
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    return app.exit(e) == 0 ? 0 : 2;
  }
  if (opt.db.empty()) opt.db = ombud::default_database_path();
  return opt.extract ? run_extract(opt) : run_index(opt);
} catch (const ombud::DatabaseOpenError& e) {
  ombud::report_error(kProgram, e.what());
  return 2;
} catch (const Xapian::Error& e) {
  ombud::report_error(kProgram, e.get_description());
  return 2;
} catch (const std::exception& e) {
  ombud::report_error(kProgram, e.what());
  return 2;
}
