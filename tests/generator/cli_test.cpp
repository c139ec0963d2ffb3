// ombud-gen as a user runs it: the files, the summary on stderr, and errors with exit code 2.
#include <catch2/catch.hpp>
#include <fstream>

#include "run_command.hpp"
#include "temp_dir.hpp"

using ombud::test::run_command;
using ombud::test::shell_quote;

namespace {

std::string gen(const std::string& args) {
  return std::string(OMBUD_GEN_BIN) + " " + args;
}

}  // namespace

TEST_CASE("ombud-gen writes the files, the facts and a summary", "[generator][cli]") {
  ombud::test::TempDir dir;
  const auto r = run_command(gen("--seed 8 --count 25 --out " + shell_quote((dir / "c").string())));
  CHECK(r.exit_code == 0);
  CHECK(r.out.empty());
  CHECK_THAT(r.err,
             Catch::Contains("wrote 25 files") && Catch::Contains("MB") && Catch::Contains(" s "));
  CHECK(std::filesystem::is_regular_file(dir / "c" / "000" / "000024.txt"));
  std::ifstream facts(dir / "c" / "facts.jsonl");
  std::size_t lines = 0;
  for (std::string line; std::getline(facts, line);) ++lines;
  CHECK(lines == 25);
}

TEST_CASE("ombud-gen refuses bad arguments with exit code 2", "[generator][cli]") {
  ombud::test::TempDir dir;
  const std::string out = shell_quote(dir.path().string());
  CHECK(run_command(gen("--count 5")).exit_code == 2);
  CHECK(run_command(gen("--out " + out)).exit_code == 2);
  CHECK(run_command(gen("--count many --out " + out)).exit_code == 2);
  CHECK(run_command(gen("--seed -3 --count 1 --out " + out)).exit_code == 2);
  const auto big = run_command(gen("--count 2000000 --out " + out));
  CHECK(big.exit_code == 2);
  CHECK_THAT(big.err, Catch::StartsWith("ombud-gen: error: ") && Catch::Contains("1000000"));
}

TEST_CASE("ombud-gen names the path it cannot write", "[generator][cli]") {
  ombud::test::TempDir dir;
  std::ofstream(dir / "file") << "x";
  const std::string out = (dir / "file" / "sub").string();
  const auto r = run_command(gen("--count 2 --out " + shell_quote(out)));
  CHECK(r.exit_code == 2);
  CHECK_THAT(r.err, Catch::Contains(out));
}
