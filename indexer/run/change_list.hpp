// The change list of an index run (--changes, --verbose): one entry per decision the run added,
// replaced or removed, in the order the run applied them (walk order, then the removals), the
// same whatever --jobs is. Unchanged files are not listed.
#pragma once

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace ombud {

struct ChangeEntry {
  std::string case_ref;
  std::string action;  // "added", "replaced" or "removed"
  std::string path;    // the file it was read from (for a removed one: the file it was read from)
  std::string organisation, outcome;
};

// {"case_ref", "action", "path", "organisation", "outcome"}.
nlohmann::ordered_json change_json(const ChangeEntry& entry);

// "added    24-010-138  Surrey County Council (upheld)  PATH": --verbose's line.
std::string change_text(const ChangeEntry& entry);

// Writes one JSON line per entry to `target`: "-" is stdout; a file is written in full beside
// itself, flushed to disk and renamed over `target`, so a reader (or a killed run) never sees
// half a list. Throws std::runtime_error naming the file when it cannot be written.
void write_change_list(const std::string& target, const std::vector<ChangeEntry>& entries);

}  // namespace ombud
