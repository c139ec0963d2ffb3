// Opening an ombud database: the default path, the schema-version check both tools make, and the
// shards a stub lists (local folders, or remote ones served by xapian-tcpsrv) opened with a time
// limit, so that a shard that does not answer is an error naming it rather than a hang.
#pragma once

#include <xapian.h>

#include <chrono>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace ombud {

// A database that cannot be used as asked: missing, of another schema version, locked, or a
// shard of it that cannot be reached. what() is a complete sentence for the user.
class DatabaseOpenError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// Another process holds the database's write lock.
class DatabaseLockedError : public DatabaseOpenError {
 public:
  using DatabaseOpenError::DatabaseOpenError;
};

// How long a remote shard may take to accept the connection, and then to answer each request.
inline constexpr std::chrono::milliseconds kDefaultRemoteTimeout{5000};

struct ReadOptions {
  std::chrono::milliseconds remote_timeout = kDefaultRemoteTimeout;
};

// One shard of a database opened for reading: where it is on this machine (empty for a remote
// shard) and a handle on it alone, which shares the snapshot (and reopen()) of the whole.
struct ShardHandle {
  std::string path;
  Xapian::Database db;
};

// A database opened for reading, with its shards in Xapian's order (document n of shard i of N
// is document (n - 1) * N + i + 1 of the whole): the searcher reads files ombud-index keeps
// beside each local shard. It converts to a plain Xapian::Database wherever one is wanted.
class ReadDatabase : public Xapian::Database {
 public:
  const std::vector<ShardHandle>& shards() const { return shards_; }
  void add_shard(ShardHandle shard) {
    add_database(shard.db);
    shards_.push_back(std::move(shard));
  }

 private:
  std::vector<ShardHandle> shards_;
};

// Where `ombud-index --compact` writes the compacted copy of the database at `path`, and where
// it moves the old one before moving the copy in (indexer/write/compaction.hpp). Between the two
// renames the database is only at before_compaction_path(): search reads it there.
std::string compacting_path(const std::string& path);
std::string before_compaction_path(const std::string& path);

// What to tell the user of a folder `path` holding `shard_folders` but no stub (a cut-short
// `--shards N` run, shard_folders_without_stub): search says it, and the indexer without --shards.
std::string unfinished_shards_message(const std::string& path,
                                      const std::vector<std::string>& shard_folders);

// The sentence for a Xapian::DatabaseCorruptError met while opening or reading the database at
// `path`: names it, says it is damaged, and what to do.
std::string damaged_database_message(const std::string& path, const Xapian::Error& e);

// --db when given, else $OMBUD_DB, else ./ombud.db.
std::string default_database_path();

// "2.5" (seconds) as milliseconds, or nullopt unless it is a number of seconds above zero.
std::optional<std::chrono::milliseconds> parse_timeout_seconds(std::string_view seconds);

// $OMBUD_REMOTE_TIMEOUT (seconds) when set, else kDefaultRemoteTimeout. Throws
// DatabaseOpenError when it is set to something else than a number of seconds.
std::chrono::milliseconds default_remote_timeout();

// Opens `path` read-only and checks that every part of it was written with this schema version.
// `path` is a database folder, a folder with a Xapian stub (XAPIANDB), or a stub file. A stub
// lists one shard a line, as Xapian reads it: `auto PATH` (relative to the stub's folder; itself
// a database or another stub), `glass PATH`, `chert PATH`, `remote HOST:PORT` (served by
// `xapian-tcpsrv --port PORT`) or `remote :PROGRAM ARGS`; `#` starts a comment line. Remote
// shards are opened with options.remote_timeout for connecting and for each answer.
// Throws DatabaseOpenError, naming the stub line and the shard that failed.
ReadDatabase open_for_reading(const std::string& path, const ReadOptions& options = {});

// Opens or creates `path` for writing, records the schema version in a new database, and
// refuses one written with another version.
Xapian::WritableDatabase open_for_writing(const std::string& path);

// True when a shard of `db` is remote: open_for_reading read the stub line of each shard, so it
// knows. (Not Database::locked(), which tells a remote shard by throwing UnimplementedError but
// opens each local shard's lock file for writing: a database the user cannot write then could
// not be searched.)
bool has_remote_shards(const ReadDatabase& db);

// The sentence for a Xapian::NetworkError thrown while searching (a remote shard stopped, or took
// longer than `timeout` to answer), naming the shard from the error's context.
std::string network_error_message(const Xapian::NetworkError& e, std::chrono::milliseconds timeout);

}  // namespace ombud
