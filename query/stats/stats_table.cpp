#include "stats/stats_table.hpp"

#include <algorithm>
#include <map>
#include <set>

namespace ombud::stats {
namespace {

using schema::FieldId;

bool is_list(FieldId id) {
  return schema::field(id).encoding == schema::Encoding::kStringList;
}

// The values a raw slot value stands for: its items for a list slot, "" (none) when empty.
std::vector<std::string> items_of(FieldId id, const std::string& raw) {
  if (raw.empty()) return {""};
  if (!is_list(id)) return {raw};
  std::set<std::string> items;
  std::size_t start = 0;
  while (start <= raw.size()) {
    const std::size_t end = std::min(raw.find(schema::kListSeparator, start), raw.size());
    if (end > start) items.insert(raw.substr(start, end - start));
    start = end + 1;
  }
  if (items.empty()) return {""};
  return {items.begin(), items.end()};
}

// How the values of one field are shown: which are kept, and their order.
class FieldOrder {
 public:
  FieldOrder(FieldId id, const std::map<std::string, Xapian::doccount>& counts, std::size_t top) {
    std::vector<std::pair<std::string, Xapian::doccount>> values;
    for (const auto& [value, count] : counts)
      if (!value.empty()) values.emplace_back(value, count);
    if (id != FieldId::kYear) {
      // Most decisions first; equal counts in value order (the map's order, kept by a stable sort).
      std::stable_sort(values.begin(), values.end(),
                       [](const auto& a, const auto& b) { return a.second > b.second; });
      if (top > 0 && values.size() > top) {
        values.resize(top);
        folded_ = true;
      }
    }
    for (std::size_t i = 0; i < values.size(); ++i) rank_[values[i].first] = i;
    none_rank_ = values.size();
    other_rank_ = values.size() + 1;
  }

  // The row value and rank of a value (""= none).
  std::pair<GroupValue, std::size_t> place(const std::string& value) const {
    if (value.empty()) return {{GroupValue::Kind::kNone, ""}, none_rank_};
    const auto it = rank_.find(value);
    if (it == rank_.end()) return {{GroupValue::Kind::kOther, ""}, other_rank_};
    return {{GroupValue::Kind::kValue, value}, it->second};
  }
  bool folded() const { return folded_; }

 private:
  std::map<std::string, std::size_t> rank_;
  std::size_t none_rank_ = 0;
  std::size_t other_rank_ = 0;
  bool folded_ = false;
};

}  // namespace

Summary summarise(const Tally& tally) {
  Summary s;
  s.decisions = tally.decisions;
  s.upheld = tally.upheld;
  s.not_upheld = tally.not_upheld;
  s.closed = tally.closed;
  if (tally.upheld + tally.not_upheld > 0)
    s.uphold_rate = static_cast<double>(tally.upheld) / (tally.upheld + tally.not_upheld);
  s.paid_decisions = static_cast<Xapian::doccount>(tally.paid.size());
  if (!tally.paid.empty()) {
    std::vector<Pence> paid = tally.paid;
    std::sort(paid.begin(), paid.end());
    for (Pence p : paid) s.paid_total += p;
    const std::size_t n = paid.size();
    s.paid_median =
        n % 2 == 1
            ? static_cast<double>(paid[n / 2])
            : (static_cast<double>(paid[n / 2 - 1]) + static_cast<double>(paid[n / 2])) / 2.0;
    s.paid_max = paid.back();
  }
  return s;
}

StatsTable make_table(const GroupTally& tally, const std::vector<FieldId>& fields,
                      std::size_t top) {
  StatsTable table;
  table.fields = fields;
  table.top = top;
  table.total = summarise(tally.total());
  if (fields.empty()) return table;

  // Each entry's values, per field, as the values they stand for.
  const std::vector<GroupTally::Entry> entries = tally.entries();
  std::vector<std::vector<std::vector<std::string>>> items(entries.size());
  std::vector<std::map<std::string, Xapian::doccount>> counts(fields.size());
  for (std::size_t e = 0; e < entries.size(); ++e) {
    for (std::size_t f = 0; f < fields.size(); ++f) {
      items[e].push_back(items_of(fields[f], entries[e].values[f]));
      for (const std::string& v : items[e].back()) counts[f][v] += entries[e].tally.decisions;
    }
  }
  std::vector<FieldOrder> orders;
  for (std::size_t f = 0; f < fields.size(); ++f) {
    orders.emplace_back(fields[f], counts[f], top);
    table.folded = table.folded || orders.back().folded();
  }

  // Rows keyed by their ranks, so that the map's order is the order shown.
  std::map<std::vector<std::size_t>, std::pair<std::vector<GroupValue>, Tally>> rows;
  for (std::size_t e = 0; e < entries.size(); ++e) {
    // The rows of this entry: the product of each field's places, each row once.
    std::vector<std::pair<std::vector<std::size_t>, std::vector<GroupValue>>> combos = {{}};
    for (std::size_t f = 0; f < fields.size(); ++f) {
      std::map<std::size_t, GroupValue> places;  // distinct places (two items may fold to other)
      for (const std::string& v : items[e][f]) {
        auto [value, rank] = orders[f].place(v);
        places.emplace(rank, std::move(value));
      }
      std::vector<std::pair<std::vector<std::size_t>, std::vector<GroupValue>>> next;
      for (const auto& combo : combos) {
        for (const auto& [rank, value] : places) {
          auto c = combo;
          c.first.push_back(rank);
          c.second.push_back(value);
          next.push_back(std::move(c));
        }
      }
      combos = std::move(next);
    }
    for (auto& [ranks, values] : combos) {
      auto& row = rows[ranks];
      if (row.first.empty()) row.first = values;
      row.second.merge(entries[e].tally);
    }
  }
  std::vector<std::map<std::size_t, GroupValue>> values(fields.size());
  for (const auto& [ranks, row] : rows) {
    for (std::size_t f = 0; f < fields.size(); ++f) values[f].emplace(ranks[f], row.first[f]);
    table.rows.push_back({row.first, summarise(row.second)});
  }
  for (const auto& by_rank : values) {
    table.values.emplace_back();
    for (const auto& [rank, value] : by_rank) table.values.back().push_back(value);
  }
  return table;
}

}  // namespace ombud::stats
