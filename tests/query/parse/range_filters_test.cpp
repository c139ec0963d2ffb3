// date: and paid: values as value-range queries, golden through Query::get_description(), and the
// values that are errors.
#include "parse/range_filters.hpp"

#include <catch2/catch.hpp>

#include "parse/query_error.hpp"
#include "schema.hpp"
#include "search_test_db.hpp"

namespace {

using ombud::schema::FieldId;

struct Row {
  const char* input;
  std::string expected;
};

std::string slot(FieldId id) {
  return std::to_string(ombud::schema::field(id).slot);
}

// Paid bounds are sortable_serialise'd bytes, escaped in descriptions: spell them the same way.
std::string pounds(double p) {
  return ombud::test::described_value(Xapian::sortable_serialise(p));
}

}  // namespace

TEST_CASE("date: values", "[range][golden]") {
  const std::string s = slot(FieldId::kDate);
  const Row rows[] = {
      {"2022", "Query(VALUE_RANGE " + s + " 20220101 20221231)"},
      {"2022-06", "Query(VALUE_RANGE " + s + " 20220601 20220630)"},
      {"2024-02", "Query(VALUE_RANGE " + s + " 20240201 20240229)"},
      {"2022-06-14", "Query(VALUE_RANGE " + s + " 20220614 20220614)"},
      {"2022..2024", "Query(VALUE_RANGE " + s + " 20220101 20241231)"},
      {"2022-06-01..2022-06-30", "Query(VALUE_RANGE " + s + " 20220601 20220630)"},
      {"2021-12..2022", "Query(VALUE_RANGE " + s + " 20211201 20221231)"},
      {"2022..", "Query(VALUE_GE " + s + " 20220101)"},
      {"..2021", "Query(VALUE_LE " + s + " 20211231)"},
      {">=2023-01-01", "Query(VALUE_GE " + s + " 20230101)"},
      {">2023-01-01", "Query(VALUE_GE " + s + " 20230102)"},
      {">2023-12-31", "Query(VALUE_GE " + s + " 20240101)"},
      {">2023", "Query(VALUE_GE " + s + " 20240101)"},
      {">=2023", "Query(VALUE_GE " + s + " 20230101)"},
      {"<=2021-12-31", "Query(VALUE_LE " + s + " 20211231)"},
      {"<=2021", "Query(VALUE_LE " + s + " 20211231)"},
      {"<2020", "Query(VALUE_LE " + s + " 20191231)"},
      {"<2024-03-01", "Query(VALUE_LE " + s + " 20240229)"},
      {"<2022-06", "Query(VALUE_LE " + s + " 20220531)"},
  };
  for (const Row& r : rows) {
    INFO(r.input);
    CHECK(ombud::date_filter(r.input).get_description() == r.expected);
  }
}

TEST_CASE("paid: values", "[range][golden]") {
  const std::string s = slot(FieldId::kPaid);
  const Row rows[] = {
      {"500", "Query(VALUE_RANGE " + s + " " + pounds(500) + " " + pounds(500) + ")"},
      {"0", "Query(VALUE_RANGE " + s + " " + pounds(0) + " " + pounds(0) + ")"},
      {">=500", "Query(VALUE_GE " + s + " " + pounds(500) + ")"},
      {">500", "Query(VALUE_GE " + s + " " + pounds(500.01) + ")"},
      {">0", "Query(VALUE_GE " + s + " " + pounds(0.01) + ")"},
      {"<=250", "Query(VALUE_LE " + s + " " + pounds(250) + ")"},
      {"<250", "Query(VALUE_LE " + s + " " + pounds(249.99) + ")"},
      {"300..1000", "Query(VALUE_RANGE " + s + " " + pounds(300) + " " + pounds(1000) + ")"},
      {"300..", "Query(VALUE_GE " + s + " " + pounds(300) + ")"},
      {"..300", "Query(VALUE_LE " + s + " " + pounds(300) + ")"},
      {">=£1,000", "Query(VALUE_GE " + s + " " + pounds(1000) + ")"},
      {"5384.99", "Query(VALUE_RANGE " + s + " " + pounds(5384.99) + " " + pounds(5384.99) + ")"},
      {"299.9", "Query(VALUE_RANGE " + s + " " + pounds(299.9) + " " + pounds(299.9) + ")"},
      {"1,250,000", "Query(VALUE_RANGE " + s + " " + pounds(1250000) + " " + pounds(1250000) + ")"},
  };
  for (const Row& r : rows) {
    INFO(r.input);
    CHECK(ombud::paid_filter(r.input).get_description() == r.expected);
  }
}

TEST_CASE("serialised amounts keep their order", "[range][prop]") {
  // The strict bounds rely on pence/100.0 serialising in amount order.
  const auto a = GENERATE(take(200, random(0LL, 10'000'000LL)));
  const auto b = GENERATE(take(3, random(0LL, 10'000'000LL)));
  const std::string sa = Xapian::sortable_serialise(static_cast<double>(a) / 100.0);
  const std::string sb = Xapian::sortable_serialise(static_cast<double>(b) / 100.0);
  CHECK((a < b) == (sa < sb));
  CHECK((a == b) == (sa == sb));
}

TEST_CASE("bad date: and paid: values", "[range][errors]") {
  const Row date_rows[] = {
      {"2022-13-45", "date:2022-13-45: '2022-13-45' is not a date; write a year (2022)"},
      {"2022-02-30", "'2022-02-30' is not a date"},
      {"2022-13", "'2022-13' is not a date"},
      {"22", "'22' is not a date"},
      {"yesterday", "'yesterday' is not a date"},
      {">=soon", "'soon' is not a date"},
      {"2022..2024-99", "'2024-99' is not a date"},
      {"..", "'..' is not a date"},
      {"2024..2022", "date:2024..2022 is an empty range; put the earlier date first (2022..2024)"},
      {"14/06/2022", "'14/06/2022' is not a date"},
  };
  for (const Row& r : date_rows) {
    INFO(r.input);
    CHECK_THROWS_AS(ombud::date_filter(r.input), ombud::QueryError);
    CHECK_THROWS_WITH(ombud::date_filter(r.input), Catch::Contains(r.expected));
  }
  const Row paid_rows[] = {
      {">=lots", "paid:>=lots: 'lots' is not an amount in pounds; write paid:500, paid:>=500"},
      {"-5", "'-5' is not an amount"},
      {"1.234", "'1.234' is not an amount"},
      {"1,00", "'1,00' is not an amount"},
      {"£", "'£' is not an amount"},
      {"", "'' is not an amount"},
      {"1000..300", "paid:1000..300 is an empty range: no amount can match it; put the smaller"},
      {"<0", "paid:<0 is an empty range"},
  };
  for (const Row& r : paid_rows) {
    INFO(r.input);
    CHECK_THROWS_AS(ombud::paid_filter(r.input), ombud::QueryError);
    CHECK_THROWS_WITH(ombud::paid_filter(r.input), Catch::Contains(r.expected));
  }
}

TEST_CASE("added: and changed: values: date:'s days on index stamps", "[range][golden]") {
  // A stamp is the day and the time after it (index_stamp.hpp): a day's upper bound is its last
  // microsecond, a lower bound the day alone (which sorts before every stamp of that day).
  for (FieldId id : {FieldId::kAdded, FieldId::kChanged}) {
    const std::string s = slot(id);
    const Row rows[] = {
        {"2026-12-07", "Query(VALUE_RANGE " + s + " 20261207 20261207235959999999)"},
        {"2026-11", "Query(VALUE_RANGE " + s + " 20261101 20261130235959999999)"},
        {">=2026-11-01", "Query(VALUE_GE " + s + " 20261101)"},
        {">2026-11-01", "Query(VALUE_GE " + s + " 20261102)"},
        {"<2026-11-01", "Query(VALUE_LE " + s + " 20261031235959999999)"},
        {"2026-11-01..", "Query(VALUE_GE " + s + " 20261101)"},
    };
    for (const Row& r : rows) {
      INFO(r.input);
      CHECK(ombud::day_filter(id, r.input).get_description() == r.expected);
    }
    CHECK_THROWS_AS(ombud::day_filter(id, "2026-13"), ombud::QueryError);
    CHECK_THROWS_WITH(ombud::day_filter(id, "soon"),
                      Catch::Contains(std::string(ombud::schema::field(id).name) + ":last"));
  }
}

TEST_CASE("added:last is at or after the last run that changed anything", "[range]") {
  Xapian::WritableDatabase db(std::string(), Xapian::DB_BACKEND_INMEMORY);
  const std::string s = slot(FieldId::kAdded);
  CHECK(ombud::stamp_filter(db, FieldId::kAdded, "last").get_description() == "Query()");
  db.set_metadata("ombud:last_change_run", "20261207171520619747");
  CHECK(ombud::stamp_filter(db, FieldId::kAdded, "last").get_description() ==
        "Query(VALUE_GE " + s + " 20261207171520619747)");
}
