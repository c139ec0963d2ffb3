// --like and --terms over shards: the same decisions in one database, in two local shards, in two
// shards served by xapian-tcpsrv and in one of each give the same like-results (the same hits, in
// the same order, with the same snippets and counts) and the same distinctive words with the same
// counts. Xapian's expand set reads each relevant document's term list from its shard (a round
// trip to a remote one) and, with more than one shard, would estimate a word's frequency from the
// shards those documents are in; ombud asks for exact frequencies (USE_EXACT_TERMFREQ), which is
// what makes the words the same everywhere.
#include <catch2/catch.hpp>
#include <cmath>
#include <nlohmann/json.hpp>

#include "result_compare.hpp"
#include "shard_cluster.hpp"

namespace {

using ombud::test::CommandResult;
using ombud::test::parse_json_output;
using ombud::test::run_search;
using ombud::test::shared_cluster;
using ombud::test::Sort;

// The summary object with the ESet weights rounded: they are sums of floating-point terms taken
// in each shard's order, equal to within rounding; the words, their order and counts are exact.
std::string comparable_summary(const std::string& line) {
  if (line.empty()) return line;
  nlohmann::json j = nlohmann::json::parse(line);
  if (j.contains("terms")) {
    for (auto& t : j["terms"]) t["weight"] = std::round(t["weight"].get<double>() * 1e6) / 1e6;
  }
  return j.dump();
}

void check_same(const std::vector<std::string>& args) {
  auto& cluster = shared_cluster();
  std::vector<std::string> full = {"--json", "--snippet-words", "all", "--limit", "100"};
  full.insert(full.end(), args.begin(), args.end());
  const CommandResult single = run_search(cluster.single(), full);
  std::string described;
  for (const std::string& a : args) described += a + " ";
  INFO("args: " << described << "\n" << single.err);
  REQUIRE(single.exit_code == 0);
  const auto expected = parse_json_output(single.out, Sort::kRelevance);
  for (const auto& [name, db] : cluster.sharded_views()) {
    INFO(name);
    const CommandResult r = run_search(db, full);
    INFO(r.err);
    CHECK(r.exit_code == single.exit_code);
    const auto got = parse_json_output(r.out, Sort::kRelevance);
    CHECK(comparable_summary(got.summary) == comparable_summary(expected.summary));
    CHECK(ombud::test::order_difference(expected.hits, got.hits) == "");
  }
}

}  // namespace

TEST_CASE("shards: like gives the same decisions in the same order", "[shards][remote][like]") {
  for (const char* ref : {"22-031-415", "23-004-219", "24 100 201", "21087006"}) {
    check_same({"--like", ref});
    check_same({"--like", ref, "--facets", ombud::test::kAllFacets});
  }
  check_same({"--like", "22-031-415", "outcome:upheld"});
  check_same({"--like", "24-100-201", "council:saltmarsh OR category:housing"});
}

TEST_CASE("shards: terms gives the same words and counts", "[shards][remote][terms]") {
  for (const char* query : {"", "outcome:upheld", "council:hollowmere", "complaint", "care"})
    check_same({"--terms", "15", "--", query});
  check_same({"--like", "22-031-415", "--terms", "10"});
}

TEST_CASE("shards: an unknown case reference is the same error", "[shards][remote][like]") {
  auto& cluster = shared_cluster();
  for (const auto& [name, db] : cluster.sharded_views()) {
    INFO(name);
    ombud::test::check_one_error_line(run_search(db, {"--like", "99-999-999"}),
                                      "--like 99-999-999: no decision has this case reference");
  }
}
