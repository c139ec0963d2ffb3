// End to end: the real ombud-index on the seeds, twice, into a temporary database, checked with
// the Xapian API; --extract printing one JSON line per file; a Summary's remedy indexed as one.
#include <xapian.h>

#include <catch2/catch.hpp>
#include <filesystem>
#include <map>
#include <nlohmann/json.hpp>
#include <sstream>

#include "run_command.hpp"
#include "schema.hpp"
#include "temp_dir.hpp"

using namespace ombud;
namespace fs = std::filesystem;

namespace {

std::vector<fs::path> seed_files() {
  std::vector<fs::path> files;
  const fs::path dir = OMBUD_SEEDS_DIR;
  if (!fs::exists(dir)) return files;
  for (const auto& entry : fs::directory_iterator(dir))
    if (entry.path().extension() == ".txt") files.push_back(entry.path());
  std::sort(files.begin(), files.end());
  return files;
}

std::string index_command(const fs::path& db) {
  return test::shell_quote(OMBUD_INDEX_BIN) + " --db " + test::shell_quote(db.string()) + " " +
         test::shell_quote(OMBUD_SEEDS_DIR);
}

}  // namespace

TEST_CASE("indexing the seeds twice keeps one document each, and no furniture", "[e2e]") {
  const auto files = seed_files();
  if (files.empty()) {
    WARN("seeds folder not found: skipped");
    return;
  }
  test::TempDir dir;
  const fs::path db = dir / "seeds.db";

  const auto first = test::run_command(index_command(db));
  INFO(first.out << first.err);
  REQUIRE(first.exit_code == 0);
  Xapian::doccount count = 0;
  {
    Xapian::Database database(db.string());
    count = database.get_doccount();
    CHECK(count == files.size());
  }

  const auto second = test::run_command(index_command(db));
  INFO(second.out << second.err);
  REQUIRE(second.exit_code == 0);
  Xapian::Database database(db.string());
  CHECK(database.get_doccount() == count);

  // Stemmed body terms are Z-prefixed: "council" is in every seed, the furniture's "cookies"
  // (stem "cooki") in none.
  CHECK(database.get_termfreq("Zcouncil") == count);
  CHECK(database.get_termfreq("Zcooki") == 0);
  CHECK(database.get_termfreq("Zlogogram") == 0);
  for (Xapian::PostingIterator it = database.postlist_begin(""); it != database.postlist_end("");
       ++it) {
    Xapian::Document doc = database.get_document(*it);
    Xapian::TermIterator t = doc.termlist_begin();
    t.skip_to("Zcooki");
    CHECK((t == doc.termlist_end() || *t != "Zcooki"));
  }
}

TEST_CASE("extract mode prints one JSON line per file", "[e2e]") {
  const auto files = seed_files();
  if (files.empty()) {
    WARN("seeds folder not found: skipped");
    return;
  }
  std::string command = test::shell_quote(OMBUD_INDEX_BIN) + " --extract";
  for (const auto& f : files) command += " " + test::shell_quote(f.string());
  const auto result = test::run_command(command);
  INFO(result.err);
  REQUIRE(result.exit_code == 0);
  std::istringstream lines(result.out);
  std::string line;
  std::vector<std::string> seen;
  while (std::getline(lines, line)) {
    const auto j = nlohmann::json::parse(line);
    seen.push_back(j.at("file").get<std::string>());
    CHECK(j.at("source") == "lgsco");
    CHECK(j.contains("remedy_payments"));
  }
  std::vector<std::string> want;
  for (const auto& f : files) want.push_back(f.string());
  std::sort(seen.begin(), seen.end());
  CHECK(seen == want);
}

TEST_CASE("extract mode reports a file it cannot read and goes on", "[e2e]") {
  test::TempDir dir;
  test::write_file(dir / "good.txt",
                   "Yarrow Borough Council (20 111 222)\nFinal decision\n"
                   "- I uphold the complaint.\n");
  test::write_file(dir / "bad.txt", "No reference in this one.\n");
  const auto result = test::run_command(test::shell_quote(OMBUD_INDEX_BIN) + " --extract " +
                                        test::shell_quote((dir / "good.txt").string()) + " " +
                                        test::shell_quote((dir / "bad.txt").string()));
  CHECK(result.exit_code == 1);
  CHECK(result.out.find("\"case_ref\":\"20-111-222\"") != std::string::npos);
  CHECK(result.out.find("\"outcome\":\"upheld\"") != std::string::npos);
  CHECK(result.err.find("bad.txt") != std::string::npos);
  CHECK(result.err.find("no case reference in the title line") != std::string::npos);
}

TEST_CASE("a remedy stated only in the Summary is indexed as a remedy", "[e2e][remedies]") {
  // Fixtures 18 (remedy in the Summary only) and 20 (in both: the Agreed action wins).
  const fs::path shapes = fs::path(OMBUD_SOURCE_DIR) / "tests" / "fixtures" / "shapes";
  test::TempDir dir;
  const fs::path in = dir / "in";
  fs::create_directories(in);
  for (const char* name : {"18_summary-remedy-cut-short.txt", "20_summary-and-remedy-section.txt"})
    fs::copy_file(shapes / name, in / name);
  const fs::path db = dir / "remedies.db";
  const auto result =
      test::run_command(test::shell_quote(OMBUD_INDEX_BIN) + " --db " +
                        test::shell_quote(db.string()) + " " + test::shell_quote(in.string()));
  INFO(result.out << result.err);
  REQUIRE(result.exit_code == 0);

  Xapian::Database database(db.string());
  REQUIRE(database.get_doccount() == 2);
  CHECK(database.get_termfreq(schema::term(schema::FieldId::kRemedy, "payment")) == 2);
  CHECK(database.get_termfreq(schema::term(schema::FieldId::kRemedy, "refund-or-waiver")) == 1);
  CHECK(database.get_termfreq(schema::term(schema::FieldId::kRemedy, "training")) == 1);
  std::map<std::string, nlohmann::json> stored;
  for (Xapian::PostingIterator it = database.postlist_begin(""); it != database.postlist_end("");
       ++it) {
    const auto j = nlohmann::json::parse(database.get_document(*it).get_data());
    stored[j.at("case_ref").get<std::string>()] = j;
  }
  REQUIRE(stored.size() == 2);
  CHECK(stored.at("24-017-305").at("remedy_source") == "summary");
  CHECK(stored.at("24-017-305").at("remedy_payments") == nlohmann::json::array({500}));
  CHECK(stored.at("24-009-158").at("remedy_source") == "sections");
  CHECK(stored.at("24-009-158").at("remedy_payments") == nlohmann::json::array({150, 250}));
}
