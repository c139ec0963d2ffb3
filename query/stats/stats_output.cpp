#include "stats/stats_output.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <nlohmann/json.hpp>

#include "decision_json.hpp"
#include "print/csv_printer.hpp"
#include "print/text_format.hpp"

namespace ombud::stats {
namespace {

using schema::FieldId;

// A metric's value as JSON: counts as integers, amounts in pounds, null when undefined.
nlohmann::ordered_json metric_json(const Summary& s, Metric m) {
  // Pounds as the search output writes them (500, 5384.99); a median between two amounts may
  // fall on half a penny, and keeps it.
  const auto median = [](double pence) {
    return pence == std::floor(pence) ? pounds_json(static_cast<Pence>(pence))
                                      : nlohmann::ordered_json(pence / 100.0);
  };
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
      return s.uphold_rate ? nlohmann::ordered_json(*s.uphold_rate) : nullptr;
    case Metric::kPaidDecisions:
      return s.paid_decisions;
    case Metric::kPaidTotal:
      return pounds_json(s.paid_total);
    case Metric::kPaidMedian:
      return s.paid_median ? median(*s.paid_median) : nullptr;
    case Metric::kPaidMax:
      return s.paid_max ? pounds_json(*s.paid_max) : nullptr;
  }
  return nullptr;
}

// For a person: percentages with one decimal, pounds with separators (whole pence), "-" when
// undefined.
std::string metric_text(const Summary& s, Metric m) {
  switch (m) {
    case Metric::kUpholdRate:
      return s.uphold_rate ? fmt::format("{:.1f}%", *s.uphold_rate * 100.0) : "-";
    case Metric::kPaidTotal:
      return format_pounds(s.paid_total);
    case Metric::kPaidMedian:
      return s.paid_median ? format_pounds(std::llround(*s.paid_median)) : "-";
    case Metric::kPaidMax:
      return s.paid_max ? format_pounds(*s.paid_max) : "-";
    default:
      return metric_json(s, m).dump();
  }
}

// For a spreadsheet: plain numbers (pounds as 5384.99), empty when undefined.
std::string metric_csv(const Summary& s, Metric m) {
  const nlohmann::ordered_json v = metric_json(s, m);
  if (v.is_null()) return "";
  if (v.is_number_float()) return fmt::format("{}", v.get<double>());
  return v.dump();
}

nlohmann::ordered_json group_json(FieldId field, const GroupValue& value) {
  switch (value.kind) {
    case GroupValue::Kind::kNone:
      return nullptr;
    case GroupValue::Kind::kOther:
      return "(other)";
    case GroupValue::Kind::kValue:
      break;
  }
  if (field == FieldId::kYear) {
    int year = 0;
    if (std::from_chars(value.value.data(), value.value.data() + value.value.size(), year).ec ==
        std::errc())
      return year;
  }
  return value.value;
}

std::string csv_line(const std::vector<std::string>& fields) {
  std::string out;
  for (const std::string& f : fields) out += (out.empty() ? "" : ",") + csv_field(f);
  return out + "\r\n";
}

// The display width of UTF-8 text, counting code points (the names here are Latin script).
std::size_t text_width(std::string_view s) {
  return static_cast<std::size_t>(
      std::count_if(s.begin(), s.end(), [](char c) { return (c & 0xC0) != 0x80; }));
}

std::string field_names(const std::vector<FieldId>& fields, std::string_view joiner) {
  std::string out;
  for (FieldId id : fields)
    out += (out.empty() ? "" : std::string(joiner)) + std::string(schema::field(id).name);
  return out;
}

}  // namespace

std::string group_label(const GroupValue& value) {
  switch (value.kind) {
    case GroupValue::Kind::kNone:
      return "(none)";
    case GroupValue::Kind::kOther:
      return "(other)";
    case GroupValue::Kind::kValue:
      break;
  }
  return value.value;
}

std::string format_stats_human(const StatsTable& table, const std::vector<Metric>& metrics,
                               std::string_view query) {
  std::string out =
      fmt::format("{} decision{} match{}", table.total.decisions,
                  table.total.decisions == 1 ? "" : "s", table.total.decisions == 1 ? "es" : "");
  if (!query.empty()) out += fmt::format(" '{}'", query);
  if (!table.fields.empty()) out += ", by " + field_names(table.fields, " × ");
  if (table.folded) {
    std::vector<FieldId> folded;  // years are never folded
    for (FieldId id : table.fields)
      if (id != FieldId::kYear) folded.push_back(id);
    out += fmt::format(" (the top {} values of {} by decisions; the rest in (other))", table.top,
                       field_names(folded, " and "));
  }
  out += ".\n\n";

  // Cells: a header, the rows, the totals; label columns, then metrics.
  const std::size_t labels = std::max<std::size_t>(1, table.fields.size());
  std::vector<std::vector<std::string>> cells;
  std::vector<std::string> header;
  for (std::size_t i = 0; i < labels; ++i)
    header.push_back(table.fields.empty() ? "" : std::string(schema::field(table.fields[i]).name));
  for (Metric m : metrics) header.emplace_back(metric_name(m));
  cells.push_back(header);
  const auto add_row = [&](std::vector<std::string> label, const Summary& s) {
    label.resize(labels);
    for (Metric m : metrics) label.push_back(metric_text(s, m));
    cells.push_back(std::move(label));
  };
  for (const Row& row : table.rows) {
    std::vector<std::string> label;
    for (const GroupValue& v : row.group) label.push_back(group_label(v));
    add_row(std::move(label), row.metrics);
  }
  add_row({"total"}, table.total);

  std::vector<std::size_t> width(cells.front().size(), 0);
  for (const auto& line : cells)
    for (std::size_t c = 0; c < line.size(); ++c)
      width[c] = std::max(width[c], text_width(line[c]));
  for (const auto& line : cells) {
    std::string text;
    for (std::size_t c = 0; c < line.size(); ++c) {
      const std::string pad(width[c] - text_width(line[c]), ' ');
      if (c > 0) text += "  ";
      text += c < labels ? line[c] + pad : pad + line[c];  // labels left, numbers right
    }
    while (!text.empty() && text.back() == ' ') text.pop_back();
    out += text + "\n";
  }
  return out;
}

std::string format_stats_csv(const StatsTable& table, const std::vector<Metric>& metrics) {
  std::vector<std::string> header;
  for (FieldId id : table.fields) header.emplace_back(schema::field(id).name);
  for (Metric m : metrics) header.emplace_back(metric_name(m));
  std::string out = csv_line(header);
  const auto add_row = [&](std::vector<std::string> line, const Summary& s) {
    for (Metric m : metrics) line.push_back(metric_csv(s, m));
    out += csv_line(line);
  };
  for (const Row& row : table.rows) {
    std::vector<std::string> line;
    for (const GroupValue& v : row.group) line.push_back(group_label(v));
    add_row(std::move(line), row.metrics);
  }
  std::vector<std::string> total_label(table.fields.size());
  if (!total_label.empty()) total_label.front() = "(total)";
  add_row(std::move(total_label), table.total);
  return out;
}

std::string format_stats_json(const StatsTable& table, const std::vector<Metric>& metrics) {
  const auto metrics_json = [&](nlohmann::ordered_json& object, const Summary& s) {
    for (Metric m : metrics) object[std::string(metric_name(m))] = metric_json(s, m);
  };
  std::string out;
  for (const Row& row : table.rows) {
    nlohmann::ordered_json object = nlohmann::ordered_json::object();
    for (std::size_t f = 0; f < table.fields.size(); ++f)
      object[std::string(schema::field(table.fields[f]).name)] =
          group_json(table.fields[f], row.group[f]);
    metrics_json(object, row.metrics);
    out += object.dump() + "\n";
  }
  nlohmann::ordered_json total = nlohmann::ordered_json::object();
  metrics_json(total, table.total);
  out += nlohmann::ordered_json{{"total", total}}.dump() + "\n";
  return out;
}

}  // namespace ombud::stats
