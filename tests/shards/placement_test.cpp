// Where ombud-index --shards puts things: each decision in the shard shard_of() names, each
// file's record beside its decision, the combined database numbering shards' documents in turn;
// and re-runs that change nothing, --prune and a changed file, per shard.
#include <xapian.h>

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>

#include "placement_check.hpp"
#include "schema.hpp"
#include "shard_cluster.hpp"
#include "write/file_registry.hpp"
#include "write/shard_set.hpp"

namespace {

namespace fs = std::filesystem;
using ombud::test::case_ref_of;
using ombud::test::check_placement;
using ombud::test::CommandResult;
using ombud::test::run_index;
using ombud::test::shard_name;

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
