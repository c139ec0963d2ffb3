// When an index run happened, as ombud records it: in the added: and changed: value slots of each
// decision and in the database's metadata (the last run, and the last run that changed anything).
// A stamp is the run's start time in UTC as "YYYYMMDDHHMMSSffffff" (microseconds): string order is
// time order, and its first eight digits are the date: slot's encoding, so a date range is a
// prefix range. Microseconds, because two runs a second apart (a script, a test) must differ.
#pragma once

#include <chrono>
#include <string>
#include <string_view>

namespace ombud {

// The start time of the last index run that completed having added, replaced or removed a
// decision, in every shard: added:last, and how far ombud-alerts may report. A run that changes
// nothing writes nothing, not even this (re-indexing the same files leaves the database as it is).
inline constexpr std::string_view kLastChangeRunKey = "ombud:last_change_run";

std::string index_stamp(std::chrono::system_clock::time_point t);

// "2026-12-07T17:01:03.619747Z" for a stamp (ISO 8601, UTC, to the microsecond: two runs can
// fall in one second); empty for an empty or malformed stamp.
std::string stamp_iso(std::string_view stamp);

}  // namespace ombud
