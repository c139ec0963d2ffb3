// Help when nothing matches over shards: the nearest filter values, the wildcard's stem form and
// the relaxed matches (with their hits) are the same on one database, on two local shards, on two
// shards served by xapian-tcpsrv and on one of each, in JSON and on the terminal.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <sstream>

#include "json_summary.hpp"
#include "result_compare.hpp"
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

// `out` without "Did you mean", which remote shards cannot give (Xapian 1.4 serves no spelling
// data over them; synonyms_spelling_test.cpp checks the note they print instead): the JSON
// summary's suggestion keys, and on the terminal the suggestion's or the note's line.
std::string without_spelling(const std::string& out, bool json) {
  if (json) {
    std::string kept;
    std::istringstream lines(ombud::test::without_index_stamps(out));
    for (std::string line; std::getline(lines, line);) {
      nlohmann::ordered_json j = nlohmann::ordered_json::parse(line);
      for (const char* key : {"suggestion", "suggestion_total", "suggestion_unavailable"})
        j.erase(key);
      kept += j.dump() + "\n";
    }
    return kept;
  }
  std::string kept;
  std::istringstream lines(out);
  for (std::string line; std::getline(lines, line);) {
    if (line.starts_with("Did you mean: ") || line.starts_with("Note: no spelling suggestions"))
      continue;
    kept += line + "\n";
  }
  return kept;
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
        const nlohmann::json s = ombud::test::json_summary(single.out);
        CHECK(s.at("total") == 0);
        CHECK((s.contains("relaxed") || s.contains("nearest_values") || s.contains("wildcards")));
      }
      for (const auto& [name, db] : cluster.sharded_views()) {
        INFO(name);
        const CommandResult r = run_search(db, args);
        CHECK(r.exit_code == 1);
        CHECK(r.err == single.err);
        const bool json = format.front() == "--json";
        CHECK(without_spelling(r.out, json) == without_spelling(single.out, json));
      }
    }
  }
}
