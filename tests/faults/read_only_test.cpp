// A database the user may not write: searching it needs no write access, and the indexer says
// "permission denied" with the path at once (exit 2), with or without --wait. Root may write
// everything, so as root the tools run as nobody (setpriv), as the unreadable-file test does.
#include <fmt/format.h>
#include <unistd.h>

#include <catch2/catch.hpp>

#include "fixture_decisions.hpp"
#include "run_command.hpp"
#include "temp_dir.hpp"

using namespace ombud::test;
namespace fs = std::filesystem;

namespace {

// `command` as a user who does not own the test's files.
std::string as_other_user(const std::string& command) {
  // timeout: should --wait wait for a lock nobody holds, the test fails instead of hanging.
  const std::string bounded = "timeout 120 " + command;
  if (geteuid() != 0) return bounded;
  return "setpriv --reuid=65534 --regid=65534 --clear-groups " + bounded;
}

void make_read_only(const fs::path& path) {
  using fs::perms;
  const perms read = perms::owner_read | perms::group_read | perms::others_read;
  const perms enter = perms::owner_exec | perms::group_exec | perms::others_exec;
  fs::permissions(path, fs::is_directory(path) ? read | enter : read);
}

}  // namespace

TEST_CASE("a database the user may not write is searchable, and not indexed", "[faults]") {
  TempDir dir;
  for (int n = 0; n < 5; ++n)
    write_file(dir / "corpus" / fmt::format("d{}.txt", n), fixture_decision(n));
  const fs::path db = dir / "db";
  REQUIRE(run_command(shell_quote(OMBUD_INDEX_BIN) + " -q --db " + shell_quote(db.string()) + " " +
                      shell_quote((dir / "corpus").string()))
              .exit_code == 0);
  fs::permissions(dir.path(), fs::perms::all);  // everyone may enter (and, here, write) it
  for (const auto& entry : fs::recursive_directory_iterator(dir / "corpus"))
    make_read_only(entry.path());
  make_read_only(dir / "corpus");
  for (const auto& entry : fs::directory_iterator(db)) make_read_only(entry.path());
  make_read_only(db);

  SECTION("the database's folder is read-only") {}
  SECTION("its parent folder is read-only too") {
    make_read_only(dir.path());
  }

  const auto searched = run_command(as_other_user(shell_quote(OMBUD_SEARCH_BIN) + " --count --db " +
                                                  shell_quote(db.string()) + " council"));
  INFO(searched.err);
  CHECK(searched.exit_code == 0);
  CHECK(searched.out == "5\n");

  for (const std::string wait : {"", " --wait"}) {
    const auto indexed = run_command(as_other_user(shell_quote(OMBUD_INDEX_BIN) + " -q" + wait +
                                                   " --db " + shell_quote(db.string()) + " " +
                                                   shell_quote((dir / "corpus").string())));
    INFO("ombud-index" << wait << ": " << indexed.err);
    CHECK(indexed.exit_code == 2);
    CHECK_THAT(indexed.err, Catch::Contains("permission denied"));
    CHECK_THAT(indexed.err, Catch::Contains(db.string()));
    CHECK_THAT(indexed.err, !Catch::Contains("another process"));
  }
  fs::permissions(dir.path(), fs::perms::all);  // so that TempDir can remove it
  fs::permissions(db, fs::perms::all);
}
