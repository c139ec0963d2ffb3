// The same decisions in one database, in two local shards, in two shards served by xapian-tcpsrv,
// and in one remote and one local shard: every query of the query language gives the same total,
// the same facet counts, the same hits with the same snippets, in the same order (exactly by
// relevance; up to ties in the date and paid orders: result_compare.hpp says why), in every
// output format. The
// comparisons ask for the same snippets everywhere (--snippet-words all); by default a database
// with remote shards chooses snippets by the query's words alone, checked against one database
// doing the same.
#include <xapian.h>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "result_compare.hpp"
#include "shard_cluster.hpp"

namespace {

using ombud::test::CommandResult;
using ombud::test::kAllFacets;
using ombud::test::parse_csv_output;
using ombud::test::parse_json_output;
using ombud::test::run_search;
using ombud::test::shared_cluster;
using ombud::test::Sort;

// The syntax forms of tests/query and tests/e2e, with values the fixture corpus has.
const std::vector<std::string> kFreeText = {
    "",
    "complaint",
    "Complaints",
    "\"statutory complaints procedure\"",
    "statutory complaints procedure",
    "care OR housing",
    "statutory AND procedure",
    "statutory NOT guidance",
    "statutory -guidance",
    "-statutory",
    "NOT complaint",
    "(care OR housing) outcome:upheld",
    "statut*",
    "apolog* payment",
    "s* council",
    "zzq* council",
    "statut* OR zzq*",
    "council -statut*",
    "children’s statutory",
    "\"home care\" OR \"care home\"",
    "shed",
    "cookies",
    "the council",
};

const std::vector<std::string> kFields = {
    "council:\"Hollowmere Borough Council\"",
    "council:\"HOLLOWMERE borough COUNCIL\"",
    "council:hollowmere",
    "council:\"kestrel heath\"",
    "org:fenwick",
    "council:north*",
    "council:fernbridge OR council:saltmarsh",
    "council:nowhere",
    "category:\"Children's care services\"",
    "category:\"Adult care services\" complaint",
    "subcategory:homelessness",
    "outcome:upheld",
    "outcome:not-upheld",
    "outcome:closed-after-initial-enquiries",
    "outcome:unknown",
    "outcome:upheld outcome:not-upheld",
    "NOT outcome:upheld",
    "ofsted:yes",
    "ofsted:no complaint",
    "cqc:yes",
    "type:report",
    "type:decision payment",
    "remedy:payment",
    "remedy:apology remedy:payment",
    "remedy:reconsider-complaint",
    "legislation:\"Children Act 1989\"",
    "law:\"housing act 1996\"",
    "source:housing",
    "source:lgsco remedy:training",
    "year:2023",
};

const std::vector<std::string> kRanges = {
    "date:2022",
    "date:2021-11",
    "date:2022..2024",
    "date:2022-06-01..2022-12-31",
    "date:>=2023-01-01",
    "date:>2023-01-01",
    "date:<=2021-12-31",
    "date:<2022",
    "date:<2000",
    "date:>=2022 date:<2024",
    "date:2020 OR date:2024",
    "paid:>=500",
    "paid:>500",
    "paid:500",
    "paid:300..1000",
    "paid:<=250",
    "paid:<500",
    "paid:0",
    "paid:>0",
    "paid:>0 complaint",
};

const std::vector<std::string> kCasesAndCombinations = {
    "case:22-031-415",
    "case:\"22 031 415\"",
    "case:22031415",
    "22 031 415",
    "22-031-415",
    "22031415 OR 24 010 138",
    "case:99-999-999",
    "outcome:upheld category:\"Children's care services\" paid:>=500 ofsted:yes "
    "date:>=2022-01-01 \"statutory complaints procedure\"",
    "outcome:upheld category:\"Children's care services\" council:hollowmere",
    "complaint council:northmoor remedy:apology",
    "delay date:>=2020 paid:>0 -training",
};

// --json with every facet, sorted by relevance, newest, oldest and paid: each sharded view
// prints what the one database prints.
void check_queries(const std::vector<std::string>& queries) {
  auto& cluster = shared_cluster();
  for (const std::string& query : queries) {
    for (Sort sort : {Sort::kRelevance, Sort::kNewest, Sort::kOldest, Sort::kPaid}) {
      std::vector<std::string> args = {
          "--json", "--snippet-words",           "all", "--limit", "100",
          "--sort", ombud::test::sort_name(sort)};
      if (sort == Sort::kRelevance) args.insert(args.end(), {"--facets", kAllFacets});
      args.insert(args.end(), {"--", query});
      const CommandResult single = run_search(cluster.single(), args);
      INFO("query: " << query << "\nsort: " << ombud::test::sort_name(sort));
      REQUIRE(single.exit_code <= 1);
      const auto expected = parse_json_output(single.out, sort);
      for (const auto& [name, db] : cluster.sharded_views()) {
        INFO(name);
        const CommandResult r = run_search(db, args);
        INFO(r.err);
        CHECK(r.exit_code == single.exit_code);
        CHECK(r.err == single.err);
        const auto got = parse_json_output(r.out, sort);
        CHECK(got.summary == expected.summary);
        CHECK(ombud::test::hits_difference(expected.hits, got.hits) == "");
        if (sort == Sort::kRelevance)
          CHECK(ombud::test::order_difference(expected.hits, got.hits) == "");
      }
    }
  }
}

}  // namespace

TEST_CASE("shards: free text gives the same results", "[shards][remote]") {
  check_queries(kFreeText);
}

TEST_CASE("shards: every field filter gives the same results", "[shards][remote]") {
  check_queries(kFields);
}

TEST_CASE("shards: date and paid ranges give the same results", "[shards][remote]") {
  check_queries(kRanges);
}

TEST_CASE("shards: case references and combined queries give the same results",
          "[shards][remote]") {
  check_queries(kCasesAndCombinations);
}

TEST_CASE("shards: the corpus has ties, and they are the only order allowed to differ",
          "[shards][remote]") {
  // Not a tautology: most of the corpus has no date, so every date sort has large groups of
  // hits that tie, and each tie group must still hold the same hits on every view.
  auto& cluster = shared_cluster();
  const CommandResult single =
      run_search(cluster.single(), {"--json", "--limit", "100", "--sort", "newest"});
  const auto hits = parse_json_output(single.out, Sort::kNewest).hits;
  REQUIRE(hits.size() >= 40);
  CHECK_FALSE(ombud::test::has_no_ties(hits));
  // A tie group split in another order is accepted; a different member is not.
  auto swapped = hits;
  std::swap(swapped.front(), swapped.back());
  CHECK(ombud::test::hits_difference(hits, swapped) != "");
}

TEST_CASE("shards: relevance ties and filters only are newest first, then by case reference",
          "[shards][remote]") {
  // Every match of a query of filters only weighs 0: all of them tie.
  auto& cluster = shared_cluster();
  for (const std::string query : {"", "outcome:upheld", "source:lgsco ofsted:no"}) {
    INFO("query: " << query);
    const std::vector<std::string> args = {"--json", "--limit", "100", "--", query};
    const CommandResult single = run_search(cluster.single(), args);
    REQUIRE(single.exit_code == 0);
    std::vector<std::pair<std::string, std::string>> order;  // (date, case reference)
    for (const auto& line : parse_json_output(single.out, Sort::kRelevance).hits) {
      const auto hit = nlohmann::json::parse(line.fields);
      CHECK(line.score == 0);
      order.emplace_back(
          hit.at("decision_date").is_null() ? "" : hit.at("decision_date").get<std::string>(),
          hit.at("case_ref").get<std::string>());
    }
    REQUIRE(order.size() >= 5);
    for (std::size_t i = 1; i < order.size(); ++i) {
      INFO(order[i - 1].first << " " << order[i - 1].second << " before " << order[i].first << " "
                              << order[i].second);
      const bool newer = order[i - 1].first > order[i].first;
      const bool same_day_lower_ref =
          order[i - 1].first == order[i].first && order[i - 1].second < order[i].second;
      CHECK((newer || same_day_lower_ref));
    }
    for (const auto& [name, db] : cluster.sharded_views()) {
      INFO(name);
      // The same lines in the same order, but for when each copy was indexed (printed_hit).
      const auto expected = parse_json_output(single.out, Sort::kRelevance);
      const auto got = parse_json_output(run_search(db, args).out, Sort::kRelevance);
      CHECK(got.summary == expected.summary);
      REQUIRE(got.hits.size() == expected.hits.size());
      for (std::size_t i = 0; i < got.hits.size(); ++i)
        CHECK(got.hits[i].fields == expected.hits[i].fields);
    }
  }
}

TEST_CASE("shards: paging walks the same hits", "[shards][remote]") {
  auto& cluster = shared_cluster();
  for (const auto& [name, db] : cluster.sharded_views()) {
    INFO(name);
    for (Sort sort : {Sort::kRelevance, Sort::kOldest}) {
      const std::vector<std::string> base = {"--json", "--snippet-words", "all", "--sort",
                                             ombud::test::sort_name(sort)};
      auto all_args = base;
      all_args.insert(all_args.end(), {"--limit", "100", "complaint"});
      const auto all = parse_json_output(run_search(db, all_args).out, sort).hits;
      std::vector<ombud::test::PrintedHit> paged;
      for (int offset = 0; offset < 100; offset += 7) {
        auto args = base;
        args.insert(args.end(), {"--limit", "7", "--offset", std::to_string(offset), "complaint"});
        const auto page = parse_json_output(run_search(db, args).out, sort).hits;
        if (page.empty()) break;
        paged.insert(paged.end(), page.begin(), page.end());
      }
      // Pages of one database follow one order, ties included.
      REQUIRE(paged.size() == all.size());
      for (std::size_t i = 0; i < all.size(); ++i) CHECK(paged[i].fields == all[i].fields);
      const auto single = parse_json_output(run_search(cluster.single(), all_args).out, sort).hits;
      CHECK(ombud::test::hits_difference(single, all) == "");
      if (sort == Sort::kRelevance) CHECK(ombud::test::order_difference(single, all) == "");
    }
  }
}

TEST_CASE("shards: list facets count each decision once, remotely too",
          "[shards][remote][facets]") {
  // The remedy and legislation counts are split from counts of value combinations: each value's
  // count must be the number of decisions that have it, which a filter on it also counts.
  auto& cluster = shared_cluster();
  for (const auto& [name, db] : cluster.sharded_views()) {
    INFO(name);
    const CommandResult r = run_search(db, {"--count", "--json", "--facets", "remedy,legislation"});
    REQUIRE(r.exit_code == 0);
    const auto facets = nlohmann::json::parse(r.out).at("facets");
    REQUIRE(facets.at("remedy").size() >= 5);
    REQUIRE(facets.at("legislation").size() >= 5);
    for (const char* field : {"remedy", "legislation"}) {
      for (const auto& row : facets.at(field)) {
        if (row.at("value").is_null()) continue;  // the decisions without one
        const std::string value = row.at("value");
        INFO(field << ":" << value);
        const CommandResult filtered =
            run_search(db, {"--count", std::string(field) + ":\"" + value + "\""});
        CHECK(filtered.out == std::to_string(row.at("count").get<int>()) + "\n");
      }
    }
  }
}

TEST_CASE("shards: CSV, --count, --show and human output are the same", "[shards][remote]") {
  auto& cluster = shared_cluster();
  const std::vector<std::string> queries = {"complaint", "outcome:upheld paid:>0",
                                            "\"statutory complaints procedure\"", "cookies"};
  for (const std::string& query : queries) {
    INFO("query: " << query);
    const auto csv_args = std::vector<std::string>{"--csv", "--snippet-words", "all",  "--limit",
                                                   "100",   "--sort",          "paid", query};
    const auto csv_facet_args = std::vector<std::string>{"--csv", "--facets", kAllFacets, query};
    const auto count_args = std::vector<std::string>{"--count", "--facets", kAllFacets, query};
    const auto json_count_args = std::vector<std::string>{"--count", "--json", query};
    const CommandResult csv = run_search(cluster.single(), csv_args);
    const CommandResult csv_facets = run_search(cluster.single(), csv_facet_args);
    const CommandResult count = run_search(cluster.single(), count_args);
    const CommandResult json_count = run_search(cluster.single(), json_count_args);
    for (const auto& [name, db] : cluster.sharded_views()) {
      INFO(name);
      const CommandResult r = run_search(db, csv_args);
      CHECK(r.exit_code == csv.exit_code);
      CHECK(ombud::test::hits_difference(parse_csv_output(csv.out, Sort::kPaid),
                                         parse_csv_output(r.out, Sort::kPaid)) == "");
      CHECK(run_search(db, csv_facet_args).out == csv_facets.out);
      CHECK(run_search(db, count_args).out == count.out);
      CHECK(ombud::test::comparable_summary(run_search(db, json_count_args).out) ==
            ombud::test::comparable_summary(json_count.out));
    }
  }

  // The human format has no score to tell ties by: compared whole where nothing ties.
  for (const std::string& query :
       {std::string("\"statutory complaints procedure\""), std::string("paid:>0 date:>=2020")}) {
    INFO("query: " << query);
    const auto json = parse_json_output(
        run_search(cluster.single(), {"--json", "--sort", "paid", query}).out, Sort::kPaid);
    REQUIRE_FALSE(json.hits.empty());
    REQUIRE(ombud::test::has_no_ties(json.hits));
    const std::vector<std::string> args = {"--snippet-words", "all",  "--color", "always",
                                           "--sort",          "paid", query};
    const CommandResult human = run_search(cluster.single(), args);
    REQUIRE(human.exit_code == 0);
    for (const auto& [name, db] : cluster.sharded_views()) {
      INFO(name);
      CHECK(run_search(db, args).out == human.out);
    }
  }

  // --show reads one decision's stored text back, from whichever shard holds it.
  for (const char* ref : {"22-031-415", "24 100 201", "21087006", "99-999-999"}) {
    INFO("--show " << ref);
    const CommandResult show = run_search(cluster.single(), {"--show", ref, "--json"});
    for (const auto& [name, db] : cluster.sharded_views()) {
      INFO(name);
      const CommandResult r = run_search(db, {"--show", ref, "--json"});
      CHECK(r.exit_code == show.exit_code);
      CHECK(r.out == show.out);
    }
  }
}

TEST_CASE("shards: a bad query is the same error", "[shards][remote][errors]") {
  auto& cluster = shared_cluster();
  const std::vector<std::vector<std::string>> cases = {{"outcome:maybe"},
                                                       {"counsil:hollowmere"},
                                                       {"paid:>=lots"},
                                                       {"date:2022-13-45"},
                                                       {"AND complaint"},
                                                       {"case:nonsense"},
                                                       {"--wildcard-limit", "2", "co*"},
                                                       {"--facets", "paid", "complaint"}};
  for (const auto& args : cases) {
    INFO(args.back());
    const CommandResult single = run_search(cluster.single(), args);
    REQUIRE(single.exit_code == 2);
    for (const auto& [name, db] : cluster.sharded_views()) {
      INFO(name);
      const CommandResult r = run_search(db, args);
      CHECK(r.exit_code == 2);
      CHECK(r.err == single.err);
    }
  }
}

TEST_CASE("shards: snippets by default: all words locally, the query's words remotely",
          "[shards][remote][snippets]") {
  auto& cluster = shared_cluster();
  for (const std::string query : {"complaint", "\"statutory complaints procedure\" OR apolog*"}) {
    INFO("query: " << query);
    const std::vector<std::string> args = {"--json", "--sort", "oldest", "--limit", "100", query};
    auto with = [&](const std::string& words) {
      auto a = args;
      a.insert(a.begin(), {"--snippet-words", words});
      return parse_json_output(run_search(cluster.single(), a).out, Sort::kOldest);
    };
    const auto all_words = with("all");
    const auto query_words = with("query");
    // The two models differ on this corpus: the check below can fail.
    REQUIRE(ombud::test::hits_difference(all_words.hits, query_words.hits) != "");
    CHECK(ombud::test::hits_difference(
              all_words.hits,
              parse_json_output(run_search(cluster.single(), args).out, Sort::kOldest).hits) == "");
    for (const auto& [name, db] : cluster.sharded_views()) {
      INFO(name);
      const auto got = parse_json_output(run_search(db, args).out, Sort::kOldest);
      const auto& expected = name == "local shards" ? all_words : query_words;
      CHECK(got.summary == expected.summary);
      CHECK(ombud::test::hits_difference(expected.hits, got.hits) == "");
    }
  }
}
