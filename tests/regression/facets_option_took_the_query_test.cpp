// CLI11 let a multi-value --facets take the query that followed it as a second list of facets;
// --facets now takes one value per use, and repeated uses are joined.
#include <catch2/catch.hpp>

#include "search_cli.hpp"

TEST_CASE("regression: --facets before the query does not swallow it", "[regression][e2e]") {
  const ombud::test::IndexedDb db({ombud::test::search_fixtures()});
  const ombud::test::CommandResult r = ombud::test::run_search(
      db.path(), {"--facets", "council", "--facets", "outcome", "--count", "shed"});
  INFO(r.err);
  CHECK(r.exit_code == 0);
  CHECK(r.out ==
        "1\n\ncouncil\n  1  Fernbridge County Council\n\noutcome\n  1  "
        "closed-after-initial-enquiries\n");
}
