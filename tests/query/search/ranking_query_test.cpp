// Ranking without positions: the rewritten query (each phrase an AND of its words), and pages
// from the searcher's two passes against one pass of Xapian over the query as parsed, weights
// and order included, on a database of varied texts.
#include "search/ranking_query.hpp"

#include <catch2/catch.hpp>
#include <random>

#include "parse/query_builder.hpp"
#include "schema.hpp"
#include "search/searcher.hpp"
#include "search_test_db.hpp"

namespace {

std::vector<ombud::Decision> varied_decisions() {
  static const std::vector<std::string> words = {"the",   "council", "delay", "in",    "line",
                                                 "with",  "policy",  "soon",  "after", "fault",
                                                 "staff", "care",    "july",  "we",    "found"};
  std::mt19937 rng(5);
  std::uniform_int_distribution<std::size_t> pick(0, words.size() - 1);
  std::uniform_int_distribution<int> length(5, 120);
  std::vector<ombud::Decision> out;
  for (int i = 0; i < 400; ++i) {
    ombud::Decision d = ombud::test::sample_decisions()[static_cast<std::size_t>(i) % 7];
    d.case_ref = "96-000-" + std::to_string(100 + i);
    d.text.clear();
    for (int n = length(rng); n > 0; --n) d.text += words[pick(rng)] + " ";
    out.push_back(std::move(d));
  }
  return out;
}

}  // namespace

TEST_CASE("a phrase becomes an AND of its words, elsewhere nothing changes", "[ranking]") {
  const ombud::test::SearchTestDb db(ombud::test::sample_decisions());
  const Xapian::Database xdb = db.open();
  auto rewritten = [&](const std::string& q) {
    const auto r = ombud::without_positions(ombud::QueryBuilder(xdb, 100).build(q).query);
    return r ? r->get_description() : std::string("none");
  };
  CHECK(rewritten("\"in line with\"") == "Query((Zin@1 AND Zline@2 AND Zwith@3))");
  CHECK(rewritten("delay \"soon after\" outcome:upheld") ==
        "Query(((Zdelay@1 AND (Zsoon@2 AND Zafter@3)) FILTER XOUTCOMEupheld))");
  CHECK(rewritten("delay OR fault") == "none");
  CHECK(rewritten("\"we found\" OR staff") == "none");  // a match may lack the phrase
  CHECK(rewritten("delay -\"in july\"") == "none");
  CHECK(rewritten("\"in line\" -\"in july\"") ==
        "Query(((Zin@1 AND Zline@2) AND_NOT (Zin@3 PHRASE 2 Zjuli@4)))");
}

TEST_CASE("pages ranked without positions are those of one weighted pass", "[ranking]") {
  const ombud::test::SearchTestDb db(varied_decisions());
  ombud::Searcher searcher(db.open());
  const Xapian::Database xdb = db.open();
  for (const std::string q :
       {"\"in line with\"", "\"soon after\" delay", "\"we found\" OR staff",
        "\"the council\" -\"in july\"", "(\"care\" OR \"with the\") policy", "council"}) {
    for (const Xapian::doccount offset : {0u, 7u, 60u}) {
      INFO(q << " from " << offset);
      ombud::SearchRequest r;
      r.query = q;
      r.offset = offset;
      r.limit = 15;
      r.snippets = false;
      const ombud::SearchResult got = searcher.search(r);
      Xapian::Enquire one_pass(xdb);
      one_pass.set_query(ombud::QueryBuilder(xdb, 100).build(q).query);
      // Ties in the listing order, as every relevance page (match_page.hpp).
      one_pass.set_sort_by_relevance_then_value(ombud::schema::kOrderSlot, true);
      const Xapian::MSet expected = one_pass.get_mset(offset, 15, xdb.get_doccount());
      CHECK(got.total == expected.get_matches_estimated());
      REQUIRE(got.hits.size() == expected.size());
      auto it = expected.begin();
      for (const ombud::Hit& h : got.hits) {
        CHECK(h.docid == *it);
        CHECK(h.score == it.get_weight());
        ++it;
      }
    }
  }
}
