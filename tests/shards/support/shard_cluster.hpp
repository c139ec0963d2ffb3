// The fixture corpus (tests/fixtures/search, tests/fixtures/shapes, corpus/sample: all fictional)
// indexed by the real ombud-index twice, into one database and into two shards, with each shard
// served by its own xapian-tcpsrv and stubs that list them: what the shard tests search.
#pragma once

#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "run_command.hpp"
#include "tcp_server.hpp"
#include "temp_dir.hpp"

namespace ombud::test {

// The folders the fixture corpus is read from.
std::vector<std::filesystem::path> fixture_inputs();

// Runs ombud-index --db `db` `args`... over `inputs`.
CommandResult run_index(const std::string& db, const std::vector<std::string>& args,
                        const std::vector<std::filesystem::path>& inputs);

// Runs ombud-search --db `db` `args`... with `env` before it (e.g. "OMBUD_REMOTE_TIMEOUT=1"),
// under timeout(1): a search that hangs ends with exit 124 instead of hanging the test.
CommandResult run_search(const std::string& db, const std::vector<std::string>& args,
                         const std::string& env = "");

class ShardCluster {
 public:
  ShardCluster();  // REQUIREs both indexings to succeed and both servers to listen

  const std::string& single() const { return single_; }    // one database
  const std::string& sharded() const { return sharded_; }  // shard-00, shard-01 and XAPIANDB
  std::string shard_path(std::size_t i) const;
  const std::string& remote_stub() const { return remote_stub_; }  // two `remote` lines
  // `remote` for shard-00 and `auto` with a path relative to the stub for shard-01.
  const std::string& mixed_stub() const { return mixed_stub_; }
  TcpServer& server(std::size_t i) { return *servers_.at(i); }
  const TempDir& dir() const { return dir_; }

  // Every way the corpus can be opened besides single(): the local shards, the remote ones, and
  // the mixed stub, each with a name for test messages.
  std::vector<std::pair<std::string, std::string>> sharded_views() const;

 private:
  TempDir dir_;
  std::string single_, sharded_, remote_stub_, mixed_stub_;
  std::vector<std::unique_ptr<TcpServer>> servers_;
};

// The cluster shared by the test cases of one test process (CTest runs each case on its own).
ShardCluster& shared_cluster();

}  // namespace ombud::test
