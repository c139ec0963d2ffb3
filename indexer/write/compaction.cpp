#include "write/compaction.hpp"

#include <xapian.h>

#include <filesystem>

#include "write/facet_column_writer.hpp"

namespace ombud {
namespace fs = std::filesystem;

namespace {
std::string compacting_path(const std::string& path) {
  return path + ".compacting";
}
std::string old_path(const std::string& path) {
  return path + ".before-compaction";
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
  recover_interrupted_compaction(path);
  const std::string fresh = compacting_path(path);
  {
    Xapian::Database db(path);
    db.compact(fresh, Xapian::DBCOMPACT_NO_RENUMBER);
  }
  fs::rename(path, old_path(path));
  fs::rename(fresh, path);
  fs::remove_all(old_path(path));
  // A compacted database is a new one (another UUID): its facet columns are written again.
  write_facet_columns(Xapian::Database(path), path);
}

}  // namespace ombud
