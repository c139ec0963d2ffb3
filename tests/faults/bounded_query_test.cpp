// ombud-search bounds a query: a NEAR or phrase chain longer than kMaxChainWords is refused
// before matching, and a search that runs past --timeout is stopped with a message (exit 2).
#include <fmt/format.h>

#include <catch2/catch.hpp>

#include "fixture_decisions.hpp"
#include "run_command.hpp"
#include "temp_dir.hpp"

using namespace ombud::test;
namespace fs = std::filesystem;

namespace {

std::string chain(const std::string& word, const std::string& op, int words) {
  std::string out = word;
  for (int i = 1; i < words; ++i) out += " " + op + " " + word;
  return out;
}

}  // namespace

TEST_CASE("long NEAR and phrase chains are refused, and a search past --timeout is stopped",
          "[faults]") {
  TempDir dir;
  for (int n = 0; n < 300; ++n)
    write_file(dir / "corpus" / fmt::format("d{:03}.txt", n), fixture_decision(n));
  const fs::path db = dir / "db";
  REQUIRE(run_command(shell_quote(OMBUD_INDEX_BIN) + " -q --db " + shell_quote(db.string()) + " " +
                      shell_quote((dir / "corpus").string()))
              .exit_code == 0);
  const std::string search =
      shell_quote(OMBUD_SEARCH_BIN) + " --count --db " + shell_quote(db.string()) + " ";

  // The query: 800 words joined by NEAR took 21.5 s.
  auto r = run_command(search + shell_quote(chain("council", "NEAR", 800)));
  CHECK(r.exit_code == 2);
  CHECK_THAT(r.err, Catch::Contains("a NEAR chain of 800 words is more than the 32"));
  CHECK(r.out.empty());

  r = run_command(search + shell_quote("\"" + chain("council", "", 33) + "\""));
  CHECK(r.exit_code == 2);
  CHECK_THAT(r.err, Catch::Contains("phrase (or ADJ chain) of 33 words"));

  r = run_command(search + shell_quote(chain("council", "NEAR", 32)));
  INFO(r.err);
  CHECK((r.exit_code == 0 || r.exit_code == 1));

  // Ten 32-word chains OR'ed: some 300 ms of position checks here, far past a 1 ms budget.
  std::string many;
  for (int i = 0; i < 10; ++i)
    many += (many.empty() ? "(" : " OR (") + chain("council", "NEAR", 32) + ")";
  r = run_command(search + "--timeout 0.001 " + shell_quote(many));
  CHECK(r.exit_code == 2);
  CHECK_THAT(r.err, Catch::Contains("the search took longer than 0.001 s and was stopped"));
  CHECK_THAT(r.err, Catch::Contains("--timeout SECONDS"));
  CHECK(r.out.empty());

  r = run_command(search + "--timeout soon council");
  CHECK(r.exit_code == 2);
  CHECK_THAT(r.err, Catch::Contains("'soon' is not a number of seconds"));
}
