#include "write/file_registry.hpp"

#include <charconv>
#include <functional>
#include <string_view>

#include "stable_hash.hpp"

namespace ombud {
namespace {

// Metadata keys are limited in length, so the key is a hash of the path and the path itself is
// kept in the value: "size mtime_ns case_ref path".
constexpr std::string_view kKeyPrefix = "ombud:file:";

std::string key_for(const std::string& path) {
  const std::uint64_t h = stable_hash(path);
  char hex[17];
  auto [end, ec] = std::to_chars(hex, hex + 16, h, 16);
  (void)ec;
  return std::string(kKeyPrefix) + std::string(hex, end);
}

std::optional<std::pair<std::string, FileRecord>> parse(std::string_view value) {
  FileRecord r;
  auto next_field = [&](std::string_view& field) {
    auto space = value.find(' ');
    if (space == std::string_view::npos) return false;
    field = value.substr(0, space);
    value.remove_prefix(space + 1);
    return true;
  };
  std::string_view size, mtime, ref;
  if (!next_field(size) || !next_field(mtime) || !next_field(ref)) return std::nullopt;
  if (std::from_chars(size.data(), size.data() + size.size(), r.size).ec != std::errc() ||
      std::from_chars(mtime.data(), mtime.data() + mtime.size(), r.mtime_ns).ec != std::errc())
    return std::nullopt;
  r.case_ref = std::string(ref);
  return std::make_pair(std::string(value), r);
}

}  // namespace

FileRegistry::FileRegistry(const std::vector<Xapian::Database>& shards) {
  const std::string prefix(kKeyPrefix);
  std::vector<std::string> doubled;
  for (const Xapian::Database& db : shards) {
    for (auto it = db.metadata_keys_begin(prefix); it != db.metadata_keys_end(prefix); ++it) {
      auto parsed = parse(db.get_metadata(*it));
      if (parsed && !records_.insert(*parsed).second) doubled.push_back(parsed->first);
    }
  }
  for (const std::string& path : doubled) records_.erase(path);
}

const FileRecord* FileRegistry::find(const std::string& path) const {
  auto it = records_.find(path);
  return it == records_.end() ? nullptr : &it->second;
}

void FileRegistry::for_each(
    const std::function<void(const std::string&, const FileRecord&)>& fn) const {
  for (const auto& [path, record] : records_) fn(path, record);
}

void FileRegistry::record(Xapian::WritableDatabase& db, const std::string& path,
                          const FileRecord& r) {
  db.set_metadata(key_for(path), std::to_string(r.size) + ' ' + std::to_string(r.mtime_ns) + ' ' +
                                     r.case_ref + ' ' + path);
}

void FileRegistry::forget(Xapian::WritableDatabase& db, const std::string& path) {
  db.set_metadata(key_for(path), std::string());
}

}  // namespace ombud
