// Where ombud-index --shards puts things: each decision in the shard shard_of() names, each
// file's record beside its decision, the combined database numbering shards' documents in turn;
// and re-runs that change nothing, --prune and a changed file, per shard.
#include <xapian.h>

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>

#include "schema.hpp"
#include "shard_cluster.hpp"
#include "write/file_registry.hpp"
#include "write/shard_set.hpp"

namespace {

namespace fs = std::filesystem;
using ombud::test::CommandResult;
using ombud::test::run_index;

// shard-00, shard-01...: the names ShardSet gives its shards.
std::string shard_name(std::size_t i) {
  return (i < 10 ? "shard-0" : "shard-") + std::to_string(i);
}

std::string case_ref_of(const Xapian::Document& doc) {
  return nlohmann::json::parse(doc.get_data()).at("case_ref").get<std::string>();
}

// Every decision of shard `i` of `n` belongs there, and so does every file record.
void check_placement(const std::string& sharded, std::size_t n) {
  Xapian::doccount total = 0;
  for (std::size_t i = 0; i < n; ++i) {
    INFO("shard " << i);
    const Xapian::Database shard((fs::path(sharded) / shard_name(i)).string());
    total += shard.get_doccount();
    for (auto it = shard.postlist_begin(""); it != shard.postlist_end(""); ++it) {
      const std::string ref = case_ref_of(shard.get_document(*it));
      INFO(ref);
      CHECK(ombud::shard_of(ref, n) == i);
    }
    std::size_t records = 0;
    ombud::FileRegistry({shard}).for_each([&](const std::string& path, const ombud::FileRecord& r) {
      INFO(path);
      ++records;
      CHECK(ombud::shard_of(r.case_ref, n) == i);
      CHECK(shard.term_exists(ombud::schema::id_term(r.case_ref)));
    });
    CHECK(records >= shard.get_doccount());
  }
  CHECK(total == Xapian::Database(sharded).get_doccount());
}

}  // namespace

TEST_CASE("placement: each decision lands in the shard shard_of() names", "[shards][index]") {
  auto& cluster = ombud::test::shared_cluster();
  check_placement(cluster.sharded(), 2);
  // Both shards hold some: the corpus is not all on one side.
  CHECK(Xapian::Database(cluster.shard_path(0)).get_doccount() > 10);
  CHECK(Xapian::Database(cluster.shard_path(1)).get_doccount() > 10);

  // Xapian numbers shard i's document n as (n - 1) * N + i + 1 in the combined database: the
  // order in which it breaks ties between hits.
  const Xapian::Database combined(cluster.sharded());
  for (std::size_t i = 0; i < 2; ++i) {
    const Xapian::Database shard(cluster.shard_path(i));
    for (auto it = shard.postlist_begin(""); it != shard.postlist_end(""); ++it) {
      const std::string id = ombud::schema::id_term(case_ref_of(shard.get_document(*it)));
      const Xapian::docid expected = (*it - 1) * 2 + static_cast<Xapian::docid>(i) + 1;
      CHECK(*combined.postlist_begin(id) == expected);
    }
  }
}

TEST_CASE("placement: four shards too", "[shards][index]") {
  ombud::test::TempDir dir;
  const std::string db = (dir / "four.db").string();
  const CommandResult r = run_index(db, {"--shards", "4"}, ombud::test::fixture_inputs());
  INFO(r.err);
  REQUIRE(r.exit_code == 0);
  check_placement(db, 4);
}

TEST_CASE("placement: a second --shards 2 run changes nothing", "[shards][index]") {
  ombud::test::TempDir dir;
  const std::string db = (dir / "again.db").string();
  const auto inputs = ombud::test::fixture_inputs();
  const CommandResult first = run_index(db, {"--shards", "2"}, inputs);
  REQUIRE(first.exit_code == 0);
  const Xapian::doccount docs = Xapian::Database(db).get_doccount();
  std::vector<Xapian::rev> revisions;
  for (const char* s : {"shard-00", "shard-01"})
    revisions.push_back(Xapian::Database((fs::path(db) / s).string()).get_revision());

  for (const std::vector<std::string>& args :
       {std::vector<std::string>{"--shards", "2"}, std::vector<std::string>{}}) {
    const CommandResult again = run_index(db, args, inputs);
    INFO(again.out << again.err);
    CHECK(again.exit_code == 0);
    CHECK(again.out.find("added 0, replaced 0, unchanged ") != std::string::npos);
    CHECK(again.out.find(", removed 0, skipped 0; " + std::to_string(docs) + " decisions") !=
          std::string::npos);
    std::size_t i = 0;
    for (const char* s : {"shard-00", "shard-01"}) {
      INFO(s);
      CHECK(Xapian::Database((fs::path(db) / s).string()).get_revision() == revisions[i++]);
    }
  }
  check_placement(db, 2);

  const CommandResult other = run_index(db, {"--shards", "3"}, inputs);
  CHECK(other.exit_code == 2);
  CHECK(other.err.find("has 2 shards, not 3") != std::string::npos);
}

TEST_CASE("placement: a changed file and --prune work per shard", "[shards][index]") {
  ombud::test::TempDir dir;
  const fs::path corpus = dir / "corpus";
  fs::copy(fs::path(OMBUD_SOURCE_DIR) / "corpus" / "sample", corpus);
  fs::copy(fs::path(OMBUD_SOURCE_DIR) / "tests" / "fixtures" / "search", corpus / "search");
  const std::string sharded = (dir / "sharded.db").string();
  const std::string single = (dir / "single.db").string();
  REQUIRE(run_index(sharded, {"--shards", "2"}, {corpus}).exit_code == 0);
  REQUIRE(run_index(single, {}, {corpus}).exit_code == 0);

  // The Hollowmere decision 22-031-415 goes; its file is deleted.
  const std::size_t home = ombud::shard_of("22-031-415", 2);
  fs::remove(corpus / "search" / "hollowmere_22031415.txt");
  // Another file's decision changes: the same case, a new word.
  const fs::path changed = corpus / "search" / "saltmarsh_24100201.txt";
  {
    std::ofstream out(changed, std::ios::app);
    out << "\nThe Council also agreed to review its quarzite procedure.\n";
  }
  for (const std::string& db : {sharded, single}) {
    const CommandResult r = run_index(db, {"--prune"}, {corpus});
    INFO(r.out << r.err);
    CHECK(r.exit_code == 0);
    CHECK(r.out.find("added 0, replaced 1, ") != std::string::npos);
    CHECK(r.out.find(", removed 1, skipped 0") != std::string::npos);
  }
  const Xapian::Database home_shard((fs::path(sharded) / shard_name(home)).string());
  CHECK_FALSE(home_shard.term_exists(ombud::schema::id_term("22-031-415")));
  CHECK(Xapian::Database(sharded).get_doccount() == Xapian::Database(single).get_doccount());
  check_placement(sharded, 2);
  for (const std::string& db : {sharded, single}) {
    INFO(db);
    CHECK(ombud::test::run_search(db, {"--count", "quarzite"}).out == "1\n");
    CHECK(ombud::test::run_search(db, {"--count", "case:22-031-415"}).out == "0\n");
  }
}

TEST_CASE("placement regression: ombud-index refuses a stub file", "[shards][index][regression]") {
  // Xapian 1.4 writes through a stub file of local shards, placing a new decision by document
  // number: it landed in the other shard than shard_of()'s, and a later change of its file put a
  // second copy in the right one.
  auto& cluster = ombud::test::shared_cluster();
  const std::string stub = (cluster.dir() / "local.stub").string();
  ombud::test::write_file(stub, "auto sharded.db/shard-00\nauto sharded.db/shard-01\n");
  const Xapian::doccount before = Xapian::Database(stub).get_doccount();
  const CommandResult r = run_index(stub, {}, ombud::test::fixture_inputs());
  CHECK(r.exit_code == 2);
  CHECK(r.err.find(stub + " is a stub file: index into the sharded database's folder") !=
        std::string::npos);
  CHECK(Xapian::Database(stub).get_doccount() == before);
  check_placement(cluster.sharded(), 2);
}
