// What the database remembers about the files it was built from, so that a weekly re-run skips
// files that have not changed without reading them, and --prune can remove decisions whose file
// is gone. Kept as Xapian metadata, so it is committed in the same transaction as the documents
// it describes: a killed indexer can never leave the two out of step.
#pragma once

#include <xapian.h>

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

namespace ombud {

struct FileRecord {
  std::uintmax_t size = 0;
  std::int64_t mtime_ns = 0;
  std::string case_ref;

  bool same_file_state(const FileRecord& other) const {
    return size == other.size && mtime_ns == other.mtime_ns;
  }
};

class FileRegistry {
 public:
  // Loads every record of the databases (the shards of one index) into memory, about 100 bytes
  // a file: the walk looks files up from another thread than the writer, and Xapian objects are
  // not shared between threads. A file recorded in two shards (its decision moved, and the run
  // that moved it was killed between two shard commits) is left out, so it is read again.
  explicit FileRegistry(const std::vector<Xapian::Database>& shards);

  // The record of `path` (absolute) as loaded at start, or nullopt.
  const FileRecord* find(const std::string& path) const;

  // Whether no file was recorded at start.
  bool empty() const { return records_.empty(); }

  // Calls fn for each record loaded at start.
  void for_each(const std::function<void(const std::string& path, const FileRecord&)>& fn) const;

  // Writes or removes the record of `path` in `db` (pending until the next commit).
  static void record(Xapian::WritableDatabase& db, const std::string& path, const FileRecord& r);
  static void forget(Xapian::WritableDatabase& db, const std::string& path);

 private:
  std::unordered_map<std::string, FileRecord> records_;
};

}  // namespace ombud
