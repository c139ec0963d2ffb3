#include "search/facet_counter.hpp"

#include <algorithm>
#include <map>
#include <set>
#include <string_view>

namespace ombud {
namespace {

// Adds `count` to each distinct value of the joined list `combination`.
void add_members(std::string_view combination, Xapian::doccount count,
                 std::map<std::string, Xapian::doccount>& totals) {
  std::set<std::string_view> members;
  while (!combination.empty()) {
    const std::size_t end = std::min(combination.find(schema::kListSeparator), combination.size());
    if (end > 0) members.insert(combination.substr(0, end));
    combination.remove_prefix(std::min(end + 1, combination.size()));
  }
  for (std::string_view m : members) totals[std::string(m)] += count;
}

}  // namespace

bool is_list_facet(schema::FieldId field) {
  return schema::field(field).encoding == schema::Encoding::kStringList;
}

FacetCounter::FacetCounter(std::vector<schema::FieldId> fields, const FacetColumns* columns)
    : fields_(std::move(fields)) {
  std::vector<const facet_columns::ColumnView*> found;
  for (schema::FieldId id : fields_) {
    const auto* c = columns ? columns->column(schema::field(id).slot) : nullptr;
    if (c) found.push_back(c);
  }
  if (!fields_.empty() && found.size() == fields_.size()) {
    column_spy_ = std::make_unique<ColumnCountSpy>(found);
    columns_ = std::move(found);
    return;
  }
  for (schema::FieldId id : fields_)
    spies_.push_back(std::make_unique<Xapian::ValueCountMatchSpy>(schema::field(id).slot));
}

FacetCounter::~FacetCounter() = default;

void FacetCounter::attach(Xapian::Enquire& enquire) {
  if (column_spy_) enquire.add_matchspy(column_spy_.get());
  for (const auto& spy : spies_) enquire.add_matchspy(spy.get());
}

std::vector<std::pair<std::string, Xapian::doccount>> FacetCounter::slot_counts(
    std::size_t i) const {
  std::vector<std::pair<std::string, Xapian::doccount>> out;
  if (column_spy_) {
    // The file's values are in value order, as the spy's are.
    const auto& values = columns_[i]->values();
    const auto& n = column_spy_->counts(i);
    for (std::size_t v = 1; v < n.size(); ++v)
      if (n[v] > 0) out.emplace_back(std::string(values[v - 1]), n[v]);
    return out;
  }
  const Xapian::ValueCountMatchSpy& spy = *spies_[i];
  for (auto it = spy.values_begin(); it != spy.values_end(); ++it)
    out.emplace_back(*it, it.get_termfreq());
  return out;
}

std::vector<FacetCounts> FacetCounter::counts(Xapian::doccount total) const {
  std::vector<FacetCounts> out;
  for (std::size_t i = 0; i < fields_.size(); ++i) {
    FacetCounts c{fields_[i], {}};
    const auto by_value = slot_counts(i);
    // Every match with a value has exactly one value of the slot (a list slot: one combination).
    Xapian::doccount with_value = 0;
    for (const auto& entry : by_value) with_value += entry.second;
    if (is_list_facet(fields_[i])) {
      std::map<std::string, Xapian::doccount> totals;
      for (const auto& [combination, count] : by_value) add_members(combination, count, totals);
      for (const auto& [value, count] : totals) c.values.push_back({value, count});
    } else {
      for (const auto& [value, count] : by_value) c.values.push_back({value, count});
    }
    // Values come in value order: the stable sort keeps it among equal counts. Years stay in it,
    // which is date order (YYYY).
    if (fields_[i] != schema::FieldId::kYear) {
      std::stable_sort(c.values.begin(), c.values.end(),
                       [](const FacetValue& a, const FacetValue& b) { return a.count > b.count; });
    }
    if (total > with_value) c.values.push_back({std::string(), total - with_value, true});
    out.push_back(std::move(c));
  }
  return out;
}

}  // namespace ombud
