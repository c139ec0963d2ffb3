// The listing ranks of the facet column file (query/search/listing_ranks.hpp): the searcher pages
// through matches in the listing order from them, and every page must be the page that sorting by
// the schema::kOrderSlot values gives (the searcher without a column file), for queries of
// filters only (all weights 0) and for words whose weights tie.
#include "search/listing_ranks.hpp"

#include <catch2/catch.hpp>
#include <random>

#include "database.hpp"
#include "schema.hpp"
#include "search/facet_columns.hpp"
#include "search/searcher.hpp"
#include "search_test_db.hpp"
#include "temp_dir.hpp"
#include "write/facet_column_writer.hpp"

namespace {

namespace fc = ombud::facet_columns;

// Many decisions sharing a few dates (ties broken by case reference), some undated, in an id
// order unlike the listing order.
std::vector<ombud::Decision> shuffled_decisions(int n) {
  std::vector<ombud::Decision> out;
  const auto samples = ombud::test::sample_decisions();
  std::mt19937 rng(5);
  for (int i = 0; i < n; ++i) {
    ombud::Decision d = samples[static_cast<std::size_t>(i) % samples.size()];
    d.case_ref = "96-" + std::to_string(100 + rng() % 900) + "-" + std::to_string(100 + i % 900);
    const auto day = rng() % 12;
    if (day == 0)
      d.decision_date.reset();
    else
      d.decision_date = "2023-0" + std::to_string(1 + day % 9) + "-1" + std::to_string(day % 3);
    out.push_back(std::move(d));
  }
  return out;
}

}  // namespace

TEST_CASE("the facet column file ranks every document in the listing order",
          "[facets][columns][order]") {
  const ombud::test::SearchTestDb db(shuffled_decisions(400));
  const Xapian::Database xdb = db.open();
  ombud::write_facet_columns(xdb, db.path());
  const ombud::ReadDatabase opened = ombud::open_for_reading(db.path());
  const ombud::FacetColumns columns(opened.shards());
  const fc::ColumnView* ranks = columns.column(ombud::schema::kOrderSlot);
  REQUIRE(ranks);
  CHECK(ranks->values().empty());  // ranks only: the keys are not stored
  for (Xapian::docid a = 1; a <= xdb.get_lastdocid(); ++a) {
    for (Xapian::docid b = a + 1; b <= xdb.get_lastdocid(); b += 7) {
      const std::string ka = xdb.get_document(a).get_value(ombud::schema::kOrderSlot);
      const std::string kb = xdb.get_document(b).get_value(ombud::schema::kOrderSlot);
      if ((ka < kb) != (ranks->number(a) < ranks->number(b))) FAIL(a << " and " << b);
    }
  }
}

TEST_CASE("pages in the listing order from the ranks are the pages sorted by the values",
          "[search][order]") {
  const ombud::test::SearchTestDb db(shuffled_decisions(1200));
  ombud::write_facet_columns(db.open(), db.path());
  const ombud::ReadDatabase opened = ombud::open_for_reading(db.path());
  REQUIRE(ombud::FacetColumns(opened.shards()).column(ombud::schema::kOrderSlot));
  ombud::Searcher with_ranks(opened);
  ombud::Searcher with_values(static_cast<const Xapian::Database&>(opened));
  for (const std::string q :
       {"", "outcome:upheld", "paid:>=300", "year:2023 NOT outcome:upheld", "complained",
        "care OR delay", "\"statutory complaints procedure\""}) {
    for (const Xapian::doccount offset : {0u, 7u, 590u, 1195u}) {
      for (const Xapian::doccount limit : {1u, 10u, 250u}) {
        INFO(q << " offset " << offset << " limit " << limit);
        ombud::SearchRequest r;
        r.query = q;
        r.offset = offset;
        r.limit = limit;
        r.snippets = false;
        const ombud::SearchResult a = with_ranks.search(r);
        const ombud::SearchResult b = with_values.search(r);
        CHECK(a.total == b.total);
        CHECK(ombud::test::case_refs(a.hits) == ombud::test::case_refs(b.hits));
      }
    }
  }
}

TEST_CASE("a slice in the listing order", "[search][order]") {
  ombud::test::TempDir dir;
  const std::string path = (dir / "f").string();
  // Documents 1..6 ranked 3 6 1 0 5 2 (document 4 has no value: last).
  fc::Column ranks;
  ranks.slot = ombud::schema::kOrderSlot;
  ranks.ranks_only = true;
  ranks.values = {"a", "b", "c", "d", "e", "f"};
  ranks.numbers = {3, 6, 1, 0, 5, 2};
  const fc::Stamp stamp{"u", 1, 6, 6};
  fc::write_file(path, stamp, {ranks});
  const auto view = fc::FileView::open(path, stamp);
  REQUIRE(view);
  const fc::ColumnView* column = view->column(ombud::schema::kOrderSlot);
  REQUIRE(column);
  // Listing order: 2 (6), 5 (5), 1 (3), 6 (2), 3 (1), 4 (0).
  const std::vector<Xapian::docid> all = {1, 2, 3, 4, 5, 6};
  CHECK(ombud::listing_slice(all, *column, 0, 2) == std::vector<Xapian::docid>{2, 5});
  CHECK(ombud::listing_slice(all, *column, 2, 2) == std::vector<Xapian::docid>{1, 6});
  CHECK(ombud::listing_slice(all, *column, 4, 10) == std::vector<Xapian::docid>{3, 4});
  CHECK(ombud::listing_slice(all, *column, 6, 10).empty());
  CHECK(ombud::listing_slice({4, 3, 6}, *column, 0, 1) == std::vector<Xapian::docid>{6});
}
