#include "write/shard_set.hpp"

#include <fmt/format.h>

#include <filesystem>

#include "database.hpp"
#include "index_stamp.hpp"
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

// Whether `path` is a folder Xapian began to create a database in and was killed before it wrote
// iamglass (which it writes last, and which makes the database): only table files, the lock and
// temporary files. Nothing was committed there; anything else in a folder, and it is not this.
bool half_created_database(const std::string& path) {
  std::error_code ec;
  if (!fs::is_directory(path, ec) || fs::exists(fs::path(path) / "iamglass", ec) ||
      fs::is_empty(path, ec))
    return false;
  for (const fs::directory_entry& entry : fs::directory_iterator(path, ec)) {
    const std::string name = entry.path().filename().string();
    const bool xapian_file = name == "flintlock" || name.ends_with(".glass") ||
                             name.ends_with(".tmp") || name.ends_with(".glass.tmp");
    if (!entry.is_regular_file(ec) || !xapian_file) return false;
  }
  return true;
}

// Creates the sharded database `path` with `shards` shards (or finishes creating it) and returns
// the shards' paths. Shards first, stub last: a stub never names a shard that does not exist, and
// no decision is written before the stub (shard_folders_without_stub relies on it).
std::vector<std::string> create_shards(const std::string& path, std::size_t shards) {
  fs::create_directories(path);
  std::vector<std::string> names, paths;
  for (std::size_t i = 0; i < shards; ++i) {
    names.push_back(shard_folder_name(i));
    paths.push_back((fs::path(path) / names.back()).string());
  }
  for (const std::string& p : paths) {
    std::error_code ec;
    if (fs::exists(p, ec)) {
      // Left by a run killed while creating the shards: no decision was written into it (the
      // stub comes first), but Xapian may have been killed halfway through creating it.
      try {
        if (Xapian::Database(p).get_doccount() != 0) {
          throw DatabaseOpenError(fmt::format(
              "{} holds decisions but {} has no {} listing it: not a database ombud-index "
              "created; index into a new path",
              p, path, kStubFileName));
        }
      } catch (const Xapian::DatabaseError&) {
        fs::remove_all(p);  // half-created: made again below
      }
    }
    open_for_writing(p).commit();
  }
  write_stub(path, names);
  return paths;
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
  const std::vector<std::string> unfinished = shard_folders_without_stub(path);
  if (!paths.empty()) {
    if (shards != 0 && shards != paths.size()) {
      throw DatabaseOpenError(fmt::format(
          "{} has {} shards, not {}: index into a new database to change the number of shards",
          path, paths.size(), shards));
    }
  } else if (!unfinished.empty()) {
    // A `--shards N` run killed before its stub: without --shards N, Xapian would build a single
    // database over the shard folders.
    if (shards <= 1) throw DatabaseOpenError(unfinished_shards_message(path, unfinished));
    if (unfinished.size() > shards) {
      throw DatabaseOpenError(fmt::format(
          "{} holds {} shard folders from a cut-short `--shards` run: finish it with --shards {}",
          path, unfinished.size(), unfinished.size()));
    }
    paths = create_shards(path, shards);  // the empty shards there are opened, the rest made
  } else if (shards > 1) {
    std::error_code ec;
    if (fs::exists(path) && !fs::is_empty(path, ec)) {  // empty: killed right after creating it
      throw DatabaseOpenError(fmt::format(
          "{} is a single database: index into a new path to write {} shards", path, shards));
    }
    paths = create_shards(path, shards);
  } else {
    // A first run killed while Xapian created the database: Xapian cannot open what it left.
    if (half_created_database(path)) fs::remove_all(path);
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

void ShardSet::record_change_run(const std::string& stamp) {
  for (auto& w : writers_) w->database().set_metadata(std::string(kLastChangeRunKey), stamp);
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
