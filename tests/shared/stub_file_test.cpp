// Stub files: the one reader both tools and the indexer use, and the writer's output read back.
#include "stub_file.hpp"

#include <catch2/catch.hpp>

#include "temp_dir.hpp"

using namespace ombud;

TEST_CASE("a stub's shard lines, comments and blank lines left out", "[stub]") {
  const test::TempDir dir;
  test::write_file(dir / "stub",
                   "# two shards\n\n  auto shard-00  \nremote\t10.0.0.2:33333\r\n"
                   "glass /srv/a b\nauto\n");
  const auto lines = read_stub(dir / "stub");
  REQUIRE(lines);
  REQUIRE(lines->size() == 4);
  CHECK((*lines)[0].number == 3);
  CHECK((*lines)[0].kind == "auto");
  CHECK((*lines)[0].where == "shard-00");
  CHECK((*lines)[1].kind == "remote");
  CHECK((*lines)[1].where == "10.0.0.2:33333");
  CHECK((*lines)[2].where == "/srv/a b");  // the rest of the line, as Xapian reads it
  CHECK((*lines)[3].number == 6);
  CHECK((*lines)[3].where.empty());
}

TEST_CASE("a missing stub cannot be read", "[stub]") {
  const test::TempDir dir;
  CHECK_FALSE(read_stub(dir.path() / kStubFileName));
}

TEST_CASE("a written stub lists its shards as auto lines, in order", "[stub]") {
  const test::TempDir dir;
  write_stub(dir.path(), {"shard-00", "shard-01"});
  const auto lines = read_stub(dir.path() / kStubFileName);
  REQUIRE(lines);
  REQUIRE(lines->size() == 2);
  CHECK((*lines)[0].kind == "auto");
  CHECK((*lines)[0].where == "shard-00");
  CHECK((*lines)[1].where == "shard-01");
  CHECK_FALSE(std::filesystem::exists(dir / (std::string(kStubFileName) + ".tmp")));
}
