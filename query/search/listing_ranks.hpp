// Ordering matches in the listing order (shared/listing_order.hpp) from the listing ranks of the
// facet column file (schema::kOrderSlot's column: every document's place in that order) instead
// of the kOrderSlot values. Sorting by relevance then that value makes Xapian read the value of
// every match that could reach the page: for a query of filters only, whose matches all weigh 0,
// every match (on 20,000 decisions, a filter-only page took 0.2 to 0.6 ms longer than the same
// page in document order). Valid on a database of one local shard whose column file is current.
#pragma once

#include <xapian.h>

#include <string>
#include <vector>

#include "facet_column_file.hpp"

namespace ombud {

// The key of a document for Enquire::set_sort_by_relevance_then_key(&key, true): its listing
// rank as 4 big-endian bytes, whose byte order is the rank order.
class ListingRankKey : public Xapian::KeyMaker {
 public:
  explicit ListingRankKey(const facet_columns::ColumnView& ranks) : ranks_(ranks) {}
  std::string operator()(const Xapian::Document& doc) const override;

 private:
  const facet_columns::ColumnView& ranks_;
};

// The matches at places [offset, offset + limit) of `matches` in the listing order (highest rank
// first), sorted by document id, for documents_query().
std::vector<Xapian::docid> listing_slice(std::vector<Xapian::docid> matches,
                                         const facet_columns::ColumnView& ranks,
                                         Xapian::doccount offset, Xapian::doccount limit);

}  // namespace ombud
