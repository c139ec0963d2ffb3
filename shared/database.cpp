#include "database.hpp"

#include <fmt/format.h>

#include <cstdlib>
#include <filesystem>

#include "schema.hpp"

namespace ombud {
namespace {

void check_version(const Xapian::Database& db, const std::string& path) {
  const std::string key(schema::kSchemaVersionKey);
  const std::string found = db.get_metadata(key);
  const std::string wanted = std::to_string(schema::kSchemaVersion);
  if (found == wanted) return;
  if (found.empty() && db.get_doccount() == 0) return;  // new and empty: nothing to misread
  throw DatabaseOpenError(fmt::format(
      "{} was written with ombud schema version {}, and this ombud reads version {}: re-index "
      "it with `ombud-index --db {} FILES...` into a new database",
      path, found.empty() ? "(none)" : found, wanted, path));
}

}  // namespace

std::string default_database_path() {
  if (const char* env = std::getenv("OMBUD_DB"); env && *env) return env;
  return "ombud.db";
}

Xapian::Database open_for_reading(const std::string& path) {
  if (!std::filesystem::exists(path)) {
    throw DatabaseOpenError(fmt::format(
        "no database at {}: index some decisions first with `ombud-index --db {} FILES...`", path,
        path));
  }
  Xapian::Database db;
  try {
    db = Xapian::Database(path);
  } catch (const Xapian::DatabaseOpeningError& e) {
    throw DatabaseOpenError(
        fmt::format("cannot open {} as an ombud database: {}", path, e.get_msg()));
  }
  check_version(db, path);
  return db;
}

Xapian::WritableDatabase open_for_writing(const std::string& path) {
  Xapian::WritableDatabase db;
  try {
    db = Xapian::WritableDatabase(path, Xapian::DB_CREATE_OR_OPEN);
  } catch (const Xapian::DatabaseLockError&) {
    throw DatabaseLockedError(fmt::format(
        "{} is being written by another process (another ombud-index?): wait for it to finish, "
        "or run with --wait",
        path));
  } catch (const Xapian::DatabaseOpeningError& e) {
    throw DatabaseOpenError(fmt::format("cannot open {} for writing: {}", path, e.get_msg()));
  }
  check_version(db, path);
  if (db.get_metadata(std::string(schema::kSchemaVersionKey)).empty()) {
    db.set_metadata(std::string(schema::kSchemaVersionKey), std::to_string(schema::kSchemaVersion));
  }
  return db;
}

}  // namespace ombud
