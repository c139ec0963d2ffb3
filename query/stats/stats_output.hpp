// ombud-stats' three outputs of one table: aligned columns for a terminal (percentages and pounds
// written out), CSV for spreadsheets (a header, a row per group, the totals last) and JSON lines
// (an object per group with the grouping fields under their query names, then {"total": {...}}).
// Only the metrics asked for are shown; the grouping fields always are.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "stats/stats_spec.hpp"
#include "stats/stats_table.hpp"

namespace ombud::stats {

// A row's value of a field as a person reads it: the value, "(none)" or "(other)".
std::string group_label(const GroupValue& value);

// A line saying what was counted, then the table, the totals last.
std::string format_stats_human(const StatsTable& table, const std::vector<Metric>& metrics,
                               std::string_view query);

// RFC 4180, CRLF line ends, as ombud-search --csv. Grouping values as group_label() writes them;
// the totals row says "(total)" in the first grouping column; amounts in pounds (500, 5384.99);
// uphold_rate a fraction; an undefined metric an empty field.
std::string format_stats_csv(const StatsTable& table, const std::vector<Metric>& metrics);

// One object a line: grouping values (a year as a number; (none) as null; "(other)"), the
// metrics (amounts in pounds, uphold_rate a fraction, null when undefined); then {"total": {...}}.
std::string format_stats_json(const StatsTable& table, const std::vector<Metric>& metrics);

}  // namespace ombud::stats
