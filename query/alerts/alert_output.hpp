// What ombud-alerts run prints for one saved search: for people, a heading and a line per new
// decision; with --json, one object per new decision (the search's name, whether it was added or
// replaced, and every fact ombud-search --json gives, without rank, score and snippet).
#pragma once

#include <string>
#include <vector>

#include "alerts/alert_window.hpp"
#include "alerts/saved_searches.hpp"

namespace ombud {

// "kent-children: 2 new decisions since 2026-12-07T17:15:20Z (query: council:kent)", then one
// line per hit: "  added     24-010-138  2024-03-01  Kent County Council  upheld  PATH".
std::string format_alert_human(const SavedSearch& search, const AlertWindow& window,
                               const std::vector<AlertHit>& hits);

std::string format_alert_json(const SavedSearch& search, const std::vector<AlertHit>& hits);

}  // namespace ombud
