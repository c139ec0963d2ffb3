#include "stats/stats_spec.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "parse/query_error.hpp"

namespace ombud::stats {
namespace {

// The items of a comma list, without empty ones and surrounding spaces.
std::vector<std::string> split_list(std::string_view list) {
  std::vector<std::string> out;
  while (true) {
    const std::size_t cut = list.find(',');
    std::string_view item = list.substr(0, cut);
    while (!item.empty() && item.front() == ' ') item.remove_prefix(1);
    while (!item.empty() && item.back() == ' ') item.remove_suffix(1);
    if (!item.empty()) out.emplace_back(item);
    if (cut == std::string_view::npos) break;
    list.remove_prefix(cut + 1);
  }
  return out;
}

std::string metric_list() {
  std::string out;
  for (Metric m : kAllMetrics) out += (out.empty() ? "" : ", ") + std::string(metric_name(m));
  return out;
}

}  // namespace

std::string_view metric_name(Metric metric) {
  switch (metric) {
    case Metric::kDecisions:
      return "decisions";
    case Metric::kUpheld:
      return "upheld";
    case Metric::kNotUpheld:
      return "not_upheld";
    case Metric::kClosed:
      return "closed";
    case Metric::kUpholdRate:
      return "uphold_rate";
    case Metric::kPaidDecisions:
      return "paid_decisions";
    case Metric::kPaidTotal:
      return "paid_total";
    case Metric::kPaidMedian:
      return "paid_median";
    case Metric::kPaidMax:
      return "paid_max";
  }
  return {};
}

std::string group_field_list() {
  std::string out;
  for (const schema::Field& f : schema::kFields)
    if (f.facet) out += (out.empty() ? "" : ", ") + std::string(f.name);
  return out;
}

std::vector<schema::FieldId> parse_group_fields(std::string_view list) {
  std::vector<schema::FieldId> out;
  for (const std::string& name : split_list(list)) {
    const auto id = schema::find_field(name);
    if (!id || !schema::field(*id).facet) {
      throw QueryError(fmt::format("--by: '{}' cannot be grouped by; the fields are {}", name,
                                   group_field_list()));
    }
    if (std::find(out.begin(), out.end(), *id) != out.end())
      throw QueryError(fmt::format("--by: '{}' is given twice; give two different fields", name));
    out.push_back(*id);
  }
  if (out.size() > 2)
    throw QueryError(fmt::format("--by: at most two fields can be grouped by, and '{}' has {}",
                                 list, out.size()));
  return out;
}

std::vector<Metric> parse_metrics(std::string_view list) {
  const std::vector<std::string> names = split_list(list);
  if (names.empty()) return {kAllMetrics.begin(), kAllMetrics.end()};
  std::vector<Metric> out;
  for (const std::string& name : names) {
    const auto it = std::find_if(kAllMetrics.begin(), kAllMetrics.end(),
                                 [&](Metric m) { return metric_name(m) == name; });
    if (it == kAllMetrics.end()) {
      throw QueryError(
          fmt::format("--metrics: '{}' is not a metric; the metrics are {}", name, metric_list()));
    }
    if (std::find(out.begin(), out.end(), *it) == out.end()) out.push_back(*it);
  }
  return out;
}

}  // namespace ombud::stats
