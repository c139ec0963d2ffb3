// A remote shard that does not answer: its server stopped, a port where something accepts and
// never answers, or a server that stops or freezes in the middle of a session. Each is one error
// line naming the shard, exit 2, and never a hang (every search runs under timeout(1), which
// would exit 124).
#include <catch2/catch.hpp>

#include "database.hpp"
#include "result_compare.hpp"
#include "search/searcher.hpp"
#include "shard_cluster.hpp"

namespace {

using ombud::test::check_one_error_line;
using ombud::test::CommandResult;
using ombud::test::run_search;

}  // namespace

TEST_CASE("unreachable: a stopped server is an error naming its shard", "[shards][remote]") {
  ombud::test::ShardCluster cluster;  // its own: this test stops a server
  const std::string address = cluster.server(1).address();
  REQUIRE(run_search(cluster.remote_stub(), {"--count"}).exit_code == 0);
  cluster.server(1).stop();
  const CommandResult r = run_search(cluster.remote_stub(), {"--count", "complaint"});
  check_one_error_line(r, "the shard at " + address + " (" + cluster.remote_stub() +
                              ":3) cannot be reached: Couldn't connect (Connection refused)");
  // The mixed stub does not need that server.
  CHECK(run_search(cluster.mixed_stub(), {"--count"}).exit_code == 0);
}

TEST_CASE("unreachable: a port that accepts and never answers times out", "[shards][remote]") {
  auto& cluster = ombud::test::shared_cluster();
  ombud::test::SilentPort silent;
  const std::string stub = (cluster.dir() / "silent.stub").string();
  ombud::test::write_file(stub, "auto sharded.db/shard-00\nremote " + silent.address() + "\n");
  const std::string wanted =
      "the shard at " + silent.address() + " (" + stub + ":2) did not answer";

  const CommandResult flag = run_search(stub, {"--remote-timeout", "0.5", "complaint"});
  check_one_error_line(flag, wanted + " within 0.5 s");
  const CommandResult env = run_search(stub, {"complaint"}, "OMBUD_REMOTE_TIMEOUT=1.5");
  check_one_error_line(env, wanted + " within 1.5 s");
  // The option wins over the environment.
  check_one_error_line(run_search(stub, {"--remote-timeout", "0.2"}, "OMBUD_REMOTE_TIMEOUT=30"),
                       wanted + " within 0.2 s");
}

TEST_CASE("unreachable: a bad timeout is refused", "[shards][errors]") {
  auto& cluster = ombud::test::shared_cluster();
  check_one_error_line(run_search(cluster.remote_stub(), {"x"}, "OMBUD_REMOTE_TIMEOUT=soon"),
                       "OMBUD_REMOTE_TIMEOUT='soon' is not a number of seconds");
  for (const char* bad : {"0", "-1", "forever", "1e9"}) {
    INFO(bad);
    check_one_error_line(run_search(cluster.remote_stub(), {"--remote-timeout", bad, "x"}),
                         std::string("--remote-timeout: '") + bad + "' is not a number of seconds");
  }
}

TEST_CASE("unreachable: a shard that freezes during a session times out", "[shards][remote]") {
  ombud::test::ShardCluster cluster;
  const auto timeout = std::chrono::milliseconds(500);
  ombud::Searcher searcher(ombud::open_for_reading(cluster.remote_stub(), {timeout}));
  ombud::SearchRequest request;
  request.query = "complaint";
  REQUIRE(searcher.search(request).total > 0);

  cluster.server(0).pause();
  try {
    searcher.search(request);
    FAIL("the search ran with a frozen shard");
  } catch (const Xapian::NetworkError& e) {
    CHECK(ombud::network_error_message(e, timeout) ==
          "the shard at " + cluster.server(0).address() +
              " did not answer within 0.5 s during the search: is it overloaded or stopped? "
              "--remote-timeout or OMBUD_REMOTE_TIMEOUT gives it longer");
  }
  cluster.server(0).resume();
}

TEST_CASE("unreachable: a shard that stops during a session is named", "[shards][remote]") {
  ombud::test::ShardCluster cluster;
  ombud::Searcher searcher(ombud::open_for_reading(cluster.remote_stub()));
  ombud::SearchRequest request;
  request.query = "complaint";
  REQUIRE(searcher.search(request).total > 0);

  cluster.server(1).stop();
  try {
    searcher.search(request);
    FAIL("the search ran with a stopped shard");
  } catch (const Xapian::NetworkError& e) {
    const std::string message = ombud::network_error_message(e, ombud::kDefaultRemoteTimeout);
    INFO(message);
    CHECK(message.starts_with("the shard at " + cluster.server(1).address() +
                              " stopped answering during the search: "));
  }
}
