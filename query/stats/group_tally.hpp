// The first half of ombud-stats' arithmetic: every match is added once, under the raw values of its
// grouping slots as the index holds them (a list slot's whole joined value, "" when it has none),
// with its outcome and amount paid. Keeping whole raw values (not yet one row per list item, nor
// the --top folding) means each decision is in exactly one tally, so the rows made from them
// (stats_table.hpp) count a decision once per row whatever it is folded or split into.
#pragma once

#include <xapian.h>

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "decision.hpp"

namespace ombud::stats {

// What the metrics of a set of decisions are computed from.
struct Tally {
  Xapian::doccount decisions = 0;
  Xapian::doccount upheld = 0;
  Xapian::doccount not_upheld = 0;
  Xapian::doccount closed = 0;  // closed after initial enquiries
  std::vector<Pence> paid;      // the total paid of each decision that paid something

  // One decision: its outcome slot's value and its paid slot's (sortable_serialise, pounds).
  void add(std::string_view outcome, std::string_view paid_value);
  void merge(const Tally& other);
};

class GroupTally {
 public:
  explicit GroupTally(std::size_t field_count) : field_count_(field_count) {}

  // One match: the values of its grouping slots (field_count of them), then its outcome and paid
  // slots' values.
  void add(const std::string_view* values);

  std::size_t field_count() const { return field_count_; }
  const Tally& total() const { return total_; }
  // Each distinct combination of raw grouping values with its tally.
  struct Entry {
    std::vector<std::string> values;
    Tally tally;
  };
  std::vector<Entry> entries() const;

 private:
  std::size_t field_count_;
  // Keyed by the raw values joined with a byte no value holds.
  std::unordered_map<std::string, Tally> groups_;
  Tally total_;
  std::string key_;  // reused between calls
};

}  // namespace ombud::stats
