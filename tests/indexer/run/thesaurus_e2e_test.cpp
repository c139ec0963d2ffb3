// End to end: ombud-index with the shipped thesaurus and a user's --synonyms file, checked with
// the Xapian API: the synonyms in the database, a bad line reported with its number, the entries
// kept by later runs, and a file that cannot be read stopping the run before anything is written.
#include <xapian.h>

#include <catch2/catch.hpp>
#include <filesystem>
#include <string>
#include <vector>

#include "run_command.hpp"
#include "temp_dir.hpp"

using namespace ombud;
namespace fs = std::filesystem;

namespace {

test::CommandResult index(const fs::path& db, const std::string& options) {
  const fs::path fixtures = fs::path(OMBUD_SOURCE_DIR) / "tests" / "fixtures" / "search";
  return test::run_command(test::shell_quote(OMBUD_INDEX_BIN) + " -q --db " +
                           test::shell_quote(db.string()) + " " + options + " " +
                           test::shell_quote(fixtures.string()));
}

std::vector<std::string> synonyms_of(const fs::path& db, const std::string& key) {
  const Xapian::Database d(db.string());
  return {d.synonyms_begin(key), d.synonyms_end(key)};
}

}  // namespace

TEST_CASE("ombud-index --synonyms adds a user's file to the shipped thesaurus",
          "[e2e][thesaurus]") {
  test::TempDir dir;
  const fs::path db = dir / "db";
  const fs::path mine = dir / "mine.txt";
  test::write_file(mine,
                   "# our team's words\nFPP, family placement panel\nfamily placement panel\n");

  const auto first = index(db, "--synonyms " + test::shell_quote(mine.string()));
  INFO(first.out << first.err);
  // The bad line is reported and skipped, the run goes on, and the exit status says so.
  CHECK(first.exit_code == 1);
  CHECK(first.err == mine.string() +
                         ":3: error: one form alone: list the forms of a concept separated by "
                         "commas, or write FORMS => FORMS\n");
  CHECK(first.out.find("added 5, ") != std::string::npos);
  CHECK(first.out.find(" entries (1 from --synonyms), 1 bad line skipped\n") != std::string::npos);
  CHECK(synonyms_of(db, "ZZfpp") == std::vector<std::string>{"Zfamili Zplacement Zpanel"});
  CHECK(synonyms_of(db, "family placement panel") == std::vector<std::string>{"Zfpp"});
  CHECK_FALSE(synonyms_of(db, "ZZehcp").empty());

  // The next run, without --synonyms, keeps them and has nothing to say about the thesaurus.
  const auto second = index(db, "");
  INFO(second.out << second.err);
  CHECK(second.exit_code == 0);
  CHECK(second.err.empty());
  CHECK(second.out.find("thesaurus") == std::string::npos);
  CHECK(synonyms_of(db, "ZZfpp").size() == 1);

  const auto forget = index(db, "--forget-synonyms");
  CHECK(forget.exit_code == 0);
  CHECK(forget.out.find("; thesaurus: ") != std::string::npos);
  CHECK(synonyms_of(db, "ZZfpp").empty());
  CHECK_FALSE(synonyms_of(db, "ZZehcp").empty());
}

TEST_CASE("ombud-index stops before writing when a --synonyms file cannot be read",
          "[e2e][thesaurus]") {
  test::TempDir dir;
  const fs::path db = dir / "db";
  const fs::path missing = dir / "missing.txt";
  const auto r = index(db, "--synonyms " + test::shell_quote(missing.string()));
  CHECK(r.exit_code == 2);
  CHECK(r.err == "ombud-index: error: cannot read the synonyms file " + missing.string() +
                     ": No such file or directory\n");
  CHECK_FALSE(fs::exists(db));

  const auto both =
      index(db, "--forget-synonyms --synonyms " + test::shell_quote(missing.string()));
  CHECK(both.exit_code == 2);
  CHECK(both.err.find("excludes") != std::string::npos);
}
