// The help for a query that finds nothing (zero_hit_help.hpp) on the sample database: relaxed
// queries one word short with their exact counts and best hits, the nearest values of a filter
// value that matches nothing, and the stem form of a wildcard that matches no word.
#include "search/zero_hit_help.hpp"

#include <catch2/catch.hpp>

#include "search_test_db.hpp"

namespace {

using ombud::SearchRequest;
using ombud::ZeroHitHelp;
using ombud::schema::FieldId;
using ombud::test::case_ref_set;
using Refs = std::set<std::string>;

const ombud::test::SearchTestDb& sample_db() {
  static const ombud::test::SearchTestDb db(ombud::test::sample_decisions());
  return db;
}

// The help for `query`, which must find nothing.
ZeroHitHelp help_for(const std::string& query) {
  ombud::Searcher searcher(sample_db().open());
  SearchRequest request;
  request.query = query;
  INFO(query);
  REQUIRE(searcher.search(request).total == 0);
  return ombud::zero_hit_help(searcher, request);
}

}  // namespace

TEST_CASE("zero-hit help: each word dropped in turn, counted, the best relaxation's hits",
          "[search][zero-hits]") {
  const ZeroHitHelp help = help_for("delay safegaurding");
  CHECK(help.filters.empty());
  CHECK(help.wildcards.empty());
  REQUIRE(help.relaxed);
  const ombud::RelaxedMatch& r = *help.relaxed;
  REQUIRE(r.counts.size() == 2);
  CHECK(r.counts[0].dropped == "delay");
  CHECK(r.counts[0].total == 0);
  CHECK(r.counts[1].dropped == "safegaurding");
  CHECK(r.counts[1].query == "delay");
  CHECK(r.counts[1].total == 2);
  REQUIRE(r.best == 1u);
  CHECK(case_ref_set(r.best_hits) == Refs{"22-031-415", "202301234"});
}

TEST_CASE("zero-hit help: filters stay in every relaxed query", "[search][zero-hits]") {
  const ZeroHitHelp help = help_for("council:surrey delay safegaurding");
  REQUIRE(help.relaxed);
  CHECK(help.relaxed->counts[1].total == 1);
  CHECK(case_ref_set(help.relaxed->best_hits) == Refs{"22-031-415"});
}

TEST_CASE("zero-hit help: the best hits are the first few, the count is every one",
          "[search][zero-hits]") {
  const ZeroHitHelp help = help_for("complaint zzyzx");
  REQUIRE(help.relaxed);
  REQUIRE(help.relaxed->best == 1u);
  CHECK(help.relaxed->counts[1].total > ombud::kRelaxedHits);
  CHECK(help.relaxed->best_hits.size() == ombud::kRelaxedHits);
}

TEST_CASE("zero-hit help: no relaxation finds anything", "[search][zero-hits]") {
  const ZeroHitHelp help = help_for("zzyzx qqqq");
  REQUIRE(help.relaxed);
  CHECK(help.relaxed->counts.size() == 2);
  CHECK(!help.relaxed->best);
  CHECK(help.relaxed->best_hits.empty());
}

TEST_CASE("zero-hit help: no relaxation for one word, or words joined by OR",
          "[search][zero-hits]") {
  CHECK(help_for("safegaurding").empty());
  CHECK(!help_for("zzyzx OR qqqq delay").relaxed);
}

TEST_CASE("zero-hit help: a filter value that matches nothing, and the nearest that exist",
          "[search][zero-hits]") {
  const ZeroHitHelp help = help_for("council:\"surey cc\" delay fault");
  REQUIRE(help.filters.size() == 1);
  CHECK(help.filters[0].field == FieldId::kOrganisation);
  CHECK(help.filters[0].typed == "council:\"surey cc\"");
  REQUIRE(!help.filters[0].near.empty());
  CHECK(help.filters[0].near[0].value == "Surrey County Council");
  // Filters are never dropped: no relaxed query could find anything.
  CHECK(!help.relaxed);

  const ZeroHitHelp law = help_for("law:\"care act\"");
  REQUIRE(law.filters.size() == 1);
  CHECK(law.filters[0].near.at(0).value == "Care Act 2014");
  CHECK(law.filters[0].near.at(0).count == 1);
}

TEST_CASE("zero-hit help: only a filter that matches nothing on its own", "[search][zero-hits]") {
  // Each filter matches decisions; together they match none.
  const ZeroHitHelp help = help_for("council:surrey category:housing");
  CHECK(help.filters.empty());
  // Enumerated, range and absent-value filters are not looked at.
  CHECK(help_for("council:kent paid:>=100000").filters.empty());
  CHECK(help_for("council:kent date:none").filters.empty());
}

TEST_CASE("zero-hit help: a wildcard over a word's unstemmed form", "[search][zero-hits]") {
  const ZeroHitHelp help = help_for("statutory*");
  REQUIRE(help.wildcards.size() == 1);
  const ombud::UnmatchedWildcard& w = help.wildcards[0];
  CHECK(w.typed == "statutory*");
  CHECK(w.stem == "statutori");
  CHECK(w.suggestion == "statutori*");
  CHECK(w.total == 3);
}

TEST_CASE("zero-hit help: a wildcard no stem has, and the longest start that one has",
          "[search][zero-hits]") {
  const ZeroHitHelp help = help_for("statutx*");
  REQUIRE(help.wildcards.size() == 1);
  CHECK(help.wildcards[0].suggestion == "statut*");
  CHECK(help.wildcards[0].total == 3);

  const ZeroHitHelp none = help_for("qqqqq*");
  REQUIRE(none.wildcards.size() == 1);
  CHECK(none.wildcards[0].suggestion.empty());
}

TEST_CASE("zero-hit help: a query of many words is not relaxed word by word",
          "[search][zero-hits]") {
  std::string query = "zzyzx";
  for (std::size_t i = 1; i < ombud::kMaxRelaxedWords; ++i) query += " delay";
  const ZeroHitHelp most = help_for(query);
  REQUIRE(most.relaxed);
  CHECK(most.relaxed->counts.size() == ombud::kMaxRelaxedWords);
  CHECK(!most.too_many_words);
  const ZeroHitHelp more = help_for(query + " delay");
  CHECK(!more.relaxed);
  CHECK(more.too_many_words);
}
