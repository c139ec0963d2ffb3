// Opening an ombud database: the default path, and the schema-version check both tools make.
#pragma once

#include <xapian.h>

#include <stdexcept>
#include <string>

namespace ombud {

// A database that cannot be used as asked: missing, of another schema version, locked.
// what() is a complete sentence for the user.
class DatabaseOpenError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// Another process holds the database's write lock.
class DatabaseLockedError : public DatabaseOpenError {
 public:
  using DatabaseOpenError::DatabaseOpenError;
};

// --db when given, else $OMBUD_DB, else ./ombud.db.
std::string default_database_path();

// Opens `path` read-only (a database directory or a stub file listing shards) and checks that
// it was written with this schema version.
Xapian::Database open_for_reading(const std::string& path);

// Opens or creates `path` for writing, records the schema version in a new database, and
// refuses one written with another version.
Xapian::WritableDatabase open_for_writing(const std::string& path);

}  // namespace ombud
