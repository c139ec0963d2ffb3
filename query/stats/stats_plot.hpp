// --plot FILE.svg / FILE.png: the table as a chart drawn by gnuplot (Debian's gnuplot-nox, which
// the benchmark already uses), titled with the query. It shows the first metric asked for: one
// field is a bar chart (horizontal bars, most first, so long council names stay readable; years as
// upright bars in year order); a field × year is a line per value of the field across the years;
// two other fields are clustered bars. The totals row is not drawn, nor, on a time axis, the
// decisions without a year.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "stats/stats_spec.hpp"
#include "stats/stats_table.hpp"

namespace ombud::stats {

// Throws QueryError unless `path` ends in .svg or .png (checked before any work is done).
void check_plot_path(const std::string& path);

// The gnuplot script that draws `table` into `path` (its terminal chosen by the extension).
// Throws QueryError when the extension is neither .svg nor .png, or there is nothing to draw.
std::string plot_script(const StatsTable& table, Metric metric, std::string_view query,
                        const std::string& path);

// Runs gnuplot on `script`. Throws std::runtime_error when gnuplot is missing or fails.
void run_gnuplot(const std::string& script);

}  // namespace ombud::stats
