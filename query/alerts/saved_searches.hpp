// The saved searches of ombud-alerts: a JSON file beside the database (PATH.alerts.json), or the
// user's own (--file). Each search has a name, its query, and how far it has reported: the start
// of the last whole index run it has seen (an index stamp, index_stamp.hpp). The file is read
// once and written once per command, whole or not at all (atomic_file.hpp), under a lock held
// for the command, so two commands never interleave their changes and a killed run leaves the
// file as it was.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ombud {

struct SavedSearch {
  std::string name;
  std::string query;
  std::string seen;      // index stamp of the last run reported; empty: none yet
  std::string last_ran;  // ISO time (UTC) it last ran, or empty
};

// PATH.alerts.json for the database at PATH.
std::string default_alerts_file(const std::string& db_path);

// Names are what a user types on a command line and in cron: letters, digits, '.', '_', '-'.
// Throws std::runtime_error saying what a name may hold.
void check_search_name(std::string_view name);

class SavedSearches {
 public:
  // Locks `path` (through PATH.lock, waiting for another ombud-alerts) and reads it; a missing
  // file is no saved searches. Throws std::runtime_error naming the file when it cannot be read.
  explicit SavedSearches(std::string path);
  ~SavedSearches();
  SavedSearches(const SavedSearches&) = delete;
  SavedSearches& operator=(const SavedSearches&) = delete;

  std::vector<SavedSearch>& searches() { return searches_; }
  SavedSearch* find(std::string_view name);
  // Throws std::runtime_error for a name not saved, listing the names that are.
  SavedSearch& need(std::string_view name);
  // "kent, surrey-upheld" or "(none)".
  std::string names() const;
  const std::string& path() const { return path_; }

  // Writes the searches back, atomically.
  void save() const;

 private:
  std::string path_;
  int lock_fd_ = -1;
  std::vector<SavedSearch> searches_;
};

}  // namespace ombud
