// Help when nothing matches over shards: the nearest filter values, the wildcard's stem form and
// the relaxed matches (with their hits) are the same on one database, on two local shards, on two
// shards served by xapian-tcpsrv and on one of each, in JSON and on the terminal.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "shard_cluster.hpp"

namespace {

using ombud::test::CommandResult;
using ombud::test::run_search;
using ombud::test::shared_cluster;

// Queries of the fixture corpus that find nothing, each with help of one kind or more.
const std::vector<std::string> kNothingFound = {
    "law:\"care act\"",
    "council:\"fernbrige cc\" complaint",
    "category:\"adult social care\"",
    "statutory*",
    "statutx* council",
    "homelesness accommodation",
    "safegaurding complaint council",
    "council:hollowmere \"statutory complaints\" zzq",
};

// The summary object of --json output (its last line).
nlohmann::json summary_of(const std::string& out) {
  const std::size_t end = out.find_last_not_of('\n');
  const std::size_t start = out.rfind('\n', end);
  return nlohmann::json::parse(out.substr(start == std::string::npos ? 0 : start + 1));
}

}  // namespace

TEST_CASE("shards: the help when nothing matches is the same on every kind of shard",
          "[shards][remote][zero-hits]") {
  auto& cluster = shared_cluster();
  for (const std::string& query : kNothingFound) {
    for (const std::vector<std::string>& format :
         {std::vector<std::string>{"--json"}, std::vector<std::string>{"--color", "never"}}) {
      std::vector<std::string> args = format;
      // Snippets by the query's words, the one choice every kind of shard makes the same.
      args.insert(args.end(), {"--snippet-words", "query", query});
      const CommandResult single = run_search(cluster.single(), args);
      INFO(query << "\n" << single.out << single.err);
      REQUIRE(single.exit_code == 1);
      if (format.front() == "--json") {
        const nlohmann::json s = summary_of(single.out);
        CHECK(s.at("total") == 0);
        CHECK((s.contains("relaxed") || s.contains("nearest_values") || s.contains("wildcards")));
      }
      for (const auto& [name, db] : cluster.sharded_views()) {
        INFO(name);
        const CommandResult r = run_search(db, args);
        CHECK(r.exit_code == 1);
        CHECK(r.err == single.err);
        CHECK(r.out == single.out);
      }
    }
  }
}
