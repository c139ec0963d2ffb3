#include "write/shard_set.hpp"

#include <fmt/format.h>

#include <filesystem>

#include "database.hpp"
#include "stable_hash.hpp"
#include "stub_file.hpp"
#include "write/compaction.hpp"
#include "write/facet_column_writer.hpp"

namespace ombud {
namespace fs = std::filesystem;

namespace {

// The shard folders the stub of a sharded database at `path` lists, or empty when `path` is a
// single database (or does not exist yet).
std::vector<std::string> stub_shards(const std::string& path) {
  std::vector<std::string> shards;
  const auto lines = read_stub(fs::path(path) / kStubFileName);
  if (!lines) return shards;
  for (const StubLine& line : *lines) {
    if (line.kind == "auto" && !line.where.empty())
      shards.push_back((fs::path(path) / line.where).string());
  }
  return shards;
}

}  // namespace

std::size_t shard_of(const std::string& case_ref, std::size_t shards) {
  if (shards <= 1) return 0;
  return static_cast<std::size_t>(stable_hash(case_ref) % shards);
}

ShardSet::ShardSet(const std::string& path, std::size_t shards, std::size_t batch_size) {
  // A stub file (written for searching, maybe with remote shards): Xapian would write through
  // it, placing each decision by document number instead of by shard_of().
  if (fs::is_regular_file(path)) {
    throw DatabaseOpenError(fmt::format(
        "{} is a stub file: index into the sharded database's folder (the one holding {} and "
        "its shard-NN folders), on the machine that holds it",
        path, kStubFileName));
  }
  std::vector<std::string> paths = stub_shards(path);
  if (!paths.empty()) {
    if (shards != 0 && shards != paths.size()) {
      throw DatabaseOpenError(fmt::format(
          "{} has {} shards, not {}: index into a new database to change the number of shards",
          path, paths.size(), shards));
    }
  } else if (shards > 1) {
    if (fs::exists(path)) {
      throw DatabaseOpenError(fmt::format(
          "{} is a single database: index into a new path to write {} shards", path, shards));
    }
    fs::create_directories(path);
    std::vector<std::string> names;
    for (std::size_t i = 0; i < shards; ++i) {
      names.push_back(fmt::format("shard-{:02}", i));
      paths.push_back((fs::path(path) / names.back()).string());
    }
    // Shards first, stub last: a stub never names a shard that does not exist.
    for (const std::string& p : paths) open_for_writing(p).commit();
    write_stub(path, names);
  } else {
    paths.push_back(path);
  }
  for (const std::string& p : paths) {
    recover_interrupted_compaction(p);
    Xapian::WritableDatabase db = open_for_writing(p);
    databases_.push_back(db);
    writers_.push_back(std::make_unique<IndexWriter>(db, batch_size));
  }
  paths_ = paths;
}

void ShardSet::commit() {
  for (auto& w : writers_) w->commit();
  for (std::size_t i = 0; i < databases_.size(); ++i) write_facet_columns(databases_[i], paths_[i]);
}

Xapian::doccount ShardSet::doccount() const {
  Xapian::doccount n = 0;
  for (const auto& db : databases_) n += db.get_doccount();
  return n;
}

}  // namespace ombud
