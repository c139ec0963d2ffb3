// What ombud-stats is asked for: the fields to group by (--by) and the metrics to show
// (--metrics), read from their comma lists with errors that name the valid choices.
#pragma once

#include <array>
#include <string>
#include <string_view>
#include <vector>

#include "schema.hpp"

namespace ombud::stats {

// The metrics of a group, in the order they are printed.
enum class Metric {
  kDecisions,
  kUpheld,
  kNotUpheld,
  kClosed,
  kUpholdRate,
  kPaidDecisions,
  kPaidTotal,
  kPaidMedian,
  kPaidMax,
};

inline constexpr std::array<Metric, 9> kAllMetrics = {
    Metric::kDecisions, Metric::kUpheld,     Metric::kNotUpheld,
    Metric::kClosed,    Metric::kUpholdRate, Metric::kPaidDecisions,
    Metric::kPaidTotal, Metric::kPaidMedian, Metric::kPaidMax};

// "decisions", "not_upheld", "uphold_rate", ...: the CSV header and the JSON key.
std::string_view metric_name(Metric metric);

// The fields that can be grouped by: the schema's facet fields, as "council, category, ...".
std::string group_field_list();

// "council,year" as fields, in the order given: none (only the totals), one or two, each a facet
// field, not twice.
// Throws QueryError naming the valid fields.
std::vector<schema::FieldId> parse_group_fields(std::string_view list);

// "uphold_rate,decisions" as metrics, in the order given (each once); empty means all of them,
// in the order of kAllMetrics. A chart shows the first.
// Throws QueryError naming the valid metrics.
std::vector<Metric> parse_metrics(std::string_view list);

}  // namespace ombud::stats
