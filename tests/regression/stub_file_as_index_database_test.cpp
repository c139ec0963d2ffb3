// Xapian 1.4 writes through a stub file of local shards, placing a new decision by document
// number rather than by shard_of(); ombud-index now refuses a stub file as --db.
#include <xapian.h>

#include <catch2/catch.hpp>

#include "placement_check.hpp"
#include "shard_cluster.hpp"

namespace {

using ombud::test::check_placement;
using ombud::test::CommandResult;
using ombud::test::run_index;

}  // namespace

TEST_CASE("regression: ombud-index refuses a stub file", "[regression][shards][index]") {
  // Xapian 1.4 writes through a stub file of local shards, placing a new decision by document
  // number: it landed in the other shard than shard_of()'s, and a later change of its file put a
  // second copy in the right one.
  auto& cluster = ombud::test::shared_cluster();
  const std::string stub = (cluster.dir() / "local.stub").string();
  ombud::test::write_file(stub, "auto sharded.db/shard-00\nauto sharded.db/shard-01\n");
  const Xapian::doccount before = Xapian::Database(stub).get_doccount();
  const CommandResult r = run_index(stub, {}, ombud::test::fixture_inputs());
  CHECK(r.exit_code == 2);
  CHECK(r.err.find(stub + " is a stub file: index into the sharded database's folder") !=
        std::string::npos);
  CHECK(Xapian::Database(stub).get_doccount() == before);
  check_placement(cluster.sharded(), 2);
}
