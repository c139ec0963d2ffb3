// Xapian expands a wildcard in each shard separately, so the --wildcard-limit was checked per
// shard: a wildcard refused on one database ran on the same decisions in shards. Wildcards are
// now expanded once over all shards (query/parse/wildcard_expander).
#include <xapian.h>

#include <algorithm>
#include <catch2/catch.hpp>

#include "shard_cluster.hpp"

namespace {

using ombud::test::CommandResult;
using ombud::test::run_search;
using ombud::test::shared_cluster;

}  // namespace

TEST_CASE("regression: the wildcard limit holds over all shards, not per shard",
          "[regression][shards][remote]") {
  // Xapian expands a wildcard in each shard separately: a limit between the largest shard's count
  // and the whole database's must refuse the wildcard on every view, as on one database.
  auto& cluster = shared_cluster();
  auto words = [](const std::string& db, const std::string& prefix) {
    Xapian::Database d(db);
    Xapian::termcount n = 0;
    for (auto it = d.allterms_begin(prefix); it != d.allterms_end(prefix); ++it) ++n;
    return n;
  };
  const Xapian::termcount total = words(cluster.single(), "Zco");
  const Xapian::termcount largest_shard =
      std::max(words(cluster.shard_path(0), "Zco"), words(cluster.shard_path(1), "Zco"));
  REQUIRE(largest_shard < total);
  const std::vector<std::string> args = {"--count", "--wildcard-limit",
                                         std::to_string(largest_shard), "co*"};
  const CommandResult single = run_search(cluster.single(), args);
  REQUIRE(single.exit_code == 2);
  CHECK(single.err.find("the wildcard 'co*' matches more than") != std::string::npos);
  for (const auto& [name, db] : cluster.sharded_views()) {
    INFO(name);
    const CommandResult r = run_search(db, args);
    CHECK(r.exit_code == 2);
    CHECK(r.err == single.err);
  }
  // At the whole database's count, every view runs it.
  const std::vector<std::string> enough = {"--count", "--wildcard-limit", std::to_string(total),
                                           "co*"};
  const std::string n = run_search(cluster.single(), enough).out;
  CHECK(n != "");
  for (const auto& [name, db] : cluster.sharded_views()) CHECK(run_search(db, enough).out == n);
}
