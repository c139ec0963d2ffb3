// Exact facet counts over every match, with Xapian's own ValueCountMatchSpy on each facet's slot,
// attached to an Enquire whose get_mset checks every document (checkatleast = get_doccount()).
// Only Xapian's own spies run inside xapian-tcpsrv (a MatchSpy of ours fails there with
// UnimplementedError), so this is also what counts on remote shards. A list slot (remedies,
// legislation) holds each decision's values joined by kListSeparator: the spy counts each
// distinct combination, and counts() adds each combination's count to each of its values, which
// is exact because every decision has exactly one combination.
#pragma once

#include <xapian.h>

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
  std::vector<std::unique_ptr<Xapian::ValueCountMatchSpy>> spies_;  // one per field
};

}  // namespace ombud
