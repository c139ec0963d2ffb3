#include "write/database_check.hpp"

#include <fmt/format.h>
#include <xapian.h>

#include <filesystem>
#include <sstream>
#include <vector>

#include "database.hpp"
#include "stub_file.hpp"

namespace ombud {
namespace fs = std::filesystem;
namespace {

struct Shards {
  std::vector<std::string> local;
  std::size_t remote = 0;
};

// The databases to check at `path`: itself, or the local shards its stub lists.
Shards shards_of(const std::string& path) {
  Shards shards;
  const fs::path stub = fs::is_directory(path) ? fs::path(path) / kStubFileName : fs::path(path);
  std::error_code ec;
  const bool is_stub =
      fs::is_regular_file(stub, ec) && !fs::exists(fs::path(path) / "iamglass", ec);
  const auto lines = is_stub ? read_stub(stub) : std::nullopt;
  if (!lines) {
    shards.local.push_back(path);
    return shards;
  }
  for (const StubLine& line : *lines) {
    if (line.kind == "remote") {
      ++shards.remote;
    } else {
      fs::path shard = line.where;
      if (shard.is_relative()) shard = stub.parent_path() / shard;
      shards.local.push_back(shard.string());
    }
  }
  return shards;
}

}  // namespace

CheckVerdict check_database(const std::string& given) {
  std::error_code ec;
  std::string path = given;
  std::string moved_note;
  if (!fs::exists(path, ec) && fs::is_directory(before_compaction_path(path), ec)) {
    // A compaction stopped between its renames: the database is whole under its old name.
    path = before_compaction_path(given);
    moved_note = fmt::format(
        "; it is at {} after a compaction was cut short, and the next ombud-index run moves it "
        "back",
        path);
  }
  if (!fs::exists(path, ec)) return {false, fmt::format("no database at {}", path)};
  const Shards shards = shards_of(path);
  std::vector<std::string> damage;
  for (const std::string& shard : shards.local) {
    std::ostringstream detail;  // Xapian's table-by-table report: not for the user
    try {
      const std::size_t errors = Xapian::Database::check(shard, 0, &detail);
      if (errors > 0)
        damage.push_back(fmt::format("{}: {} error{}", shard, errors, errors == 1 ? "" : "s"));
    } catch (const Xapian::Error& e) {
      damage.push_back(fmt::format("{}: {}", shard, e.get_description()));
    }
  }
  const std::string remote_note =
      shards.remote
          ? fmt::format(" ({} remote shard{} not checked: run xapian-check where {} lie{})",
                        shards.remote, shards.remote == 1 ? "" : "s",
                        shards.remote == 1 ? "it" : "they", shards.remote == 1 ? "s" : "")
          : std::string();
  if (damage.empty()) {
    return {true, fmt::format("{} passed Xapian's consistency check ({} database{}){}{}", given,
                              shards.local.size(), shards.local.size() == 1 ? "" : "s", remote_note,
                              moved_note)};
  }
  std::string list;
  for (const std::string& d : damage) list += (list.empty() ? "" : "; ") + d;
  return {false, fmt::format("{} is damaged: {}. Restore it from a copy, or re-index the folders "
                             "into a new database with `ombud-index --db NEW FOLDERS...`{}",
                             given, list, remote_note + moved_note)};
}

}  // namespace ombud
