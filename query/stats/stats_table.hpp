// The second half of ombud-stats' arithmetic: from the tallies of raw values (group_tally.hpp) to
// the rows shown. A list field (remedy, legislation) gives a decision a row for each of its values;
// a decision without the field is in the (none) row; --top N keeps the N values of a field with
// the most decisions and puts the others' decisions in one (other) row (not for year: years stay a
// timeline). Rows come in year order for year, most decisions first for the other fields, then
// (none), then (other). Every metric is computed from the decisions of its row, never from
// other rows' results, so (other)'s median is the median of its decisions.
#pragma once

#include <xapian.h>

#include <optional>
#include <string>
#include <vector>

#include "decision.hpp"
#include "schema.hpp"
#include "stats/group_tally.hpp"

namespace ombud::stats {

// One value of a grouping field in a row.
struct GroupValue {
  enum class Kind { kValue, kNone, kOther };
  Kind kind = Kind::kValue;
  std::string value;  // for kValue: as the index holds it ("2022" for a year)
  bool operator==(const GroupValue&) const = default;
};

// The metrics of one row (or of all matches).
struct Summary {
  Xapian::doccount decisions = 0;
  Xapian::doccount upheld = 0;
  Xapian::doccount not_upheld = 0;
  Xapian::doccount closed = 0;
  std::optional<double> uphold_rate;  // upheld / (upheld + not_upheld); none when that is 0
  Xapian::doccount paid_decisions = 0;
  Pence paid_total = 0;
  std::optional<double> paid_median;  // in pence (half a penny between two middle amounts)
  std::optional<Pence> paid_max;
};

Summary summarise(const Tally& tally);

struct Row {
  std::vector<GroupValue> group;  // one per grouping field
  Summary metrics;
};

struct StatsTable {
  std::vector<schema::FieldId> fields;  // the grouping fields
  std::vector<Row> rows;                // empty without grouping fields
  // Each grouping field's values that have rows, in the order shown (for a chart's axes).
  std::vector<std::vector<GroupValue>> values;
  Summary total;        // every match, each once
  std::size_t top = 0;  // the --top asked for (0: none)
  bool folded = false;  // some values went into (other)
};

// `top` 0 keeps every value.
StatsTable make_table(const GroupTally& tally, const std::vector<schema::FieldId>& fields,
                      std::size_t top);

}  // namespace ombud::stats
