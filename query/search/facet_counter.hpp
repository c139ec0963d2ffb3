// Exact facet counts over every match, from a spy attached to an Enquire whose get_mset checks
// every document (checkatleast = get_doccount()): the facet column file's ColumnCountSpy for a
// local database with current columns (facet_columns.hpp), else Xapian's own
// ValueCountMatchSpy on each facet's slot. Only Xapian's own spies run inside xapian-tcpsrv (a
// MatchSpy of ours fails there with UnimplementedError), so that is what counts on remote shards.
// Both count each distinct value of the slot; the counts below are made from those the same way,
// so they are the same whichever counted. A list slot (remedies,
// legislation) holds each decision's values joined by kListSeparator: the spy counts each
// distinct combination, and counts() adds each combination's count to each of its values, which
// is exact because every decision has exactly one combination.
// Every facet has a row for the matches without a value (`none`), so that the counts of a
// single-valued facet add up to the total; a list facet's counts add up to more (a decision may
// have several values). `year` is listed in date order, the others most frequent first.
#pragma once

#include <xapian.h>

#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "schema.hpp"
#include "search/facet_columns.hpp"

namespace ombud {

struct FacetValue {
  std::string value;  // empty for the none row
  Xapian::doccount count = 0;
  bool none = false;  // the matches that have no value of the field (last, when there are any)
};

struct FacetCounts {
  schema::FieldId field;
  // Most frequent first, then by value; for `year`, by year. The none row last.
  std::vector<FacetValue> values;
};

// Whether a decision can have several values of the field (remedy, legislation): then the counts
// of its values do not add up to the number of decisions.
bool is_list_facet(schema::FieldId field);

class FacetCounter {
 public:
  // `fields` must be facet fields of the schema (Field::facet). `columns` (which must outlive
  // the counter) count when they have every field's slot.
  explicit FacetCounter(std::vector<schema::FieldId> fields, const FacetColumns* columns = nullptr);
  ~FacetCounter();
  FacetCounter(const FacetCounter&) = delete;
  FacetCounter& operator=(const FacetCounter&) = delete;

  // Adds the spies to `enquire`, which must not outlive this counter.
  void attach(Xapian::Enquire& enquire);

  // The counts, in the order the fields were given, of `total` matches (which the none rows
  // need).
  std::vector<FacetCounts> counts(Xapian::doccount total) const;

 private:
  // Each distinct value of field i's slot with the number of matches holding it, in value order.
  std::vector<std::pair<std::string, Xapian::doccount>> slot_counts(std::size_t i) const;

  std::vector<schema::FieldId> fields_;
  std::vector<std::unique_ptr<Xapian::ValueCountMatchSpy>> spies_;  // one per field, or none
  std::unique_ptr<ColumnCountSpy> column_spy_;                      // or this
  std::vector<const facet_columns::ColumnView*> columns_;           // its columns, one per field
};

}  // namespace ombud
