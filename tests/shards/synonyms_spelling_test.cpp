// Synonyms and "Did you mean" over shards: local shards behind a stub expand the same synonyms
// and suggest the same word with the same count as one database; over remote shards, whose
// xapian-tcpsrv (Xapian 1.4) serves neither synonyms nor spelling data, the output says so.
#include <catch2/catch.hpp>

#include "result_compare.hpp"
#include "shard_cluster.hpp"

namespace {

using ombud::test::CommandResult;
using ombud::test::run_search;
using ombud::test::shared_cluster;

CommandResult search(const std::string& db, const std::vector<std::string>& args) {
  CommandResult r = run_search(db, args);
  INFO(r.err);
  REQUIRE(r.exit_code <= 1);
  return r;
}

constexpr const char* kNoSynonyms =
    "Note: synonyms are not expanded over remote shards (Xapian 1.4's remote backend serves no "
    "synonyms).";
constexpr const char* kNoSpelling =
    "Note: no spelling suggestions over remote shards (Xapian 1.4's remote backend serves no "
    "spelling data).";

}  // namespace

TEST_CASE("shards: local shards expand synonyms and suggest as one database does",
          "[shards][synonyms]") {
  auto& cluster = shared_cluster();
  for (const char* query : {"EHCP", "DoLS", "safegaurding", "accomodation outcome:upheld"}) {
    INFO(query);
    const CommandResult one = search(cluster.single(), {"--json", "--show-query", query});
    const CommandResult shards = search(cluster.sharded(), {"--json", "--show-query", query});
    CHECK(ombud::test::without_index_stamps(shards.out) ==
          ombud::test::without_index_stamps(one.out));
    CHECK(shards.err == one.err);  // the parsed query
  }
  const CommandResult ehcp = search(cluster.sharded(), {"--count", "EHCP"});
  CHECK(ehcp.out != "0\n");
  const CommandResult s = search(cluster.sharded(), {"--color", "never", "safegaurding"});
  CHECK_THAT(s.out, Catch::StartsWith("No decisions match.\nDid you mean: safeguarding? ("));
}

TEST_CASE("shards: remote shards say that they have no synonyms and no spelling data",
          "[shards][synonyms]") {
  auto& cluster = shared_cluster();
  for (const std::string& db : {cluster.remote_stub(), cluster.mixed_stub()}) {
    INFO(db);
    const CommandResult q = search(db, {"--show-query", "--count", "DoLS"});
    CHECK_THAT(q.out, Catch::Contains(kNoSynonyms));
    const CommandResult s = search(db, {"--color", "never", "safegaurding"});
    CHECK(s.out == std::string("No decisions match.\n") + kNoSpelling + "\n");
    const CommandResult j = search(db, {"--json", "safegaurding"});
    CHECK_THAT(j.out, Catch::Contains("\"suggestion_unavailable\""));
    // A word the index holds needs no suggestion: nothing to say.
    const CommandResult known = search(db, {"--color", "never", "safeguarding"});
    CHECK_THAT(known.out, !Catch::Contains("Note:"));
  }
}
