// The searcher on the sample database: exact hit sets for every filter, range, phrase, wildcard
// and case-reference spelling; sort orders; exact facet counts, list facets included; snippets.
#include "search/searcher.hpp"

#include <atomic>
#include <catch2/catch.hpp>
#include <thread>

#include "database.hpp"
#include "decision_writer.hpp"
#include "parse/query_error.hpp"
#include "search_test_db.hpp"
#include "write/index_writer.hpp"

namespace {

using ombud::Searcher;
using ombud::SearchRequest;
using ombud::SortOrder;
using ombud::schema::FieldId;
using ombud::test::case_ref_set;
using ombud::test::case_refs;
using Refs = std::set<std::string>;

// The sample decisions by letter (search_test_db.cpp).
const std::string A = "22-031-415", B = "23-000-435", C = "21-010-500", D = "24-010-138",
                  E = "20-004-001", F = "202301234", G = "23-017-900";

const ombud::test::SearchTestDb& sample_db() {
  static const ombud::test::SearchTestDb db(ombud::test::sample_decisions());
  return db;
}

ombud::SearchResult search(const std::string& query, SortOrder sort = SortOrder::kRelevance,
                           std::vector<FieldId> facets = {}) {
  Searcher s(sample_db().open());
  SearchRequest r;
  r.query = query;
  r.limit = 100;
  r.sort = sort;
  r.facets = std::move(facets);
  return s.search(r);
}

Refs matches(const std::string& query) {
  const ombud::SearchResult r = search(query);
  CHECK(r.total == r.hits.size());
  return case_ref_set(r.hits);
}

struct Row {
  const char* query;
  Refs expected;
};

void check_rows(std::initializer_list<Row> rows) {
  for (const Row& r : rows) {
    INFO(r.query);
    CHECK(matches(r.query) == r.expected);
  }
}

}  // namespace

TEST_CASE("an empty query and a query of filters only", "[searcher]") {
  check_rows({
      {"", {A, B, C, D, E, F, G}},
      {"outcome:upheld", {A, C, D, F}},
      {"NOT outcome:upheld", {B, E, G}},
  });
}

TEST_CASE("free text: words, phrases, operators, wildcards", "[searcher]") {
  check_rows({
      {"statutory complaints procedure", {A, B, D}},
      {"\"statutory complaints procedure\"", {A, D}},
      {"complaint", {A, B, D, E, G}},
      {"Complaints", {A, B, D, E, G}},
      {"children’s statutory", {A}},
      {"statutory OR taxi", {A, B, D, G}},
      {"statutory AND procedure", {A, B, D}},
      {"statutory NOT guidance", {A, D}},
      {"statutory -guidance", {A, D}},
      {"-statutory", {C, E, F, G}},
      {"NOT statutory", {C, E, F, G}},
      {"(statutory OR taxi) outcome:upheld", {A, D}},
      {"statut*", {A, B, D}},
      {"mould", {F}},
      {"cookies", {}},
      {"Surrey", {A, E}},
  });
}

TEST_CASE("each field filter", "[searcher]") {
  check_rows({
      {"council:\"Surrey County Council\"", {A}},
      {"council:\"SURREY county COUNCIL\"", {A}},
      {"council:surrey", {A, E}},
      {"council:\"surrey heath\"", {E}},
      {"org:\"waltham forest\"", {B, D}},
      {"council:north*", {C}},
      {"council:kent OR council:surrey", {A, E, G}},
      {"council:nowhere", {}},
      {"category:\"Children's care services\"", {A, B}},
      {"subcategory:\"disabled children\"", {A}},
      {"outcome:upheld outcome:not-upheld", {A, B, C, D, F}},
      {"outcome:closed-after-initial-enquiries", {E}},
      {"outcome:unknown", {G}},
      {"ofsted:yes", {A, B}},
      {"ofsted:no", {C, D, E, F, G}},
      {"cqc:yes", {C}},
      {"type:report", {D}},
      {"type:decision", {A, B, C, E, F, G}},
      {"remedy:payment", {A, C, D, F}},
      {"remedy:apology remedy:payment", {A, D, F}},
      {"remedy:reconsider-complaint", {G}},
      {"legislation:\"Children Act 1989\"", {A, B}},
      {"law:\"housing act 1996\"", {F}},
      {"source:housing", {F}},
      {"year:2023", {B, G}},
  });
}

TEST_CASE("date ranges", "[searcher]") {
  check_rows({
      {"date:2022", {A}},
      {"date:2021-12", {C}},
      {"date:2022..2024", {A, B, F, G}},
      {"date:2022-06-01..2022-06-30", {A}},
      {"date:>=2023-01-01", {B, F, G}},
      {"date:>2023-01-01", {F, G}},
      {"date:<=2021-12-31", {C, E}},
      {"date:<2022", {C, E}},
      {"date:<2020", {}},
      {"date:>=2022 date:<2024", {A, B, G}},
      {"date:2020 OR date:2024", {E, F}},
  });
}

TEST_CASE("paid ranges", "[searcher]") {
  check_rows({
      {"paid:>=500", {A, C, D}},
      {"paid:>500", {A, C}},
      {"paid:500", {D}},
      {"paid:550", {A}},
      {"paid:299.99", {F}},
      {"paid:300..1000", {A, C, D}},
      {"paid:<=250", {B, E, G}},
      {"paid:<500", {B, E, F, G}},
      {"paid:0", {B, E, G}},
      {"paid:>0", {A, C, D, F}},
  });
}

TEST_CASE("a case reference in any spelling finds its decision", "[searcher]") {
  check_rows({
      {"case:24-010-138", {D}},
      {"case:\"24 010 138\"", {D}},
      {"case:24010138", {D}},
      {"case:24 010 138", {D}},
      {"24 010 138", {D}},
      {"24-010-138", {D}},
      {"24010138", {D}},
      {"case:202301234", {F}},
      {"202301234", {F}},
      {"24010138 OR 22 031 415", {A, D}},
      {"case:99-999-999", {}},
  });
}

TEST_CASE("the journalist's query", "[searcher]") {
  check_rows({
      {"outcome:upheld category:\"Children's care services\" paid:>=500 ofsted:yes "
       "date:>=2022-01-01 \"statutory complaints procedure\"",
       {A}},
  });
}

TEST_CASE("sort orders", "[searcher]") {
  using V = std::vector<std::string>;
  // Undated decisions (D) come last both ways.
  CHECK(case_refs(search("", SortOrder::kNewest).hits) == V{F, G, B, A, C, E, D});
  CHECK(case_refs(search("", SortOrder::kOldest).hits) == V{E, C, A, B, G, F, D});
  // Most paid first; equal amounts newest first.
  CHECK(case_refs(search("", SortOrder::kPaid).hits) == V{C, A, D, F, G, B, E});
  CHECK(case_refs(search("outcome:upheld", SortOrder::kNewest).hits) == V{F, A, C, D});
  // By relevance, a query of filters only (every match weighs 0, all tie) newest first too, then
  // by case reference, whatever the document ids: the same on shards.
  CHECK(case_refs(search("").hits) == V{F, G, B, A, C, E, D});
  CHECK(case_refs(search("outcome:upheld").hits) == V{F, A, C, D});
  for (const auto& hit : search("outcome:upheld").hits) CHECK(hit.score == 0);
}

TEST_CASE("relevance ties go newest first, then by case reference", "[searcher]") {
  // Two decisions on the same day, with the same text, written in the other order of their case
  // references: the lower reference first; a newer one before both.
  std::vector<ombud::Decision> decisions;
  for (const char* ref : {"23-000-300", "23-000-200", "23-000-100"}) {
    ombud::Decision d = ombud::test::sample_decisions()[0];
    d.case_ref = ref;
    d.decision_date = std::string(ref) == "23-000-100" ? "2024-02-02" : "2023-05-05";
    decisions.push_back(d);
  }
  const ombud::test::SearchTestDb db(decisions);
  Searcher s(db.open());
  SearchRequest r;
  r.query = "statutory";
  const auto result = s.search(r);
  REQUIRE(result.hits.size() == 3);
  CHECK(result.hits[0].score == result.hits[2].score);
  CHECK(case_refs(result.hits) ==
        std::vector<std::string>{"23-000-100", "23-000-200", "23-000-300"});
}

TEST_CASE("relevance puts the better match first", "[searcher]") {
  // D says "procedure" twice in a short text.
  const auto hits = search("procedure").hits;
  REQUIRE(hits.size() == 3);
  CHECK(hits.front().decision.case_ref == D);
  CHECK(hits[0].score >= hits[1].score);
  CHECK(hits[1].score >= hits[2].score);
}

TEST_CASE("paging with offset and limit", "[searcher]") {
  Searcher s(sample_db().open());
  SearchRequest r;
  r.sort = SortOrder::kNewest;
  r.offset = 2;
  r.limit = 3;
  const auto result = s.search(r);
  CHECK(result.total == 7);
  CHECK(case_refs(result.hits) == std::vector<std::string>{B, A, C});
  CHECK(result.hits.front().rank == 3);
  CHECK(result.hits.back().rank == 5);
  r.limit = 0;
  const auto count_only = s.search(r);
  CHECK(count_only.total == 7);
  CHECK(count_only.hits.empty());
}

TEST_CASE("facet counts are exact over all matches", "[searcher][facets]") {
  Searcher s(sample_db().open());
  SearchRequest r;
  r.query = "outcome:upheld";
  r.limit = 1;  // counts cover every match, not the page
  r.facets = {FieldId::kOrganisation, FieldId::kOutcome, FieldId::kRemedy, FieldId::kYear,
              FieldId::kLegislation};
  const auto result = s.search(r);
  REQUIRE(result.facets.size() == 5);
  auto flat = [](const ombud::FacetCounts& f) {
    std::vector<std::pair<std::string, Xapian::doccount>> out;
    for (const auto& v : f.values) out.emplace_back(v.value, v.count);
    return out;
  };
  using P = std::vector<std::pair<std::string, Xapian::doccount>>;
  CHECK(result.facets[0].field == FieldId::kOrganisation);
  // Equal counts are in value order.
  CHECK(flat(result.facets[0]) == P{{"Greystone Housing Association", 1},
                                    {"London Borough of Waltham Forest", 1},
                                    {"Surrey County Council", 1},
                                    {"West Northamptonshire Council", 1}});
  CHECK(flat(result.facets[1]) == P{{"upheld", 4}});
  // A list facet counts each value once per decision.
  CHECK(flat(result.facets[2]) ==
        P{{"payment", 4}, {"apology", 3}, {"procedure-review", 1}, {"training", 1}});
  // Years in date order, and a row (empty value, `none`) for the undated D: they add up to 4.
  CHECK(flat(result.facets[3]) == P{{"2021", 1}, {"2022", 1}, {"2024", 1}, {"", 1}});
  CHECK(result.facets[3].values.back().none);
  CHECK(flat(result.facets[4]) == P{{"Care Act 2014", 1},
                                    {"Children Act 1989", 1},
                                    {"Housing Act 1996", 1},
                                    {"Local Government Act 1974", 1}});

  r.query = "";
  r.facets = {FieldId::kOrganisation};
  const auto all = s.search(r);
  REQUIRE(all.facets.size() == 1);
  CHECK(all.facets[0].values.front().value == "London Borough of Waltham Forest");
  CHECK(all.facets[0].values.front().count == 2);
  Xapian::doccount sum = 0;
  for (const auto& v : all.facets[0].values) sum += v.count;
  CHECK(sum == 7);
}

TEST_CASE("a wildcard that matches too many words is an error that says so", "[searcher]") {
  Searcher s(sample_db().open(), 3);
  SearchRequest r;
  r.query = "t*";  // the, taxi, time, train, trouble, ...
  CHECK_THROWS_AS(s.search(r), ombud::QueryError);
  CHECK_THROWS_WITH(s.search(r),
                    "the wildcard 't*' matches more than 3 words; type more of the "
                    "word before the '*'");
  r.query = "mou*";
  CHECK(s.search(r).total == 1);
}

TEST_CASE("snippets mark the matched words, phrases and wildcards included",
          "[searcher][snippets]") {
  auto marked = [](const ombud::Hit& h) {
    std::vector<std::string> out;
    for (const auto& [b, e] : h.snippet.highlights) out.push_back(h.snippet.text.substr(b, e - b));
    return out;
  };
  using V = std::vector<std::string>;
  const auto phrase = search("case:24-010-138 \"statutory complaints procedure\"").hits;
  REQUIRE(phrase.size() == 1);
  CHECK(marked(phrase[0]) == V{"statutory", "complaints", "procedure", "procedure"});

  const auto wildcard = search("mou*").hits;
  REQUIRE(wildcard.size() == 1);
  CHECK(marked(wildcard[0]) == V{"mould"});

  const auto stemmed = search("apologising source:housing").hits;
  REQUIRE(stemmed.size() == 1);
  CHECK(marked(stemmed[0]) == V{"apologise"});

  // Filters only: the start of the text, nothing marked.
  const auto filtered = search("case:20-004-001").hits;
  REQUIRE(filtered.size() == 1);
  CHECK(filtered[0].snippet.text.starts_with("Mr T complained about planning enforcement"));
  CHECK(filtered[0].snippet.highlights.empty());
}

TEST_CASE("snippet text is plain: entities decoded, white space collapsed", "[snippets]") {
  ombud::Decision d = ombud::test::sample_decisions().front();
  d.text = "The Council said \"no\" & <did not>\n\n  reply to Mrs P’s delay complaint.";
  const ombud::test::SearchTestDb db({d});
  Searcher s(db.open());
  SearchRequest r;
  r.query = "delay";
  const auto hits = s.search(r).hits;
  REQUIRE(hits.size() == 1);
  CHECK(hits[0].snippet.text ==
        "The Council said \"no\" & <did not> reply to Mrs P’s delay complaint.");
  REQUIRE(hits[0].snippet.highlights.size() == 1);
  CHECK(hits[0].snippet.text.substr(hits[0].snippet.highlights[0].first, 5) == "delay");
}

TEST_CASE("leading snippets cut at a word boundary", "[snippets]") {
  CHECK(ombud::leading_snippet("one two three", 100).text == "one two three");
  CHECK(ombud::leading_snippet("one  two\nthree four", 9).text == "one two…");
  CHECK(ombud::leading_snippet("", 10).text.empty());
}

TEST_CASE("find_case reads any spelling", "[searcher]") {
  Searcher s(sample_db().open());
  for (const char* ref : {"24-010-138", "24 010 138", "24010138"}) {
    INFO(ref);
    const auto d = s.find_case(ref);
    REQUIRE(d);
    CHECK(d->case_ref == D);
    CHECK(d->paid() == 50000);
    CHECK(d->text.starts_with("Report summary"));
  }
  CHECK_FALSE(s.find_case("99-999-999"));
  CHECK_THROWS_AS(s.find_case("nonsense"), ombud::QueryError);
}

TEST_CASE("a search after the indexer rewrote the database reopens it", "[searcher][concurrency]") {
  // Enough decisions that rewriting them all reuses the blocks an older revision was read from,
  // so Xapian reports that revision discarded (DatabaseModifiedError) to a reader that stayed on
  // it.
  constexpr int kDecisions = 2000;
  auto decisions_of_round = [](int round) {
    std::vector<ombud::Decision> out;
    ombud::Decision d = ombud::test::sample_decisions().front();
    for (int i = 0; i < kDecisions; ++i) {
      d.case_ref = "30-" + std::to_string(100 + i / 1000) + "-" + std::to_string(100 + i % 1000);
      d.organisation = "Council " + std::to_string(i % 50);
      d.text = "Round " + std::to_string(round) + " of the rewrite: decision " + std::to_string(i) +
               " about a delay in the statutory complaints procedure and a payment.";
      out.push_back(d);
    }
    return out;
  };
  const ombud::test::SearchTestDb db(decisions_of_round(0));
  Searcher searcher(db.open());
  Xapian::Database stale = db.open();
  {
    ombud::IndexWriter writer(ombud::open_for_writing(db.path()));
    for (int round = 1; round <= 3; ++round) {
      for (const ombud::Decision& d : decisions_of_round(round))
        ombud::test::write_decision(writer, d, d.case_ref);
      writer.commit();
    }
  }
  SearchRequest r;
  r.facets = {FieldId::kOrganisation};
  const ombud::SearchResult result = searcher.search(r);  // must not throw
  CHECK(result.total == kDecisions);
  REQUIRE_FALSE(result.hits.empty());
  CHECK(result.hits.front().decision.text.starts_with("Round 3 "));
  REQUIRE(result.facets.size() == 1);
  CHECK(result.facets[0].values.size() == 50);

  // The same reads on a handle that does not reopen fail: the test does reach the retry.
  auto read_like_a_search = [](Xapian::Database& database) {
    Xapian::ValueCountMatchSpy spy(ombud::schema::field(FieldId::kOrganisation).slot);
    Xapian::Enquire enquire(database);
    enquire.set_query(Xapian::Query::MatchAll);
    enquire.add_matchspy(&spy);
    const Xapian::MSet mset = enquire.get_mset(0, 10, database.get_doccount());
    for (auto it = mset.begin(); it != mset.end(); ++it) (void)it.get_document().get_data();
  };
  CHECK_THROWS_AS(read_like_a_search(stale), Xapian::DatabaseModifiedError);
}
