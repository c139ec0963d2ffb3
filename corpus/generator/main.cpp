// ombud-gen: writes a seeded corpus of synthetic LGSCO decisions and the facts each one plants.
#include <fmt/format.h>

#include <CLI/CLI.hpp>
#include <cstdio>
#include <exception>

#include "corpus_writer.hpp"
#include "diagnostics.hpp"

namespace {

constexpr std::string_view kProgram = "ombud-gen";

}  // namespace

int main(int argc, char** argv) try {
  ombud::gen::CorpusOptions options;
  std::string out, facts;
  bool quiet = false;
  CLI::App app{
      "Write a deterministic corpus of synthetic LGSCO decisions for benchmarks and "
      "tests, and a JSON-lines file of the facts each decision plants.",
      std::string(kProgram)};
  app.add_option("--seed", options.seed,
                 "Random seed: the same seed and count give the same "
                 "bytes")
      ->capture_default_str()
      ->check(CLI::NonNegativeNumber);
  app.add_option("--count", options.count, "Number of decision files to write (at most 1000000)")
      ->required();
  app.add_option("--out", out, "Folder to write into (files go in subfolders 000/, 001/, ...)")
      ->required();
  app.add_option("--facts", facts, "Facts file (default: OUT/facts.jsonl)");
  app.add_flag("--quiet,-q", quiet, "No progress lines on stderr, only the summary");
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    return app.exit(e) == 0 ? 0 : 2;
  }
  options.out = out;
  options.facts = facts;

  std::size_t next_report = 10000;
  const auto progress = [&](std::size_t files) {
    if (quiet || files < next_report) return;
    fmt::print(stderr, "{}: {} of {} files\n", kProgram, files, options.count);
    next_report += 10000;
  };
  const ombud::gen::CorpusStats stats = ombud::gen::write_corpus(options, progress);
  const double mb = static_cast<double>(stats.bytes) / 1e6;
  fmt::print(
      stderr,
      "{}: wrote {} files, {:.1f} MB (mean {:.1f} KB, median {:.1f} KB) to {} in {:.2f} s "
      "({:.0f} MB/s); facts in {}\n",
      kProgram, stats.files, mb,
      stats.files ? static_cast<double>(stats.bytes) / 1e3 / static_cast<double>(stats.files) : 0.0,
      static_cast<double>(stats.median_bytes) / 1e3, options.out.string(), stats.seconds,
      stats.seconds > 0 ? mb / stats.seconds : 0.0,
      (options.facts.empty() ? options.out / "facts.jsonl" : options.facts).string());
  return 0;
} catch (const std::exception& e) {
  ombud::report_error(kProgram, e.what());
  return 2;
}
