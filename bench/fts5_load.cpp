// ombud-bench-fts5-load: the SQLite FTS5 baseline. The text of each file goes into an FTS5 table
// (porter unicode61, content stored, so snippet() works); the facts a user would filter and
// count on go into an ordinary table with the same rowid, indexed at the end. One transaction
// per 1,000 documents, as the Xapian indexers commit. SQLite's default durability settings are
// kept, as Xapian's commits keep theirs.
#include <fmt/format.h>
#include <sqlite3.h>

#include <cstdio>
#include <exception>
#include <filesystem>
#include <string>

#include "manifest.hpp"
#include "sqlite_handle.hpp"

namespace {

constexpr int kCommitEvery = 1000;

void bind_text(sqlite3_stmt* stmt, int column, const std::string& value) {
  if (value.empty())
    sqlite3_bind_null(stmt, column);
  else
    sqlite3_bind_text(stmt, column, value.data(), static_cast<int>(value.size()), SQLITE_STATIC);
}

void step_done(sqlite3* db, sqlite3_stmt* stmt) {
  if (sqlite3_step(stmt) != SQLITE_DONE)
    throw std::runtime_error(std::string("SQLite: ") + sqlite3_errmsg(db));
  sqlite3_reset(stmt);
  sqlite3_clear_bindings(stmt);
}

}  // namespace

int main(int argc, char** argv) try {
  using ombud::bench::exec;
  if (argc != 3) {
    std::fprintf(stderr, "usage: ombud-bench-fts5-load MANIFEST DB\n");
    return 2;
  }
  const auto entries = ombud::bench::read_manifest(argv[1]);
  std::filesystem::remove(argv[2]);
  auto db = ombud::bench::open_sqlite(argv[2], SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
  exec(db.get(), "CREATE VIRTUAL TABLE docs USING fts5(body, tokenize='porter unicode61')");
  exec(db.get(),
       "CREATE TABLE meta(id INTEGER PRIMARY KEY, case_ref TEXT, council TEXT, category TEXT, "
       "outcome TEXT, date TEXT, year INTEGER, paid REAL)");
  auto insert_doc = ombud::bench::prepare(db.get(), "INSERT INTO docs(rowid, body) VALUES(?, ?)");
  auto insert_meta =
      ombud::bench::prepare(db.get(), "INSERT INTO meta VALUES(?, ?, ?, ?, ?, ?, ?, ?)");

  std::size_t bytes = 0;
  sqlite3_int64 rowid = 0;
  int pending = 0;
  exec(db.get(), "BEGIN");
  for (const auto& e : entries) {
    const std::string text = ombud::bench::read_file(e.path);
    bytes += text.size();
    ++rowid;
    sqlite3_bind_int64(insert_doc.get(), 1, rowid);
    sqlite3_bind_text(insert_doc.get(), 2, text.data(), static_cast<int>(text.size()),
                      SQLITE_STATIC);
    step_done(db.get(), insert_doc.get());

    sqlite3_stmt* m = insert_meta.get();
    sqlite3_bind_int64(m, 1, rowid);
    bind_text(m, 2, e.case_ref);
    bind_text(m, 3, e.council);
    bind_text(m, 4, e.category);
    bind_text(m, 5, e.outcome);
    bind_text(m, 6, e.date);
    if (e.year.empty())
      sqlite3_bind_null(m, 7);
    else
      sqlite3_bind_int(m, 7, std::stoi(e.year));
    sqlite3_bind_double(m, 8, e.paid);
    step_done(db.get(), m);

    if (++pending == kCommitEvery) {
      exec(db.get(), "COMMIT");
      exec(db.get(), "BEGIN");
      pending = 0;
    }
  }
  exec(db.get(), "COMMIT");
  // Indexes for the filters and the date sort, built once at the end as a bulk load would.
  for (const char* column : {"council", "category", "outcome", "date", "year", "paid"})
    exec(db.get(), fmt::format("CREATE INDEX meta_{0} ON meta({0})", column));
  fmt::print("ombud-bench-fts5-load: {} documents, {:.1f} MB\n", rowid,
             static_cast<double>(bytes) / 1e6);
  return 0;
} catch (const std::exception& e) {
  std::fprintf(stderr, "ombud-bench-fts5-load: %s\n", e.what());
  return 2;
}
