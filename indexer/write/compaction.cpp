#include "write/compaction.hpp"

#include <xapian.h>

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <thread>

#include "database.hpp"
#include "write/facet_column_writer.hpp"

namespace ombud {
namespace fs = std::filesystem;

namespace {
std::string old_path(const std::string& path) {
  return before_compaction_path(path);
}

// Test hook: with OMBUD_TEST_PAUSE_COMPACTION=DIR, the swap stops between its two renames (the
// database is then only at PATH.before-compaction), creates DIR/paused and goes on once
// DIR/resume exists. The fault tests use it to run a second indexer and a search at exactly that
// moment, without sleeping and hoping.
void pause_for_test() {
  const char* dir = std::getenv("OMBUD_TEST_PAUSE_COMPACTION");
  if (!dir || !*dir) return;
  std::ofstream(fs::path(dir) / "paused") << "paused\n";
  std::error_code ec;
  while (!fs::exists(fs::path(dir) / "resume", ec))
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
}
}  // namespace

void recover_interrupted_compaction(const std::string& path) {
  std::error_code ec;
  if (!fs::exists(path, ec) && fs::exists(old_path(path), ec)) {
    fs::rename(old_path(path), path);  // died between the two renames: the old one is whole
  }
  fs::remove_all(compacting_path(path), ec);  // a half-written copy is worth nothing
  if (fs::exists(path, ec)) fs::remove_all(old_path(path), ec);
}

void compact_in_place(const std::string& path) {
  compact_in_place(path, {path});
}

void compact_in_place(const std::string& path, const std::vector<std::string>& sources) {
  recover_interrupted_compaction(path);
  const std::string fresh = compacting_path(path);
  try {
    {
      Xapian::Database db;
      for (const std::string& source : sources) db.add_database(Xapian::Database(source));
      db.compact(fresh, Xapian::DBCOMPACT_NO_RENUMBER);
    }
    fs::rename(path, old_path(path));
    pause_for_test();
    fs::rename(fresh, path);
  } catch (...) {
    // A full disk, say: put the database back as it was and drop the half-written copy now,
    // rather than leave both for the next run.
    std::error_code ec;
    if (!fs::exists(path, ec) && fs::exists(old_path(path), ec))
      fs::rename(old_path(path), path, ec);
    fs::remove_all(fresh, ec);
    throw;
  }
  fs::remove_all(old_path(path));
  // A compacted database is a new one (another UUID): its facet columns are written again.
  write_facet_columns(Xapian::Database(path), path);
}

}  // namespace ombud
