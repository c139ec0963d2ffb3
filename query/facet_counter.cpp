#include "facet_counter.hpp"

#include <algorithm>

namespace ombud {

using schema::Encoding;

void ListValueCountMatchSpy::operator()(const Xapian::Document& doc, double) {
  const std::string joined = doc.get_value(slot_);
  std::size_t start = 0;
  while (start < joined.size()) {
    std::size_t end = joined.find(schema::kListSeparator, start);
    if (end == std::string::npos) end = joined.size();
    if (end > start) ++counts_[joined.substr(start, end - start)];
    start = end + 1;
  }
}

std::string ListValueCountMatchSpy::get_description() const {
  return "ombud::ListValueCountMatchSpy(" + std::to_string(slot_) + ")";
}

FacetCounter::FacetCounter(std::vector<schema::FieldId> fields) : fields_(std::move(fields)) {
  for (schema::FieldId id : fields_) {
    const schema::Field& f = schema::field(id);
    if (f.encoding == Encoding::kStringList) {
      value_spies_.emplace_back();
      list_spies_.push_back(std::make_unique<ListValueCountMatchSpy>(f.slot));
    } else {
      value_spies_.push_back(std::make_unique<Xapian::ValueCountMatchSpy>(f.slot));
      list_spies_.emplace_back();
    }
  }
}

FacetCounter::~FacetCounter() = default;

void FacetCounter::attach(Xapian::Enquire& enquire) {
  for (std::size_t i = 0; i < fields_.size(); ++i) {
    if (value_spies_[i]) enquire.add_matchspy(value_spies_[i].get());
    if (list_spies_[i]) enquire.add_matchspy(list_spies_[i].get());
  }
}

std::vector<FacetCounts> FacetCounter::counts() const {
  std::vector<FacetCounts> out;
  for (std::size_t i = 0; i < fields_.size(); ++i) {
    FacetCounts c{fields_[i], {}};
    if (value_spies_[i]) {
      for (auto it = value_spies_[i]->values_begin(); it != value_spies_[i]->values_end(); ++it)
        c.values.push_back({*it, it.get_termfreq()});
    } else {
      for (const auto& [value, count] : list_spies_[i]->counts())
        c.values.push_back({value, count});
    }
    std::stable_sort(c.values.begin(), c.values.end(),
                     [](const FacetValue& a, const FacetValue& b) { return a.count > b.count; });
    out.push_back(std::move(c));
  }
  return out;
}

}  // namespace ombud
