// A bulk load (parallel writers into chunk databases, merged by compaction) against the one
// writer (--no-bulk) on the same files: the same documents, in the same order, with the same
// terms, positions, values and data, and the same registry, spelling dictionary, thesaurus,
// summary and change list. The files span several chunks (write/bulk_chunks.hpp), include two
// that claim one case reference and one that cannot be read, and go through 1 or 3 workers and
// 1 or 2 shards.
#include <xapian.h>

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <map>
#include <regex>
#include <string>
#include <vector>

#include "index_stamp.hpp"
#include "run_command.hpp"
#include "schema.hpp"
#include "temp_dir.hpp"

using namespace ombud;
namespace fs = std::filesystem;

namespace {

// Everything a database holds that ombud reads, as text, by case reference. The run stamps
// (added:, changed:, ombud:last_change_run) differ between two runs by their time: they are
// checked to be there and alike within each database, then left out.
struct Contents {
  std::vector<std::string> case_refs_in_docid_order;
  std::map<std::string, std::string> documents;  // case reference -> terms, positions, values, data
  std::string spelling, synonyms, metadata;
};

std::string describe_document(const Xapian::Database& db, Xapian::docid did) {
  const Xapian::Document doc = db.get_document(did);
  std::string out;
  for (auto t = doc.termlist_begin(); t != doc.termlist_end(); ++t) {
    out += *t + "[" + std::to_string(t.get_wdf()) + "]";
    for (auto p = db.positionlist_begin(did, *t); p != db.positionlist_end(did, *t); ++p)
      out += " " + std::to_string(*p);
    out += "\n";
  }
  const auto added = schema::field(schema::FieldId::kAdded).slot;
  const auto changed = schema::field(schema::FieldId::kChanged).slot;
  CHECK(!doc.get_value(added).empty());
  CHECK(doc.get_value(added) == doc.get_value(changed));
  for (auto v = doc.values_begin(); v != doc.values_end(); ++v) {
    if (v.get_valueno() == added || v.get_valueno() == changed) continue;
    out += "value " + std::to_string(v.get_valueno()) + "=" + *v + "\n";
  }
  return out + "data " + doc.get_data();
}

Contents read_shard(const fs::path& path, Contents& into) {
  const Xapian::Database db(path.string());
  for (auto it = db.postlist_begin(""); it != db.postlist_end(""); ++it) {
    const Xapian::Document doc = db.get_document(*it);
    auto id = doc.termlist_begin();
    id.skip_to("Q");  // the unique ID term: Q and the case reference
    REQUIRE(id != doc.termlist_end());
    const std::string ref = *id;
    into.case_refs_in_docid_order.push_back(ref);
    into.documents[ref] = describe_document(db, *it);
  }
  for (auto w = db.spellings_begin(); w != db.spellings_end(); ++w)
    into.spelling += *w + " " + std::to_string(w.get_termfreq()) + "\n";
  for (auto k = db.synonym_keys_begin(); k != db.synonym_keys_end(); ++k) {
    into.synonyms += *k + ":";
    for (auto s = db.synonyms_begin(*k); s != db.synonyms_end(*k); ++s) into.synonyms += " " + *s;
    into.synonyms += "\n";
  }
  for (auto k = db.metadata_keys_begin(); k != db.metadata_keys_end(); ++k) {
    const std::string value = db.get_metadata(*k);
    if (*k == kLastChangeRunKey) {
      CHECK(!value.empty());
      into.metadata += *k + "\n";
    } else {
      into.metadata += *k + "=" + value + "\n";
    }
  }
  return into;
}

Contents read_database(const fs::path& path, int shards) {
  Contents c;
  if (shards == 1) return read_shard(path, c);
  for (int i = 0; i < shards; ++i) {
    const std::string name = i < 10 ? "shard-0" + std::to_string(i) : "shard-" + std::to_string(i);
    read_shard(path / name, c);
  }
  return c;
}

// The summary line without its timing and database path.
std::string summary_of(const std::string& out, const fs::path& db) {
  const std::string line =
      std::regex_replace(out, std::regex(" in [0-9.]+ s \\([0-9.]+ MB/s\\)"), "");
  const auto at = line.find(db.string());
  return at == std::string::npos ? line : line.substr(0, at) + line.substr(at + db.string().size());
}

std::string read_file(const fs::path& p) {
  std::ifstream in(p);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

struct Load {
  std::string out, err, changes;
  Contents contents;
};

Load index(const fs::path& db, const fs::path& corpus, const std::string& options, int shards,
           const fs::path& changes) {
  const auto r = test::run_command(test::shell_quote(OMBUD_INDEX_BIN) + " -q --db " +
                                   test::shell_quote(db.string()) + " " + options + " --changes " +
                                   test::shell_quote(changes.string()) + " " +
                                   test::shell_quote(corpus.string()));
  INFO(r.out << r.err);
  REQUIRE(r.exit_code == 1);                  // the broken file was skipped
  CHECK(!fs::exists(db.string() + ".bulk"));  // the load's folder is gone
  return {summary_of(r.out, db), r.err, read_file(changes), read_database(db, shards)};
}

// 1,500 generated decisions (two chunks), the first also in two other files with other texts,
// and a file that is not UTF-8.
fs::path make_corpus(const test::TempDir& dir) {
  const fs::path corpus = dir / "corpus";
  const auto gen =
      test::run_command(test::shell_quote(OMBUD_GEN_BIN) + " -q --seed 7 --count 1500 --out " +
                        test::shell_quote(corpus.string()));
  REQUIRE(gen.exit_code == 0);
  fs::path first;
  for (const auto& e : fs::recursive_directory_iterator(corpus))
    if (e.path().extension() == ".txt" && (first.empty() || e.path() < first)) first = e.path();
  REQUIRE(!first.empty());
  // Two copies: one in the first's chunk, one in the last chunk.
  std::ofstream(first.parent_path() / (first.stem().string() + "-copy.txt"))
      << read_file(first) << "\nA paragraph added to this copy, in the same chunk.\n";
  std::ofstream(corpus / "zz-copy-of-first.txt")
      << read_file(first) << "\nA paragraph added to the copy, so that its text differs.\n";
  std::ofstream(corpus / "001" / "broken.txt") << "Decision\n\xff\xfe not UTF-8\n";
  return corpus;
}

}  // namespace

TEST_CASE("a bulk load writes what the one writer writes", "[e2e][bulk]") {
  test::TempDir dir;
  const fs::path corpus = make_corpus(dir);
  for (const auto& [jobs, shards] : std::vector<std::pair<int, int>>{{3, 1}, {1, 1}, {2, 2}}) {
    DYNAMIC_SECTION("jobs " << jobs << ", shards " << shards) {
      const std::string opts =
          "--jobs " + std::to_string(jobs) + " --shards " + std::to_string(shards);
      const Load bulk = index(dir / "bulk", corpus, opts, shards, dir / "bulk.changes");
      const Load one = index(dir / "one", corpus, opts + " --no-bulk", shards, dir / "one.changes");
      CHECK(bulk.out == one.out);
      CHECK(bulk.out.find("added 1500, replaced 2, unchanged 0, removed 0, skipped 1") !=
            std::string::npos);
      CHECK(bulk.err == one.err);  // the broken file, and the case claimed twice
      CHECK(bulk.err.find("this file replaces it") != std::string::npos);
      CHECK(bulk.changes == one.changes);
      CHECK(bulk.contents.documents.size() == 1500);
      CHECK(bulk.contents.case_refs_in_docid_order == one.contents.case_refs_in_docid_order);
      CHECK(bulk.contents.spelling == one.contents.spelling);
      CHECK(bulk.contents.synonyms == one.contents.synonyms);
      CHECK(bulk.contents.metadata == one.contents.metadata);
      for (const auto& [ref, text] : one.contents.documents) {
        INFO(ref);
        CHECK(bulk.contents.documents.at(ref) == text);
      }
    }
  }
}
