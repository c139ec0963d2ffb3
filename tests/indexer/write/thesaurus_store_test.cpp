// The thesaurus at index time: the synonyms in every shard's database with their record, written
// in the run's batch (so a killed run leaves none), not rewritten when unchanged, and the user's
// --synonyms entries kept, replaced and forgotten.
#include "write/thesaurus_store.hpp"

#include <xapian.h>

#include <algorithm>
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "temp_dir.hpp"
#include "thesaurus.hpp"
#include "write/shard_set.hpp"

using ombud::ShardSet;
using ombud::ThesaurusOptions;
using ombud::ThesaurusStore;
using ombud::ThesaurusSummary;

namespace {

std::vector<std::string> synonyms_of(const Xapian::Database& db, const std::string& key) {
  return {db.synonyms_begin(key), db.synonyms_end(key)};
}

std::size_t key_count(const Xapian::Database& db) {
  std::size_t n = 0;
  for (auto it = db.synonym_keys_begin(); it != db.synonym_keys_end(); ++it) ++n;
  return n;
}

// The line number of the line `line` in the shipped thesaurus.
std::size_t shipped_line(std::string_view line) {
  const std::string_view text = ombud::shipped_thesaurus();
  const std::size_t at = text.find("\n" + std::string(line) + "\n");
  REQUIRE(at != std::string_view::npos);
  return static_cast<std::size_t>(std::count(text.begin(), text.begin() + at + 1, '\n')) + 1;
}

// One index run's thesaurus step: open, install, commit.
ThesaurusSummary run(const std::string& path, const ThesaurusOptions& options,
                     std::vector<std::string>* reports = nullptr, std::size_t shards = 0) {
  const ThesaurusStore store(options);
  ShardSet set(path, shards, 1000);
  const ThesaurusSummary s = store.install(set, [&](const std::string& m) {
    if (reports) reports->push_back(m);
  });
  set.commit();
  return s;
}

}  // namespace

TEST_CASE("thesaurus store: every shard holds the shipped synonyms and their record",
          "[thesaurus][index]") {
  ombud::test::TempDir dir;
  const std::string path = (dir / "db").string();
  const ThesaurusSummary s = run(path, {}, nullptr, 2);
  CHECK(s.rewritten);
  CHECK(s.entries >= 60);
  CHECK(s.user_entries == 0);
  CHECK(s.errors == 0);
  for (const char* shard : {"shard-00", "shard-01"}) {
    INFO(shard);
    const Xapian::Database db((dir / "db" / shard).string());
    CHECK(key_count(db) == s.keys);
    const auto ehcp = synonyms_of(db, "ZZehcp");
    CHECK(std::find(ehcp.begin(), ehcp.end(), "Zehc Zplan") != ehcp.end());
    CHECK(synonyms_of(db, "ehc plan") == std::vector<std::string>{"Zeduc Zhealth Zand Zcare Zplan",
                                                                  "Zeduc Zhealth Zcare Zplan",
                                                                  "Zehcp"});
    const auto record = nlohmann::json::parse(db.get_metadata(std::string(ombud::kThesaurusKey)));
    CHECK(record["entries"] == s.entries);
    CHECK(record["keys"] == s.keys);
    CHECK(record["fingerprint"].get<std::string>().size() == 16);
    CHECK(record["sources"][0]["name"] == std::string(ombud::kShippedThesaurusName));
  }
  // QueryParser reads them from the shards opened as one, through the stub: once each.
  const Xapian::Database all(path);
  CHECK(key_count(all) == s.keys);
  CHECK(synonyms_of(all, "ZZdol") == std::vector<std::string>{"Zdepriv Zof Zliberti Zsafeguard"});
}

TEST_CASE("thesaurus store: an unchanged thesaurus is not written again", "[thesaurus][index]") {
  ombud::test::TempDir dir;
  const std::string path = (dir / "db").string();
  REQUIRE(run(path, {}).rewritten);
  const Xapian::rev revision = Xapian::Database(path).get_revision();
  const ThesaurusSummary again = run(path, {});
  CHECK_FALSE(again.rewritten);
  CHECK(again.entries >= 60);
  CHECK(Xapian::Database(path).get_revision() == revision);
}

TEST_CASE("thesaurus store: a run killed before its commit leaves no synonyms",
          "[thesaurus][index]") {
  ombud::test::TempDir dir;
  const std::string path = (dir / "db").string();
  {
    const ThesaurusStore store({});
    ShardSet set(path, 0, 1000);
    REQUIRE(store.install(set, [](const std::string&) {}).rewritten);
    // No commit: the writers cancel their batch, as a killed indexer's would be lost.
  }
  const Xapian::Database db(path);
  CHECK(key_count(db) == 0);
  CHECK(db.get_metadata(std::string(ombud::kThesaurusKey)).empty());
  // The next run writes them.
  CHECK(run(path, {}).rewritten);
  CHECK(key_count(Xapian::Database(path)) > 0);
}

TEST_CASE("thesaurus store: the user's entries add, are kept, replaced and forgotten",
          "[thesaurus][index]") {
  ombud::test::TempDir dir;
  const std::string path = (dir / "db").string();
  const std::string mine = (dir / "mine.txt").string();
  const std::string other = (dir / "other.txt").string();
  ombud::test::write_file(mine,
                          "# my own\nQuokka, short-tailed scrub wallaby\nnot an entry\n"
                          "HB, housing benefit\n");
  ombud::test::write_file(other, "numbat, banded anteater\n");
  auto keys = [&] { return Xapian::Database(path); };

  std::vector<std::string> reports;
  const ThesaurusSummary given = run(path, {{mine}, false}, &reports);
  CHECK(reports == std::vector<std::string>{
                       mine + ":3: error: one form alone: list the forms of a concept separated "
                              "by commas, or write FORMS => FORMS",
                       mine + ":4: warning: \"HB\", \"housing benefit\" are also in the entry at " +
                           std::string(ombud::kShippedThesaurusName) + ":" +
                           std::to_string(shipped_line("HB, housing benefit")) +
                           ": a search for them finds both entries",
                   });
  CHECK(given.errors == 1);
  CHECK(given.user_entries == 2);
  CHECK(synonyms_of(keys(), "ZZquokka") ==
        std::vector<std::string>{"Zshort Ztail Zscrub Zwallabi"});

  // A later run without --synonyms keeps them, and writes nothing.
  reports.clear();
  const ThesaurusSummary kept = run(path, {}, &reports);
  CHECK(reports.empty());
  CHECK_FALSE(kept.rewritten);
  CHECK(kept.user_entries == 2);
  CHECK(synonyms_of(keys(), "ZZquokka").size() == 1);

  // Another file replaces them.
  const ThesaurusSummary replaced = run(path, {{other}, false});
  CHECK(replaced.rewritten);
  CHECK(replaced.user_entries == 1);
  CHECK(synonyms_of(keys(), "ZZquokka").empty());
  CHECK(synonyms_of(keys(), "ZZnumbat") == std::vector<std::string>{"Zband Zanteat"});

  // --forget-synonyms drops them; the shipped thesaurus stays.
  const ThesaurusSummary forgotten = run(path, {{}, true});
  CHECK(forgotten.rewritten);
  CHECK(forgotten.user_entries == 0);
  CHECK(synonyms_of(keys(), "ZZnumbat").empty());
  CHECK_FALSE(synonyms_of(keys(), "ZZehcp").empty());
  CHECK(keys().get_metadata(std::string(ombud::kUserThesaurusKey)).empty());
}

TEST_CASE("thesaurus store: a --synonyms file that cannot be read stops the run first",
          "[thesaurus][index]") {
  ombud::test::TempDir dir;
  const std::string missing = (dir / "missing.txt").string();
  CHECK_THROWS_WITH(ThesaurusStore({{missing}, false}),
                    "cannot read the synonyms file " + missing + ": No such file or directory");
  CHECK_THROWS_WITH(ThesaurusStore({{dir.path().string()}, false}),
                    "cannot read the synonyms file " + dir.path().string() + ": it is a folder");
}
