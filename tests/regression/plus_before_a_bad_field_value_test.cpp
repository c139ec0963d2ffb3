// Xapian 1.4.22 freed memory it did not own when a FieldProcessor threw after a '+'
// (`+outcome:maybe`): ombud-search crashed instead of naming the bad value. The processors now
// record the error and the builder throws it after parse_query returns.
#include <catch2/catch.hpp>

#include "parse/query_builder.hpp"
#include "parse/query_error.hpp"
#include "schema.hpp"
#include "search_cli.hpp"
#include "search_test_db.hpp"

namespace {

struct Row {
  const char* input;
  const char* expected;
};

const Row kRows[] = {
    {"+outcome:maybe", "'maybe' is not a valid outcome"},
    {"+paid:>=lots", "'lots' is not an amount in pounds"},
    {"delay +date:2022-13-45", "'2022-13-45' is not a date"},
    {"+“”remedy:2022", "'2022' is not a valid remedy"},
    {"(outcome:maybe)", "'maybe' is not a valid outcome"},
};

}  // namespace

TEST_CASE("regression: a bad value after '+' is an error from the query builder, not a crash",
          "[regression][query_builder]") {
  const ombud::test::SearchTestDb db(ombud::test::sample_decisions());
  const ombud::QueryBuilder builder(db.open());
  for (const Row& r : kRows) {
    INFO(r.input);
    CHECK_THROWS_AS(builder.build(r.input), ombud::QueryError);
    CHECK_THROWS_WITH(builder.build(r.input), Catch::Contains(r.expected));
  }
  // A good value after '+' is still a filter.
  const std::string upheld = ombud::schema::term(ombud::schema::FieldId::kOutcome, "upheld");
  CHECK(builder.build("+outcome:upheld delay").query.get_description() ==
        "Query((Zdelay@1 FILTER " + upheld + "))");
}

TEST_CASE("regression: a bad value after '+' is an error line from ombud-search, not a crash",
          "[regression][e2e]") {
  const ombud::test::IndexedDb db({ombud::test::search_fixtures()});
  for (const Row& r : kRows) {
    INFO(r.input);
    const ombud::test::CommandResult result = ombud::test::run_search(db.path(), {r.input});
    INFO("stderr: " << result.err);
    CHECK(result.exit_code == 2);
    CHECK(result.out.empty());
    CHECK(result.err.starts_with("ombud-search: error: "));
    CHECK(result.err.find(r.expected) != std::string::npos);
  }
}
