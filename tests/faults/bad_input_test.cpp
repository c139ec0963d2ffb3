// Bad input, one test each: the broken file is reported with its path and reason and skipped,
// the rest of the batch is indexed, and the exit code is 1 when anything was skipped.
#include <fmt/format.h>
#include <unistd.h>
#include <xapian.h>

#include <catch2/catch.hpp>

#include "fixture_decisions.hpp"
#include "run_command.hpp"
#include "schema.hpp"
#include "temp_dir.hpp"

using namespace ombud::test;
namespace fs = std::filesystem;

namespace {

struct Run {
  CommandResult result;
  Xapian::doccount docs = 0;
};

// Indexes `corpus` (a good decision is always added beside the bad input) into a new database.
Run index_folder(const TempDir& dir, const std::string& extra_args = "") {
  write_file(dir / "corpus" / "good.txt", fixture_decision(1));
  const fs::path db = dir / "db";
  Run run;
  run.result = run_command(shell_quote(OMBUD_INDEX_BIN) + " -q " + extra_args + " --db " +
                           shell_quote(db.string()) + " " + shell_quote((dir / "corpus").string()));
  if (fs::exists(db)) run.docs = Xapian::Database(db.string()).get_doccount();
  return run;
}

bool has_decision(const TempDir& dir, int n) {
  std::string ref = printed_case_ref(n);
  for (char& c : ref)
    if (c == ' ') c = '-';
  return Xapian::Database((dir / "db").string()).get_termfreq(ombud::schema::id_term(ref)) == 1;
}

// The bad file was skipped and named with a reason; the good one was indexed.
void check_skipped(const Run& run, const std::string& file, const std::string& reason) {
  INFO(run.result.err);
  CHECK(run.result.exit_code == 1);
  CHECK_THAT(run.result.err, Catch::Contains(file + ": error: "));
  CHECK_THAT(run.result.err, Catch::Contains(reason, Catch::CaseSensitive::No));
  CHECK(run.docs == 1);
  CHECK_THAT(run.result.out, Catch::Contains("skipped 1"));
}

// The odd file was read and indexed like any other.
void check_indexed(const Run& run, int docs) {
  INFO(run.result.err);
  CHECK(run.result.exit_code == 0);
  CHECK(run.docs == static_cast<Xapian::doccount>(docs));
}

}  // namespace

TEST_CASE("invalid UTF-8 is reported and skipped", "[bad-input]") {
  TempDir dir;
  std::string text = fixture_decision(2);
  text.insert(200, "\xC3\x28");
  write_file(dir / "corpus" / "bad.txt", text);
  check_skipped(index_folder(dir), "bad.txt", "UTF-8");
}

TEST_CASE("UTF-16 with a byte-order mark is converted and indexed", "[bad-input]") {
  TempDir dir;
  const std::string utf8 = fixture_decision(2);
  std::string utf16 = "\xFF\xFE";  // little-endian byte-order mark
  // Convert by hand: the fixture's only non-ASCII character is £ (U+00A3, C2 A3 in UTF-8).
  for (std::size_t i = 0; i < utf8.size(); ++i) {
    unsigned cp = static_cast<unsigned char>(utf8[i]);
    if (cp == 0xC2) cp = static_cast<unsigned char>(utf8[++i]);
    utf16.push_back(static_cast<char>(cp & 0xFF));
    utf16.push_back(static_cast<char>(cp >> 8));
  }
  write_file(dir / "corpus" / "utf16.txt", utf16);
  check_indexed(index_folder(dir), 2);
  CHECK(has_decision(dir, 2));
}

TEST_CASE("a UTF-8 byte-order mark does not hide the title line", "[bad-input]") {
  TempDir dir;
  write_file(dir / "corpus" / "bom.txt", "\xEF\xBB\xBF" + fixture_decision(2));
  check_indexed(index_folder(dir), 2);
  CHECK(has_decision(dir, 2));
}

TEST_CASE("CRLF line ends read like LF", "[bad-input]") {
  TempDir dir;
  std::string crlf;
  for (char c : fixture_decision(2)) {
    if (c == '\n') crlf += '\r';
    crlf += c;
  }
  write_file(dir / "corpus" / "crlf.txt", crlf);
  check_indexed(index_folder(dir), 2);
  CHECK(has_decision(dir, 2));
}

TEST_CASE("NUL bytes make a file binary: skipped", "[bad-input]") {
  TempDir dir;
  std::string text = fixture_decision(2);
  text[300] = '\0';
  write_file(dir / "corpus" / "nul.txt", text);
  check_skipped(index_folder(dir), "nul.txt", "binary");
}

TEST_CASE("a binary file with a .txt name is skipped", "[bad-input]") {
  TempDir dir;
  std::string bytes;
  for (int i = 0; i < 4096; ++i) bytes.push_back(static_cast<char>((i * 7919) & 0xFF));
  write_file(dir / "corpus" / "image.txt", bytes);
  check_skipped(index_folder(dir), "image.txt", "");
}

TEST_CASE("an empty file is skipped", "[bad-input]") {
  TempDir dir;
  write_file(dir / "corpus" / "empty.txt", "");
  check_skipped(index_folder(dir), "empty.txt", "empty");
}

TEST_CASE("a file over --max-size is skipped", "[bad-input]") {
  TempDir dir;
  write_file(dir / "corpus" / "big.txt", fixture_decision(2) + std::string(20000, 'x'));
  check_skipped(index_folder(dir, "--max-size 10000"), "big.txt", "max-size");
}

TEST_CASE("a 10,000-character token is indexed without it", "[bad-input]") {
  TempDir dir;
  write_file(dir / "corpus" / "token.txt", fixture_decision(2) + std::string(10000, 'q') + "\n");
  check_indexed(index_folder(dir), 2);
  CHECK(has_decision(dir, 2));
}

TEST_CASE("a file with no title line or case reference is skipped", "[bad-input]") {
  TempDir dir;
  write_file(dir / "corpus" / "notitle.txt", "Some notes about a complaint.\nNothing else.\n");
  check_skipped(index_folder(dir), "notitle.txt", "case reference");
}

TEST_CASE("two files with one case reference: both named, the later one wins", "[bad-input]") {
  TempDir dir;
  write_file(dir / "corpus" / "a.txt", fixture_decision(2));
  std::string changed = fixture_decision(2);
  changed += "\nA closing note only the second copy has: marmalade.\n";
  write_file(dir / "corpus" / "b.txt", changed);
  const Run run = index_folder(dir);
  CHECK(run.result.exit_code == 0);
  CHECK(run.docs == 2);
  CHECK_THAT(run.result.err, Catch::Contains("b.txt: warning:"));
  CHECK_THAT(run.result.err, Catch::Contains("a.txt"));
  Xapian::Database db((dir / "db").string());
  CHECK(db.get_termfreq("Zmarmalad") == 1);  // b.txt, later in name order, won
}

TEST_CASE("HTML scripts and styles are not indexed", "[bad-input]") {
  TempDir dir;
  write_file(dir / "corpus" / "page.html",
             "<!DOCTYPE html><html><head><style>.zebracrossing{color:red}</style>"
             "<script>var trackingpixel = 1;</script></head><body><main>"
             "<h1>Harrowgate Vale District Council (22 111 222)</h1>"
             "<p>Decision : Upheld</p><h2>The complaint</h2><p>Mr B complained about a delay.</p>"
             "<h2>Final decision</h2><p>I uphold the complaint.</p></main></body></html>");
  check_indexed(index_folder(dir), 2);
  Xapian::Database db((dir / "db").string());
  CHECK(db.get_termfreq("Q22-111-222") == 1);
  CHECK(db.get_termfreq("Zdelay") == 1);
  CHECK(db.get_termfreq("Zzebracross") == 0);
  CHECK(db.get_termfreq("Ztrackingpixel") == 0);
}

TEST_CASE("a symbolic link loop does not trap the walk", "[bad-input]") {
  TempDir dir;
  fs::create_directories(dir / "corpus" / "sub");
  fs::create_directory_symlink(dir / "corpus", dir / "corpus" / "sub" / "loop");
  write_file(dir / "corpus" / "sub" / "two.txt", fixture_decision(2));
  check_indexed(index_folder(dir), 2);
}

TEST_CASE("an unreadable file is reported and skipped", "[bad-input]") {
  TempDir dir;
  write_file(dir / "corpus" / "secret.txt", fixture_decision(2));
  fs::permissions(dir / "corpus" / "secret.txt", fs::perms::none);
  if (geteuid() != 0) {
    check_skipped(index_folder(dir), "secret.txt", "permission denied");
    return;
  }
  // Root reads everything: run the indexer as nobody, who cannot.
  fs::permissions(dir.path(), fs::perms::all);
  write_file(dir / "corpus" / "good.txt", fixture_decision(1));
  fs::permissions(dir / "corpus", fs::perms::all);
  fs::permissions(dir / "corpus" / "good.txt", fs::perms::all);
  const fs::path db = dir / "db";
  const auto r = run_command("setpriv --reuid=65534 --regid=65534 --clear-groups " +
                             shell_quote(OMBUD_INDEX_BIN) + " -q --db " + shell_quote(db.string()) +
                             " " + shell_quote((dir / "corpus").string()));
  INFO(r.err);
  CHECK(r.exit_code == 1);
  CHECK_THAT(r.err, Catch::Contains("secret.txt: error: "));
  CHECK_THAT(r.err, Catch::Contains("permission denied", Catch::CaseSensitive::No));
  CHECK(Xapian::Database(db.string()).get_doccount() == 1);
}

TEST_CASE("100,000 files in one folder", "[bad-input][slow]") {
  TempDir dir;
  const int kFiles = 100000;
  for (int n = 0; n < kFiles; ++n) {
    write_file(dir / "corpus" / fmt::format("f{:06}.txt", n),
               fmt::format("Kestrel Heath Borough Council ({})\n\nDecision : Upheld\n\n"
                           "Summary: A short decision number {}.\n",
                           printed_case_ref(n), n));
  }
  const auto r =
      run_command(shell_quote(OMBUD_INDEX_BIN) + " -q --db " + shell_quote((dir / "db").string()) +
                  " " + shell_quote((dir / "corpus").string()));
  INFO(r.err.substr(0, 2000));
  CHECK(r.exit_code == 0);
  CHECK(Xapian::Database((dir / "db").string()).get_doccount() == kFiles);
}
