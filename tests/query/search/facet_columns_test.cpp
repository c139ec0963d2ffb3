// The facet column file: written from a database's value slots, read back the same; counts from
// it are those of Xapian's ValueCountMatchSpy for every facet and query; a file that does not
// carry the stamp of the revision searched (a later commit, another database, a corrupt or
// truncated file) is ignored and the spies count instead.
#include "search/facet_columns.hpp"

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <random>

#include "database.hpp"
#include "decision_writer.hpp"
#include "facet_column_file.hpp"
#include "search/searcher.hpp"
#include "search_test_db.hpp"
#include "temp_dir.hpp"
#include "write/facet_column_writer.hpp"
#include "write/index_writer.hpp"

namespace {

namespace fs = std::filesystem;
using ombud::schema::FieldId;
namespace fc = ombud::facet_columns;

const std::vector<FieldId> kAllFacets = {
    FieldId::kOrganisation, FieldId::kCategory, FieldId::kSubcategory, FieldId::kOutcome,
    FieldId::kOfsted,       FieldId::kCqc,      FieldId::kDocType,     FieldId::kRemedy,
    FieldId::kLegislation,  FieldId::kSource,   FieldId::kYear};

const std::vector<std::string> kQueries = {
    "",
    "complained",
    "council",
    "outcome:upheld",
    "paid:>=300",
    "date:2022",
    "remedy:payment",
    "care OR delay",
    "\"statutory complaints procedure\"",
    "nothing-matches-this",
    "category:\"Children's care services\"",
};

std::string counts_text(const ombud::SearchResult& r) {
  std::string out = std::to_string(r.total) + ":";
  for (const auto& f : r.facets) {
    out += " [" + std::string(ombud::schema::field(f.field).name) + "]";
    for (const auto& v : f.values) out += " " + v.value + "=" + std::to_string(v.count);
  }
  return out;
}

// Many decisions, so that facet values repeat and a column holds more than a handful.
std::vector<ombud::Decision> many_decisions(int n) {
  std::vector<ombud::Decision> out;
  const auto samples = ombud::test::sample_decisions();
  std::mt19937 rng(11);
  for (int i = 0; i < n; ++i) {
    ombud::Decision d = samples[static_cast<std::size_t>(i) % samples.size()];
    d.case_ref = "98-" + std::to_string(100 + i / 1000) + "-" + std::to_string(100 + i % 1000);
    d.organisation += " " + std::to_string(rng() % 300);  // 300 * 7 organisations: 2-byte numbers
    if (i % 5 == 0) d.remedies.push_back("training");
    out.push_back(std::move(d));
  }
  return out;
}

std::string file_of(const ombud::test::SearchTestDb& db) {
  return (fs::path(db.path()) / fc::kFileName).string();
}

}  // namespace

TEST_CASE("facet columns count what ValueCountMatchSpy counts", "[facets][columns]") {
  const ombud::test::SearchTestDb db(many_decisions(2500));
  ombud::write_facet_columns(db.open(), db.path());
  REQUIRE(fs::exists(file_of(db)));

  const ombud::ReadDatabase opened = ombud::open_for_reading(db.path());
  const ombud::FacetColumns columns(opened.shards());
  for (FieldId f : kAllFacets) CHECK(columns.column(ombud::schema::field(f).slot) != nullptr);

  ombud::Searcher with_columns(opened);
  ombud::Searcher with_spies(static_cast<const Xapian::Database&>(opened));
  for (const std::string& q : kQueries) {
    for (const auto sort :
         {ombud::SortOrder::kRelevance, ombud::SortOrder::kNewest, ombud::SortOrder::kPaid}) {
      INFO(q);
      ombud::SearchRequest r;
      r.query = q;
      r.facets = kAllFacets;
      r.sort = sort;
      r.snippets = false;
      CHECK(counts_text(with_columns.search(r)) == counts_text(with_spies.search(r)));
    }
  }
}

TEST_CASE("a facet column file round-trips, numbers of every width", "[facets][columns]") {
  ombud::test::TempDir dir;
  const std::string path = (dir / "f").string();
  const fc::Stamp stamp{"uuid-1", 7, 70000, 69999};
  std::vector<fc::Column> columns(3);
  for (std::size_t c = 0; c < columns.size(); ++c) {
    const std::size_t values = c == 0 ? 3 : c == 1 ? 300 : 70000;
    columns[c].slot = static_cast<Xapian::valueno>(c * 5);
    for (std::size_t v = 0; v < values; ++v)
      columns[c].values.push_back(std::to_string(v + 100000));
    for (Xapian::docid d = 1; d <= stamp.last_docid; ++d)
      columns[c].numbers.push_back(d == 5 ? 0
                                          : static_cast<std::uint32_t>((d * 7919) % values + 1));
  }
  fc::write_file(path, stamp, columns);
  const auto view = fc::FileView::open(path, stamp);
  REQUIRE(view);
  for (const fc::Column& c : columns) {
    const fc::ColumnView* v = view->column(c.slot);
    REQUIRE(v);
    CHECK(v->values().size() == c.values.size());
    CHECK(v->values().back() == c.values.back());
    for (Xapian::docid d = 1; d <= stamp.last_docid; ++d)
      if (v->number(d) != c.numbers[d - 1]) FAIL("docid " << d);
  }
  CHECK(view->column(99) == nullptr);
  CHECK(!fc::FileView::open(path, {"uuid-1", 8, 70000, 69999}));  // another revision
  CHECK(!fc::FileView::open(path, {"uuid-2", 7, 70000, 69999}));  // another database
  CHECK(!fc::FileView::open((dir / "missing").string(), stamp));
}

TEST_CASE("a stale, foreign or corrupt facet column file is ignored", "[facets][columns]") {
  const auto decisions = many_decisions(300);
  const ombud::test::SearchTestDb db(decisions);
  ombud::write_facet_columns(db.open(), db.path());
  const Xapian::valueno council = ombud::schema::field(FieldId::kOrganisation).slot;
  auto columns_now = [&] {
    return ombud::FacetColumns(ombud::open_for_reading(db.path()).shards()).column(council) !=
           nullptr;
  };
  auto counts_agree = [&] {
    const ombud::ReadDatabase opened = ombud::open_for_reading(db.path());
    ombud::Searcher a(opened);
    ombud::Searcher b(static_cast<const Xapian::Database&>(opened));
    ombud::SearchRequest r;
    r.facets = kAllFacets;
    r.snippets = false;
    return counts_text(a.search(r)) == counts_text(b.search(r));
  };
  REQUIRE(columns_now());
  const std::string file = file_of(db);
  const std::string good = ombud::test::read_bytes(file);
  auto rewrite = [&](const std::string& content) {
    std::ofstream(file, std::ios::binary | std::ios::trunc) << content;
  };

  SECTION("truncated") {
    rewrite(good.substr(0, good.size() / 2));
    CHECK_FALSE(columns_now());
    CHECK(counts_agree());
  }
  SECTION("not a column file") {
    rewrite("OMBUDFC9" + good.substr(8));
    CHECK_FALSE(columns_now());
  }
  SECTION("a number past the values") {
    std::string bad = good;
    bad.back() = '\xff';  // the last document's number in the last column
    rewrite(bad);
    CHECK(counts_agree());
  }
  SECTION("the database changed after the file was written (a run killed before it)") {
    {
      ombud::IndexWriter writer(ombud::open_for_writing(db.path()));
      ombud::Decision d = decisions.front();
      d.case_ref = "97-000-001";
      d.organisation = "A council the file does not know";
      ombud::test::write_decision(writer, d, "extra.txt");
      writer.commit();
    }
    CHECK_FALSE(columns_now());
    CHECK(counts_agree());
    ombud::write_facet_columns(ombud::open_for_reading(db.path()), db.path());
    CHECK(columns_now());
    CHECK(counts_agree());
  }
  SECTION("another database's file") {
    const ombud::test::SearchTestDb other(many_decisions(300));
    ombud::write_facet_columns(other.open(), other.path());
    fs::copy_file(file_of(other), file, fs::copy_options::overwrite_existing);
    CHECK_FALSE(columns_now());
    CHECK(counts_agree());
  }
  SECTION("several local shards count with the spies") {
    const ombud::test::SearchTestDb second(many_decisions(10));
    ombud::write_facet_columns(second.open(), second.path());
    ombud::ReadDatabase both = ombud::open_for_reading(db.path());
    const ombud::ReadDatabase other = ombud::open_for_reading(second.path());
    for (const auto& s : other.shards()) both.add_shard(s);
    CHECK(ombud::FacetColumns(both.shards()).column(council) == nullptr);
  }
}
