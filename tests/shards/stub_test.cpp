// Stub files as ombud reads them: what Xapian accepts (comments, relative paths, stubs listing
// stubs, glass and program lines) opens, and each mistake is one line naming the stub, its line
// and what to write instead.
#include <catch2/catch.hpp>

#include "result_compare.hpp"
#include "schema.hpp"
#include "shard_cluster.hpp"

namespace {

using ombud::test::check_one_error_line;
using ombud::test::CommandResult;
using ombud::test::run_search;
using ombud::test::write_file;

}  // namespace

TEST_CASE("stubs: what Xapian accepts opens as one database", "[shards][stub]") {
  auto& cluster = ombud::test::shared_cluster();
  const std::string all = run_search(cluster.single(), {"--count"}).out;
  REQUIRE(all != "");
  const auto& dir = cluster.dir();
  const std::string shard0 = cluster.shard_path(0);

  // Comments, blank lines, white space; `auto` of a stub folder (sharded.db lists its shards).
  write_file(dir / "nested.stub", "# all of it\n\n  auto   sharded.db  \r\n");
  CHECK(run_search((dir / "nested.stub").string(), {"--count"}).out == all);
  // Paths are relative to the stub's folder, not to where ombud-search runs.
  write_file(dir / "sub" / "relative.stub",
             "glass ../sharded.db/shard-00\nauto ../sharded.db/shard-01\n");
  CHECK(run_search((dir / "sub" / "relative.stub").string(), {"--count"}).out == all);
  // A stub folder: --db names the folder holding XAPIANDB.
  write_file(dir / "folder" / "XAPIANDB", "auto " + shard0 + "\nauto ../sharded.db/shard-01\n");
  CHECK(run_search((dir / "folder").string(), {"--count"}).out == all);
  // A shard served by a program over a pipe (xapian-progsrv), as Xapian's `remote :PROGRAM`.
  if (!std::string(OMBUD_PROGSRV_BIN).empty()) {
    write_file(dir / "prog.stub", std::string("remote :") + OMBUD_PROGSRV_BIN + " " + shard0 +
                                      "\nauto sharded.db/shard-01\n");
    CHECK(run_search((dir / "prog.stub").string(), {"--count"}).out == all);
  }
}

TEST_CASE("stubs: each mistake names the stub line", "[shards][stub][errors]") {
  auto& cluster = ombud::test::shared_cluster();
  const auto& dir = cluster.dir();
  auto stub = [&](const std::string& name, const std::string& text) {
    write_file(dir / name, text);
    return (dir / name).string();
  };
  const std::string no_port = stub("no-port.stub", "auto sharded.db/shard-00\nremote 127.0.0.1\n");
  check_one_error_line(run_search(no_port, {"x"}),
                       no_port + ":2: '127.0.0.1' is not HOST:PORT: write `remote 10.0.0.2:33333`");
  const std::string big_port = stub("big-port.stub", "remote 127.0.0.1:70000\n");
  check_one_error_line(run_search(big_port, {"x"}),
                       big_port + ":1: '127.0.0.1:70000' is not HOST:PORT");
  const std::string kind = stub("kind.stub", "shard sharded.db/shard-00\n");
  check_one_error_line(run_search(kind, {"x"}),
                       kind +
                           ":1: not a shard line: write `auto PATH` for a database on this "
                           "machine or `remote HOST:PORT` for one served by xapian-tcpsrv");
  const std::string missing =
      stub("missing.stub", "# two\nauto sharded.db/shard-00\nauto shard-09\n");
  check_one_error_line(
      run_search(missing, {"x"}),
      missing + ":3: the shard " + (dir / "shard-09").string() + " does not exist");
  const std::string empty = stub("empty.stub", "# nothing yet\n");
  check_one_error_line(
      run_search(empty, {"x"}),
      empty + " lists no shards: write one a line, `auto PATH` or `remote HOST:PORT`");
  const std::string loop = stub("loop.stub", "auto loop.stub\n");
  check_one_error_line(run_search(loop, {"x"}), "stubs listing stubs go more than 8 deep");
}

TEST_CASE("stubs: a shard of another schema version is named", "[shards][stub][errors]") {
  auto& cluster = ombud::test::shared_cluster();
  const auto& dir = cluster.dir();
  const std::string old = (dir / "old-shard").string();
  {
    Xapian::WritableDatabase db(old, Xapian::DB_CREATE);
    db.set_metadata(std::string(ombud::schema::kSchemaVersionKey), "0");
    db.add_document(Xapian::Document());
    db.commit();
  }
  write_file(dir / "old.stub", "auto sharded.db/shard-00\nauto old-shard\n");
  const std::string stub = (dir / "old.stub").string();
  check_one_error_line(run_search(stub, {"x"}), "the shard " + old + " (" + stub +
                                                    ":2) was written with ombud schema version 0");

  // Served remotely, the same check names the server.
  ombud::test::TcpServer server(old);
  write_file(dir / "old-remote.stub",
             "auto sharded.db/shard-00\nremote " + server.address() + "\n");
  const std::string remote = (dir / "old-remote.stub").string();
  check_one_error_line(run_search(remote, {"x"}),
                       "the shard at " + server.address() + " (" + remote +
                           ":2) was written with ombud schema version 0");
}
