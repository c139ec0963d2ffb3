// --all at scale: on 20,000 generated decisions it writes 20,000 rows, and its peak memory is
// about what it is on 2,000: the hits are written a page at a time, not held until the end.
// Peak resident memory is the child's, from wait4(). A forked child starts with its parent's
// resident pages and keeps that high-water mark through exec, so every run is measured before the
// test reads any output (parsing 20,000 rows here would show up as the next child's peak).
#include <fcntl.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>

#include "csv_reader.hpp"
#include "search_cli.hpp"
#include "temp_dir.hpp"

namespace {

using ombud::test::run_command;
using ombud::test::shell_quote;

struct Run {
  int exit_code = -1;
  long peak_rss_kb = 0;
};

// Runs ombud-search with `args`, its stdout into `out_file`, and measures its peak RSS.
Run measure(const std::vector<std::string>& args, const std::string& out_file) {
  std::vector<std::string> argv_strings = {OMBUD_SEARCH_BIN};
  argv_strings.insert(argv_strings.end(), args.begin(), args.end());
  std::vector<char*> argv;
  for (std::string& a : argv_strings) argv.push_back(a.data());
  argv.push_back(nullptr);
  const pid_t pid = ::fork();
  REQUIRE(pid >= 0);
  if (pid == 0) {
    const int fd = ::open(out_file.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    if (fd < 0 || ::dup2(fd, STDOUT_FILENO) < 0) ::_exit(127);
    ::execv(argv[0], argv.data());
    ::_exit(127);
  }
  int status = 0;
  struct rusage usage {};
  REQUIRE(::wait4(pid, &status, 0, &usage) == pid);
  Run r;
  r.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
  r.peak_rss_kb = usage.ru_maxrss;
  return r;
}

// A database of `count` generated decisions.
std::string generated_db(const ombud::test::TempDir& dir, int count) {
  const std::string corpus = (dir.path() / ("corpus-" + std::to_string(count))).string();
  const std::string db = (dir.path() / ("db-" + std::to_string(count))).string();
  const auto gen = run_command(shell_quote(OMBUD_GEN_BIN) + " --seed 11 --count " +
                               std::to_string(count) + " --out " + shell_quote(corpus));
  INFO(gen.err);
  REQUIRE(gen.exit_code == 0);
  const auto index = run_command(shell_quote(OMBUD_INDEX_BIN) + " --quiet --db " + shell_quote(db) +
                                 " " + shell_quote(corpus));
  INFO(index.err);
  REQUIRE(index.exit_code == 0);
  std::filesystem::remove_all(corpus);
  return db;
}

std::size_t csv_rows(const std::string& file) {
  std::ifstream in(file, std::ios::binary);
  const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  return ombud::test::parse_csv(text).size() - 1;  // the header
}

// The hit lines of --json output, and the total its summary line gives.
std::size_t json_hit_lines(const std::string& file) {
  std::ifstream in(file);
  std::size_t hits = 0;
  for (std::string line; std::getline(in, line);)
    if (line.starts_with("{\"rank\":")) ++hits;
  return hits;
}

std::size_t json_total(const std::string& file) {
  std::ifstream in(file);
  std::string line, last;
  while (std::getline(in, line)) last = line;
  return nlohmann::json::parse(last).at("total").get<std::size_t>();
}

}  // namespace

TEST_CASE("e2e scale: --all writes every one of 20,000 decisions in flat memory",
          "[e2e][scale][limit]") {
  const ombud::test::TempDir dir;
  const std::string small = generated_db(dir, 2000);
  const std::string large = generated_db(dir, 20000);
  auto out = [&](const char* name) { return (dir.path() / name).string(); };

  // A query of filters only as CSV, and one with words (snippets chosen by them) as JSON.
  const Run csv_small = measure({"--db", small, "--csv", "--all", ""}, out("small.csv"));
  const Run csv_large = measure({"--db", large, "--csv", "--all", ""}, out("large.csv"));
  const Run json_small = measure({"--db", small, "--json", "--all", "council"}, out("small.json"));
  const Run json_large = measure({"--db", large, "--json", "--all", "council"}, out("large.json"));
  for (const Run& r : {csv_small, csv_large, json_small, json_large}) REQUIRE(r.exit_code == 0);
  WARN("peak RSS of --all, 2,000 then 20,000 decisions: CSV "
       << csv_small.peak_rss_kb << " kB, " << csv_large.peak_rss_kb << " kB; JSON with words "
       << json_small.peak_rss_kb << " kB, " << json_large.peak_rss_kb << " kB");
  CHECK(csv_rows(out("small.csv")) == 2000);
  CHECK(csv_rows(out("large.csv")) == 20000);
  const std::size_t json_lines = json_hit_lines(out("large.json"));
  CHECK(json_lines > 15000);  // most generated decisions say "council"
  CHECK(json_lines == json_total(out("large.json")));
  // Holding every row until the end took some 260 MB at 20,000 (--limit 20000: a decision's text
  // is about 8 kB); the match itself keeps an id and a sort key per hit, and the snippet cache
  // the words seen, a few MB more here.
  CHECK(csv_large.peak_rss_kb < csv_small.peak_rss_kb + 16 * 1024);
  CHECK(json_large.peak_rss_kb < json_small.peak_rss_kb + 16 * 1024);
}
