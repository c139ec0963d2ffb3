#include "database.hpp"

#include <fmt/format.h>
#include <unistd.h>

#include <charconv>
#include <cmath>
#include <cstdlib>
#include <filesystem>
#include <fstream>

#include "schema.hpp"
#include "stub_file.hpp"

namespace ombud {
namespace fs = std::filesystem;
namespace {

// Stubs may list stubs; deeper than this, one most likely lists itself.
constexpr int kMaxStubDepth = 8;

// Xapian's single-file glass databases start with this.
constexpr std::string_view kSingleFileGlassMagic = "\x0f\x0dXapian Glass";

// `what` names the database or shard for the user; `reindex_path` is what to re-index.
void check_version(const Xapian::Database& db, const std::string& what,
                   const std::string& reindex_path) {
  const std::string key(schema::kSchemaVersionKey);
  const std::string found = db.get_metadata(key);
  const std::string wanted = std::to_string(schema::kSchemaVersion);
  if (found == wanted) return;
  if (found.empty() && db.get_doccount() == 0) return;  // new and empty: nothing to misread
  throw DatabaseOpenError(fmt::format(
      "{} was written with ombud schema version {}, and this ombud reads version {}: re-index "
      "it with `ombud-index --db {} FILES...` into a new database",
      what, found.empty() ? "(none)" : found, wanted, reindex_path));
}

std::string seconds_text(std::chrono::milliseconds t) {
  return fmt::format("{:g} s", static_cast<double>(t.count()) / 1000.0);
}

// Xapian names a remote shard "remote:tcp(HOST:PORT)" in an error's context.
std::string shard_from_context(const std::string& context) {
  constexpr std::string_view kTcp = "remote:tcp(";
  if (context.starts_with(kTcp) && context.ends_with(")"))
    return context.substr(kTcp.size(), context.size() - kTcp.size() - 1);
  return context.empty() ? std::string("a remote shard") : context;
}

// `path`, or the whole copy an `ombud-index --compact` stopped between its two renames left at
// PATH.before-compaction (the next indexer moves it back; until then it is the database).
std::string where_it_lies(const std::string& path) {
  std::error_code ec;
  if (fs::exists(path, ec)) return path;
  const std::string old = before_compaction_path(path);
  return fs::is_directory(old, ec) ? old : path;
}

// The first of the database folder at `path` and the files in it that this process may not
// write, or empty. (A folder that does not exist yet is created in its parent: that one counts.)
std::string unwritable_part(const std::string& path) {
  std::error_code ec;
  if (!fs::exists(path, ec)) {
    const fs::path parent = fs::absolute(path, ec).parent_path();
    return access(parent.c_str(), W_OK) == 0 ? std::string() : parent.string();
  }
  if (access(path.c_str(), W_OK) != 0) return path;
  if (!fs::is_directory(path, ec)) return {};
  for (const fs::directory_entry& file : fs::directory_iterator(path, ec)) {
    if (access(file.path().c_str(), W_OK) != 0) return file.path().string();
  }
  return {};
}

// Tells the user the truth when the database cannot be opened for writing because they may not
// write it, rather than Xapian's message, and so that --wait does not wait for a lock nobody holds.
void throw_if_unwritable(const std::string& path) {
  const std::string denied = unwritable_part(path);
  if (denied.empty()) return;
  const std::string what = denied == path
                               ? fmt::format("the database {}", path)
                               : fmt::format("{} (needed to write the database {})", denied, path);
  throw DatabaseOpenError(fmt::format(
      "permission denied: cannot write {}: index as a user who may write it, or search it as it is",
      what));
}

bool is_single_file_glass(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::string head(kSingleFileGlassMagic.size(), '\0');
  in.read(head.data(), static_cast<std::streamsize>(head.size()));
  return in && head == kSingleFileGlassMagic;
}

// Opens the shards of one --db path into one Xapian::Database.
class ShardOpener {
 public:
  ShardOpener(const std::string& top, const ReadOptions& options) : top_(top), options_(options) {}

  // Adds the database at `path` (a database folder, a stub folder or a stub file).
  void add(ReadDatabase& into, const fs::path& path, const std::string& what, int depth) {
    std::error_code ec;
    if (fs::is_directory(path, ec)) {
      const bool database_folder =
          fs::exists(path / "iamglass", ec) || fs::exists(path / "iamchert", ec);
      if (!database_folder && fs::exists(path / kStubFileName, ec))
        return add_stub(into, path / kStubFileName, depth);
      if (const auto shards = shard_folders_without_stub(path); !shards.empty())
        throw DatabaseOpenError(unfinished_shards_message(path.string(), shards));
    } else if (fs::is_regular_file(path, ec) && !is_single_file_glass(path)) {
      return add_stub(into, path, depth);
    }
    add_local(into, path, what, 0);
  }

 private:
  void add_local(ReadDatabase& into, const fs::path& path, const std::string& what, int backend) {
    Xapian::Database shard;
    try {
      shard = Xapian::Database(path.string(), backend);
    } catch (const Xapian::DatabaseOpeningError& e) {
      throw DatabaseOpenError(
          fmt::format("cannot open {} as an ombud database: {}", what, e.get_msg()));
    }
    check_version(shard, what, top_);
    into.add_shard({path.string(), shard});
  }

  void add_stub(ReadDatabase& into, const fs::path& stub, int depth) {
    if (depth >= kMaxStubDepth) {
      throw DatabaseOpenError(
          fmt::format("{}: stubs listing stubs go more than {} deep: does one list itself?",
                      stub.string(), kMaxStubDepth));
    }
    const auto lines = read_stub(stub);
    if (!lines) throw DatabaseOpenError(fmt::format("cannot read the stub {}", stub.string()));
    const fs::path folder = stub.parent_path();
    for (const StubLine& line : *lines) {
      const std::string where = fmt::format("{}:{}", stub.string(), line.number);
      const std::string& kind = line.kind;
      const std::string& rest = line.where;
      if (kind == "remote" && !rest.empty()) {
        add_remote(into, rest, where);
      } else if ((kind == "auto" || kind == "glass" || kind == "chert") && !rest.empty()) {
        fs::path shard = rest;
        if (shard.is_relative()) shard = folder / shard;  // as Xapian resolves it
        shard = where_it_lies(shard.string());
        std::error_code ec;
        if (!fs::exists(shard, ec)) {
          throw DatabaseOpenError(
              fmt::format("{}: the shard {} does not exist", where, shard.string()));
        }
        const std::string what = fmt::format("the shard {} ({})", shard.string(), where);
        if (kind == "auto")
          add(into, shard, what, depth + 1);
        else
          add_local(into, shard, what,
                    kind == "glass" ? Xapian::DB_BACKEND_GLASS : Xapian::DB_BACKEND_CHERT);
      } else {
        throw DatabaseOpenError(fmt::format(
            "{}: not a shard line: write `auto PATH` for a database on this machine or `remote "
            "HOST:PORT` for one served by xapian-tcpsrv",
            where));
      }
    }
  }

  void add_remote(ReadDatabase& into, const std::string& address, const std::string& where) {
    const auto timeout = static_cast<useconds_t>(options_.remote_timeout.count());
    std::string shown = address;
    Xapian::Database shard;
    try {
      if (address[0] == ':') {
        // A program speaking the remote protocol on its stdin and stdout (xapian-progsrv).
        const auto space = address.find(' ');
        const std::string program =
            address.substr(1, space == std::string::npos ? space : space - 1);
        const std::string args = space == std::string::npos ? "" : address.substr(space + 1);
        shown = program;
        shard = Xapian::Remote::open(program, args, timeout);
      } else {
        const auto [host, port] = host_and_port(address, where);
        shard = Xapian::Remote::open(host, port, timeout, timeout);
      }
      check_version(shard, fmt::format("the shard at {} ({})", shown, where), top_);
    } catch (const Xapian::NetworkTimeoutError&) {
      throw DatabaseOpenError(fmt::format(
          "the shard at {} ({}) did not answer within {}: is xapian-tcpsrv running there and the "
          "machine reachable? --remote-timeout or OMBUD_REMOTE_TIMEOUT gives it longer",
          shown, where, seconds_text(options_.remote_timeout)));
    } catch (const Xapian::NetworkError& e) {
      const char* reason = e.get_error_string();
      throw DatabaseOpenError(fmt::format(
          "the shard at {} ({}) cannot be reached: {}{}: is xapian-tcpsrv running there?", shown,
          where, e.get_msg(), reason && *reason ? fmt::format(" ({})", reason) : ""));
    }
    into.add_shard({std::string(), shard});
  }

  static std::pair<std::string, unsigned> host_and_port(const std::string& address,
                                                        const std::string& where) {
    const auto colon = address.rfind(':');
    unsigned port = 0;
    if (colon != std::string::npos && colon > 0) {
      const char* first = address.data() + colon + 1;
      const char* last = address.data() + address.size();
      const auto [end, ec] = std::from_chars(first, last, port);
      if (ec == std::errc() && end == last && first != last && port > 0 && port <= 65535) {
        std::string host = address.substr(0, colon);
        if (host.size() > 2 && host.front() == '[' && host.back() == ']')
          host = host.substr(1, host.size() - 2);  // [::1]:PORT
        return {host, port};
      }
    }
    throw DatabaseOpenError(fmt::format(
        "{}: '{}' is not HOST:PORT: write `remote 10.0.0.2:33333` (the port xapian-tcpsrv "
        "serves the shard on)",
        where, address));
  }

  std::string top_;
  ReadOptions options_;
};

}  // namespace

std::string unfinished_shards_message(const std::string& path,
                                      const std::vector<std::string>& shard_folders) {
  std::string names;
  for (const std::string& name : shard_folders) names += (names.empty() ? "" : ", ") + name;
  return fmt::format(
      "{} holds shard folders ({}) but no {} stub: an `ombud-index --shards N` run was cut short "
      "while creating it, before any decision was written. Run `ombud-index --db {} --shards N "
      "FILES...` again to finish it",
      path, names, kStubFileName, path);
}

std::string damaged_database_message(const std::string& path, const Xapian::Error& e) {
  return fmt::format(
      "the database {} is damaged ({}): run `ombud-index --check --db {}` to see where, then "
      "restore it from a copy, or re-index the folders into a new database",
      path, e.get_description(), path);
}

std::string compacting_path(const std::string& path) {
  return path + ".compacting";
}

std::string before_compaction_path(const std::string& path) {
  return path + ".before-compaction";
}

std::string default_database_path() {
  if (const char* env = std::getenv("OMBUD_DB"); env && *env) return env;
  return "ombud.db";
}

std::optional<std::chrono::milliseconds> parse_timeout_seconds(std::string_view seconds) {
  double value = 0;
  const char* last = seconds.data() + seconds.size();
  const auto [end, ec] = std::from_chars(seconds.data(), last, value);
  if (ec != std::errc() || end != last || seconds.empty() || !std::isfinite(value) || value <= 0 ||
      value > 24 * 3600)
    return std::nullopt;
  return std::chrono::milliseconds(std::max<long long>(1, std::llround(value * 1000)));
}

std::chrono::milliseconds default_remote_timeout() {
  const char* env = std::getenv("OMBUD_REMOTE_TIMEOUT");
  if (!env || !*env) return kDefaultRemoteTimeout;
  if (auto t = parse_timeout_seconds(env)) return *t;
  throw DatabaseOpenError(fmt::format(
      "OMBUD_REMOTE_TIMEOUT='{}' is not a number of seconds: set it to, say, 5 or 0.5", env));
}

ReadDatabase open_for_reading(const std::string& given, const ReadOptions& options) {
  const std::string path = where_it_lies(given);
  if (!fs::exists(path)) {
    throw DatabaseOpenError(fmt::format(
        "no database at {}: index some decisions first with `ombud-index --db {} FILES...`", path,
        path));
  }
  ReadDatabase db;
  ShardOpener(path, options).add(db, path, path, 0);
  // Xapian accepts a stub that lists nothing, and then every search fails with a message about
  // an uninitialised Database.
  if (db.size() == 0) {
    throw DatabaseOpenError(fmt::format(
        "{} lists no shards: write one a line, `auto PATH` or `remote HOST:PORT`", path));
  }
  return db;
}

Xapian::WritableDatabase open_for_writing(const std::string& path) {
  Xapian::WritableDatabase db;
  try {
    db = Xapian::WritableDatabase(path, Xapian::DB_CREATE_OR_OPEN);
  } catch (const Xapian::DatabaseLockError&) {
    throw_if_unwritable(path);  // Xapian says "Testing lock" of a lock file it may not open
    throw DatabaseLockedError(fmt::format(
        "{} is being written by another process (another ombud-index?): wait for it to finish, "
        "or run with --wait",
        path));
  } catch (const Xapian::DatabaseOpeningError& e) {
    throw_if_unwritable(path);
    throw DatabaseOpenError(fmt::format("cannot open {} for writing: {}", path, e.get_msg()));
  }
  check_version(db, path, path);
  if (db.get_metadata(std::string(schema::kSchemaVersionKey)).empty()) {
    db.set_metadata(std::string(schema::kSchemaVersionKey), std::to_string(schema::kSchemaVersion));
  }
  return db;
}

bool has_remote_shards(const ReadDatabase& db) {
  for (const ShardHandle& shard : db.shards())
    if (shard.path.empty()) return true;
  return false;
}

std::string network_error_message(const Xapian::NetworkError& e,
                                  std::chrono::milliseconds timeout) {
  const std::string shard = shard_from_context(e.get_context());
  // Xapian::Error has no virtual functions: the type name tells a timeout.
  if (std::string_view(e.get_type()) == "NetworkTimeoutError") {
    return fmt::format(
        "the shard at {} did not answer within {} during the search: is it overloaded or "
        "stopped? --remote-timeout or OMBUD_REMOTE_TIMEOUT gives it longer",
        shard, seconds_text(timeout));
  }
  const char* reason = e.get_error_string();
  return fmt::format(
      "the shard at {} stopped answering during the search: {}{}: is xapian-tcpsrv still running "
      "there?",
      shard, e.get_msg(), reason && *reason ? fmt::format(" ({})", reason) : "");
}

}  // namespace ombud
