#include "stats/group_tally.hpp"

#include <cmath>

#include "field_vocabulary.hpp"

namespace ombud::stats {
namespace {

// Joins the raw values of a key. Values are UTF-8 text and list items joined by U+001F, so
// U+001E never occurs in them.
constexpr char kKeySeparator = '\x1e';

Pence paid_pence(std::string_view value) {
  if (value.empty()) return 0;
  // The slot holds pounds as a double (document_builder.cpp: pence / 100.0): rounding to the
  // nearest penny gives back the pence exactly.
  return std::llround(Xapian::sortable_unserialise(std::string(value)) * 100.0);
}

}  // namespace

void Tally::add(std::string_view outcome, std::string_view paid_value) {
  ++decisions;
  if (outcome == slug(Outcome::kUpheld))
    ++upheld;
  else if (outcome == slug(Outcome::kNotUpheld))
    ++not_upheld;
  else if (outcome == slug(Outcome::kClosedAfterInitialEnquiries))
    ++closed;
  const Pence p = paid_pence(paid_value);
  if (p > 0) paid.push_back(p);
}

void Tally::merge(const Tally& other) {
  decisions += other.decisions;
  upheld += other.upheld;
  not_upheld += other.not_upheld;
  closed += other.closed;
  paid.insert(paid.end(), other.paid.begin(), other.paid.end());
}

void GroupTally::add(const std::string_view* values) {
  const std::string_view outcome = values[field_count_];
  const std::string_view paid = values[field_count_ + 1];
  total_.add(outcome, paid);
  if (field_count_ == 0) return;
  key_.clear();
  for (std::size_t i = 0; i < field_count_; ++i) {
    if (i > 0) key_ += kKeySeparator;
    key_ += values[i];
  }
  groups_[key_].add(outcome, paid);
}

std::vector<GroupTally::Entry> GroupTally::entries() const {
  std::vector<Entry> out;
  out.reserve(groups_.size());
  for (const auto& [key, tally] : groups_) {
    Entry e;
    std::size_t start = 0;
    for (std::size_t i = 0; i < field_count_; ++i) {
      const std::size_t end = i + 1 < field_count_ ? key.find(kKeySeparator, start) : key.size();
      e.values.push_back(key.substr(start, end - start));
      start = end + 1;
    }
    e.tally = tally;
    out.push_back(std::move(e));
  }
  return out;
}

}  // namespace ombud::stats
