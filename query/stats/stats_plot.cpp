#include "stats/stats_plot.hpp"

#include <fmt/format.h>
#include <sys/wait.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <map>
#include <optional>
#include <stdexcept>

#include "parse/query_error.hpp"
#include "stats/stats_output.hpp"

namespace ombud::stats {
namespace {

using schema::FieldId;

// A string in a gnuplot double-quoted string (backslash escapes are read there).
std::string quoted(std::string_view text) {
  std::string out = "\"";
  for (char c : text) {
    if (c == '"' || c == '\\') out += '\\';
    if (c == '\n') c = ' ';
    out += c;
  }
  return out + "\"";
}

// A file name in a gnuplot single-quoted string (nothing is escaped there but the quote itself).
std::string single_quoted(std::string_view text) {
  std::string out = "'";
  for (char c : text) out += c == '\'' ? std::string("''") : std::string(1, c);
  return out + "'";
}

// The value drawn for a metric: counts, a percentage, pounds; nullopt when undefined.
std::optional<double> plotted(const Summary& s, Metric m) {
  switch (m) {
    case Metric::kDecisions:
      return s.decisions;
    case Metric::kUpheld:
      return s.upheld;
    case Metric::kNotUpheld:
      return s.not_upheld;
    case Metric::kClosed:
      return s.closed;
    case Metric::kUpholdRate:
      if (!s.uphold_rate) return std::nullopt;
      return *s.uphold_rate * 100.0;
    case Metric::kPaidDecisions:
      return s.paid_decisions;
    case Metric::kPaidTotal:
      return static_cast<double>(s.paid_total) / 100.0;
    case Metric::kPaidMedian:
      if (!s.paid_median) return std::nullopt;
      return *s.paid_median / 100.0;
    case Metric::kPaidMax:
      if (!s.paid_max) return std::nullopt;
      return static_cast<double>(*s.paid_max) / 100.0;
  }
  return std::nullopt;
}

std::string number(std::optional<double> v) {
  return v ? fmt::format("{}", *v) : "?";  // '?' is declared the missing-data mark
}

std::string axis_label(Metric m) {
  switch (m) {
    case Metric::kUpholdRate:
      return "uphold rate (%): upheld / (upheld + not upheld)";
    case Metric::kPaidTotal:
    case Metric::kPaidMedian:
    case Metric::kPaidMax:
      return std::string(metric_name(m)) + " (£)";
    default:
      return std::string(metric_name(m));
  }
}

// A grid of the two fields as a gnuplot data block: rows the values of field `r`, columns those
// of field `c` (a column with nothing to draw is left out: gnuplot warns about it).
struct Grid {
  std::string block;
  std::size_t columns = 0;
};

Grid grid_block(const StatsTable& table, Metric metric, std::size_t r, std::size_t c,
                bool skip_undated_rows) {
  const std::vector<GroupValue>& rows = table.values[r];
  const std::vector<GroupValue>& cols = table.values[c];
  // A missing pair has no decisions: 0 of a count, undefined for a rate or an amount's median.
  const bool counts =
      metric != Metric::kUpholdRate && metric != Metric::kPaidMedian && metric != Metric::kPaidMax;
  std::vector<std::vector<std::optional<double>>> cell(
      rows.size(), std::vector<std::optional<double>>(
                       cols.size(), counts ? std::optional<double>(0) : std::nullopt));
  for (const Row& row : table.rows) {
    const auto ri = std::find(rows.begin(), rows.end(), row.group[r]) - rows.begin();
    const auto ci = std::find(cols.begin(), cols.end(), row.group[c]) - cols.begin();
    cell[static_cast<std::size_t>(ri)][static_cast<std::size_t>(ci)] = plotted(row.metrics, metric);
  }
  const auto shown = [&](std::size_t i) {
    return !skip_undated_rows || rows[i].kind == GroupValue::Kind::kValue;
  };
  std::vector<std::size_t> kept;
  for (std::size_t j = 0; j < cols.size(); ++j)
    for (std::size_t i = 0; i < rows.size(); ++i)
      if (shown(i) && cell[i][j]) {
        kept.push_back(j);
        break;
      }
  Grid grid;
  grid.columns = kept.size();
  grid.block = quoted(schema::field(table.fields[r]).name);
  for (std::size_t j : kept) grid.block += " " + quoted(group_label(cols[j]));
  grid.block += "\n";
  for (std::size_t i = 0; i < rows.size(); ++i) {
    if (!shown(i)) continue;
    // Years are the x axis of a line chart: numbers, not quoted labels.
    grid.block += table.fields[r] == FieldId::kYear ? rows[i].value : quoted(group_label(rows[i]));
    for (std::size_t j : kept) grid.block += " " + number(cell[i][j]);
    grid.block += "\n";
  }
  return grid;
}

bool ends_with(const std::string& path, std::string_view ext) {
  return path.size() > ext.size() && path.compare(path.size() - ext.size(), ext.size(), ext) == 0;
}

}  // namespace

void check_plot_path(const std::string& path) {
  if (!ends_with(path, ".svg") && !ends_with(path, ".png"))
    throw QueryError(
        fmt::format("--plot: '{}' must end in .svg or .png (the chart's format)", path));
}

std::string plot_script(const StatsTable& table, Metric metric, std::string_view query,
                        const std::string& path) {
  check_plot_path(path);
  if (table.fields.empty())
    throw QueryError("--plot needs --by: a chart shows one or two fields, e.g. --by council");
  if (table.rows.empty())
    throw QueryError("--plot: no decision matches the query, so there is nothing to draw");
  if (std::none_of(table.rows.begin(), table.rows.end(),
                   [&](const Row& row) { return plotted(row.metrics, metric).has_value(); }))
    throw QueryError(
        fmt::format("--plot: {} is undefined for every group, so there is nothing to draw",
                    metric_name(metric)));
  const std::size_t bars = table.rows.size();
  // The year field of a two-field chart (drawn as lines, without undated rows), else 2.
  const std::size_t year = table.fields.size() < 2             ? 2
                           : table.fields[0] == FieldId::kYear ? 0
                           : table.fields[1] == FieldId::kYear ? 1
                                                               : 2;
  // Small counts get a tick per whole number, not halves.
  double largest = 0;
  for (const Row& row : table.rows)
    if (year == 2 || row.group[year].kind == GroupValue::Kind::kValue)
      largest = std::max(largest, plotted(row.metrics, metric).value_or(0));
  const bool whole = metric != Metric::kUpholdRate && metric != Metric::kPaidTotal &&
                     metric != Metric::kPaidMedian && metric != Metric::kPaidMax;
  const std::string value_tics = whole && largest <= 10 ? "1" : "autofreq";
  const bool one_field = table.fields.size() == 1;
  const bool horizontal = one_field && table.fields[0] != FieldId::kYear;
  const int height =
      horizontal ? static_cast<int>(std::max<std::size_t>(420, 110 + 24 * bars)) : 600;
  std::string s;
  if (ends_with(path, ".svg")) {
    s += fmt::format(
        "set terminal svg size 1000,{} dynamic font 'DejaVu Sans,13' background "
        "'white'\n",
        height);
  } else {
    s += fmt::format("set terminal pngcairo size 1000,{} font 'DejaVu Sans,11'\n", height);
  }
  s += "set output " + single_quoted(path) + "\n";
  s += "set termoption noenhanced\n";  // names may hold _ ^ { } and must print as typed
  s += "set datafile missing '?'\n";
  std::string fields;
  for (FieldId id : table.fields)
    fields += (fields.empty() ? "" : " × ") + std::string(schema::field(id).name);
  s += "set title " +
       quoted(fmt::format(
           "{} by {}: {}", metric_name(metric), fields,
           query.empty() ? std::string("every decision") : fmt::format("'{}'", query))) +
       "\n";
  s += "set style fill solid 0.85 border -1\nset grid xtics ytics lc rgb '#dddddd'\n";
  s += "set border 3\nset tics nomirror\n";

  if (one_field) {
    s += "$data << EOD\n";
    for (const Row& row : table.rows)
      s += quoted(group_label(row.group[0])) + " " + number(plotted(row.metrics, metric)) + "\n";
    s += "EOD\nunset key\n";
    if (horizontal) {
      // Bar i at y = i, the first (largest) at the top; its value written at its end.
      s += fmt::format(
          "set yrange [{}:-0.6]\nset xlabel {}\nset xrange [0:*]\nset offsets 0, "
          "graph 0.12, 0, 0\n",
          static_cast<double>(bars) - 0.4, quoted(axis_label(metric)));
      s += "set ytics scale 0\nset grid noytics\nset xtics " + value_tics + "\n";
      s += "plot $data using ($2/2):0:($2/2):(0.38):ytic(1) with boxxyerror lc rgb '#4e79a7', "
           "'' using 2:0:(sprintf('%g', $2)) with labels left offset character 0.6,0\n";
    } else {
      s += "set boxwidth 0.7\nset yrange [0:*]\nset ytics " + value_tics + "\nset ylabel " +
           quoted(axis_label(metric)) + "\n";
      s += "plot $data using 0:2:xtic(1) with boxes lc rgb '#4e79a7'\n";
    }
    return s;
  }

  if (year < 2) {
    // A line per value of the other field across the years; undated decisions have no place.
    const std::size_t series = 1 - year;
    if (std::none_of(table.rows.begin(), table.rows.end(), [&](const Row& row) {
          return row.group[year].kind == GroupValue::Kind::kValue;
        }))
      throw QueryError("--plot: no decision that matches has a year, so there is no line to draw");
    const Grid grid = grid_block(table, metric, year, series, true);
    s += "$data << EOD\n" + grid.block + "EOD\n";
    const std::size_t lines = grid.columns;
    s += "set key outside right top vertical\nset xtics 1\nset format x '%.0f'\n";
    s += "set ylabel " + quoted(axis_label(metric)) + "\nset yrange [0:*]\nset ytics " +
         value_tics + "\n";
    s += fmt::format(
        "plot for [i=2:{}] $data using 1:i with linespoints lw 2 pt 7 ps 0.8 title "
        "columnheader(i)\n",
        lines + 1);
    return s;
  }
  const Grid grid = grid_block(table, metric, 0, 1, false);
  s += "$data << EOD\n" + grid.block + "EOD\n";
  const std::size_t clusters = grid.columns;
  s += "set style data histograms\nset style histogram clustered gap 1\n";
  s += "set key outside right top vertical\nset xtics rotate by -30\nset yrange [0:*]\n";
  s += "set ylabel " + quoted(axis_label(metric)) + "\nset ytics " + value_tics + "\n";
  s += fmt::format("plot for [i=2:{}] $data using i:xtic(1) title columnheader(i)\n", clusters + 1);
  return s;
}

void run_gnuplot(const std::string& script) {
  FILE* pipe = ::popen("gnuplot", "w");
  if (pipe == nullptr)
    throw std::runtime_error(fmt::format("cannot start gnuplot: {}", std::strerror(errno)));
  const bool written = std::fwrite(script.data(), 1, script.size(), pipe) == script.size();
  const int status = ::pclose(pipe);
  if (status == -1 || !WIFEXITED(status) || WEXITSTATUS(status) == 127)
    throw std::runtime_error(
        "cannot draw the chart: gnuplot is not installed (Debian package gnuplot-nox)");
  if (!written || WEXITSTATUS(status) != 0)
    throw std::runtime_error(
        fmt::format("cannot draw the chart: gnuplot failed (exit status {})", WEXITSTATUS(status)));
}

}  // namespace ombud::stats
