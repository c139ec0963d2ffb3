#include "shard_cluster.hpp"

#include <catch2/catch.hpp>

namespace ombud::test {
namespace fs = std::filesystem;

std::vector<fs::path> fixture_inputs() {
  const fs::path root = OMBUD_SOURCE_DIR;
  return {root / "tests" / "fixtures" / "search", root / "tests" / "fixtures" / "shapes",
          root / "corpus" / "sample"};
}

CommandResult run_index(const std::string& db, const std::vector<std::string>& args,
                        const std::vector<fs::path>& inputs) {
  std::string command = shell_quote(OMBUD_INDEX_BIN) + " --quiet --db " + shell_quote(db);
  for (const std::string& a : args) command += " " + shell_quote(a);
  for (const fs::path& p : inputs) command += " " + shell_quote(p.string());
  return run_command(command);
}

CommandResult run_search(const std::string& db, const std::vector<std::string>& args,
                         const std::string& env) {
  std::string command = env.empty() ? "" : env + " ";
  command += "timeout 120 " + shell_quote(OMBUD_SEARCH_BIN) + " --db " + shell_quote(db);
  for (const std::string& a : args) command += " " + shell_quote(a);
  return run_command(command);
}

ShardCluster::ShardCluster()
    : single_((dir_ / "single.db").string()),
      sharded_((dir_ / "sharded.db").string()),
      remote_stub_((dir_ / "remote.stub").string()),
      mixed_stub_((dir_ / "mixed.stub").string()) {
  for (const auto& [db, args] : {std::pair<std::string, std::vector<std::string>>{single_, {}},
                                 {sharded_, {"--shards", "2"}}}) {
    const CommandResult r = run_index(db, args, fixture_inputs());
    INFO(r.out << r.err);
    REQUIRE(r.exit_code == 0);
  }
  for (std::size_t i = 0; i < 2; ++i)
    servers_.push_back(std::make_unique<TcpServer>(shard_path(i)));
  write_file(remote_stub_, "# the two shards, each served by xapian-tcpsrv\nremote " +
                               servers_[0]->address() + "\nremote " + servers_[1]->address() +
                               "\n");
  write_file(mixed_stub_, "remote " + servers_[0]->address() + "\nauto sharded.db/shard-01\n");
}

std::string ShardCluster::shard_path(std::size_t i) const {
  return (fs::path(sharded_) / (i == 0 ? "shard-00" : "shard-01")).string();
}

std::vector<std::pair<std::string, std::string>> ShardCluster::sharded_views() const {
  return {{"local shards", sharded_}, {"remote shards", remote_stub_}, {"mixed", mixed_stub_}};
}

ShardCluster& shared_cluster() {
  static ShardCluster cluster;
  return cluster;
}

}  // namespace ombud::test
