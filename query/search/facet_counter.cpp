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

FacetCounter::FacetCounter(std::vector<schema::FieldId> fields) : fields_(std::move(fields)) {
  for (schema::FieldId id : fields_)
    spies_.push_back(std::make_unique<Xapian::ValueCountMatchSpy>(schema::field(id).slot));
}

FacetCounter::~FacetCounter() = default;

void FacetCounter::attach(Xapian::Enquire& enquire) {
  for (const auto& spy : spies_) enquire.add_matchspy(spy.get());
}

std::vector<FacetCounts> FacetCounter::counts() const {
  std::vector<FacetCounts> out;
  for (std::size_t i = 0; i < fields_.size(); ++i) {
    FacetCounts c{fields_[i], {}};
    const Xapian::ValueCountMatchSpy& spy = *spies_[i];
    if (schema::field(fields_[i]).encoding == schema::Encoding::kStringList) {
      std::map<std::string, Xapian::doccount> totals;
      for (auto it = spy.values_begin(); it != spy.values_end(); ++it)
        add_members(*it, it.get_termfreq(), totals);
      for (const auto& [value, count] : totals) c.values.push_back({value, count});
    } else {
      for (auto it = spy.values_begin(); it != spy.values_end(); ++it)
        c.values.push_back({*it, it.get_termfreq()});
    }
    // Values come in value order: the stable sort keeps it among equal counts.
    std::stable_sort(c.values.begin(), c.values.end(),
                     [](const FacetValue& a, const FacetValue& b) { return a.count > b.count; });
    out.push_back(std::move(c));
  }
  return out;
}

}  // namespace ombud
