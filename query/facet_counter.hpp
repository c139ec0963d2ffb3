// Exact facet counts over every match: a Xapian::ValueCountMatchSpy on each single-valued slot
// and a ListValueCountMatchSpy (below) on each list slot (remedies, legislation), attached to an
// Enquire whose get_mset checks every document (checkatleast = get_doccount()).
#pragma once

#include <xapian.h>

#include <map>
#include <memory>
#include <string>
#include <vector>

#include "schema.hpp"

namespace ombud {

struct FacetValue {
  std::string value;
  Xapian::doccount count = 0;
};

struct FacetCounts {
  schema::FieldId field;
  std::vector<FacetValue> values;  // most frequent first, then by value
};

// Counts each value of a kListSeparator-joined list slot once per document.
class ListValueCountMatchSpy : public Xapian::MatchSpy {
 public:
  explicit ListValueCountMatchSpy(Xapian::valueno slot) : slot_(slot) {}
  void operator()(const Xapian::Document& doc, double wt) override;
  Xapian::MatchSpy* clone() const override { return new ListValueCountMatchSpy(slot_); }
  std::string name() const override { return "ombud::ListValueCountMatchSpy"; }
  std::string get_description() const override;

  const std::map<std::string, Xapian::doccount>& counts() const { return counts_; }

 private:
  Xapian::valueno slot_;
  std::map<std::string, Xapian::doccount> counts_;
};

class FacetCounter {
 public:
  // `fields` must be facet fields of the schema (Field::facet).
  explicit FacetCounter(std::vector<schema::FieldId> fields);
  ~FacetCounter();
  FacetCounter(const FacetCounter&) = delete;
  FacetCounter& operator=(const FacetCounter&) = delete;

  // Adds the spies to `enquire`, which must not outlive this counter.
  void attach(Xapian::Enquire& enquire);

  // The counts, in the order the fields were given.
  std::vector<FacetCounts> counts() const;

 private:
  std::vector<schema::FieldId> fields_;
  std::vector<std::unique_ptr<Xapian::ValueCountMatchSpy>> value_spies_;  // or null
  std::vector<std::unique_ptr<ListValueCountMatchSpy>> list_spies_;       // or null
};

}  // namespace ombud
