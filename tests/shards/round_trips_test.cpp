// What a page of hits costs remote shards in round trips. Snippets over remote shards need no
// word frequencies and no match of their own (before, each hit's snippet ran an MSet on the
// shards): a hit costs the one round trip that fetches its document, which Xapian 1.4's remote
// protocol answers one document at a time (MSet::fetch() does not batch them there).
#include <catch2/catch.hpp>

#include "database.hpp"
#include "search/searcher.hpp"
#include "shard_cluster.hpp"
#include "turnaround_proxy.hpp"

using namespace ombud::test;

TEST_CASE("shards: a hit costs remote shards the round trip of its document, its snippet none",
          "[shards][remote]") {
  ShardCluster& cluster = shared_cluster();
  TurnaroundProxy first(cluster.server(0).port()), second(cluster.server(1).port());
  const std::string stub = (cluster.dir() / "counted.stub").string();
  write_file(stub, "remote " + first.address() + "\nremote " + second.address() + "\n");
  ombud::Searcher searcher(ombud::open_for_reading(stub));
  for (const auto sort : {ombud::SortOrder::kRelevance, ombud::SortOrder::kNewest}) {
    for (const std::string query : {"", "council", "complaint delay"}) {
      auto round_trips = [&](Xapian::doccount limit) {
        ombud::SearchRequest r;
        r.query = query;
        r.limit = limit;
        r.sort = sort;
        r.facets = {ombud::schema::FieldId::kOrganisation};
        const unsigned before = first.turnarounds() + second.turnarounds();
        const ombud::SearchResult result = searcher.search(r);
        if (limit > 1) REQUIRE(result.hits.size() > 1);
        return first.turnarounds() + second.turnarounds() - before;
      };
      INFO("query '" << query << "', sort " << static_cast<int>(sort));
      const unsigned none = round_trips(0), one = round_trips(1), forty = round_trips(40);
      const auto hits = static_cast<unsigned>(searcher
                                                  .search([&] {
                                                    ombud::SearchRequest r;
                                                    r.query = query;
                                                    r.limit = 40;
                                                    return r;
                                                  }())
                                                  .hits.size());
      // One per document; the slack is for two messages Xapian sends without waiting that a
      // loaded machine spreads over more than the relay's delay. A snippet that asked the shards
      // anything would cost 39 round trips or more.
      constexpr unsigned kSlack = 4;
      CHECK(forty - one <= hits - 1 + kSlack);
      CHECK(one <= none + 2 + kSlack);  // the first hit's document
    }
  }
}
