// One page of matches in a SortOrder, with the exact number of matches, every match shown once
// to the facet counter's spies. Two plans with the same result:
//  - kLocal, when every shard is on this machine: one Enquire, sorted by a MultiValueKeyMaker
//    (paid then date; a date with undated last), the spies counting in the same pass.
//  - kRemote, when a shard is served by xapian-tcpsrv. Xapian 1.4 cannot send a KeyMaker there
//    (get_mset throws UnimplementedError "Xapian::KeyMaker not supported for the remote
//    backend"), and with two remote shards or more, match spies count about half a page too
//    many when the match is sorted by a value (on 20,000 decisions: 20,004 for 20,000 matches
//    with a page of 10; 20,496 with a page of 1,000; sorting by relevance then a value, as the
//    relevance order does, too). So the counts come from a pass in relevance order without a
//    page, and the page from passes sorted by one value slot each: relevance then the listing
//    order (below); "newest" by date; "oldest" the
//    dated matches by date, then the undated ones; "paid" one date-sorted pass per amount the
//    page spans, the amounts counted in the first pass.
// The relevance order breaks ties (and orders queries of filters only, whose matches all weigh 0)
// newest first, then by case reference, by the one value slot schema::kOrderSlot, which both
// plans can sort by: the same order on one database and on shards. Ties left by the date and paid
// sort keys go by relevance, then by document id, in both.
#pragma once

#include <xapian.h>

#include <vector>

#include "facet_column_file.hpp"
#include "search/facet_counter.hpp"
#include "search/sort_order.hpp"

namespace ombud {

enum class MatchPlan { kLocal, kRemote };

struct MatchPage {
  Xapian::doccount total = 0;       // exact
  std::vector<Xapian::MSet> parts;  // the page is their items, in order
};

// Matches `query` in `db`, skipping `offset` and keeping at most `limit`. `listing_ranks`: the
// current facet column file's column of schema::kOrderSlot for a database of one local shard
// (listing_ranks.hpp), or nullptr: the same page, sooner.
MatchPage match_page(const Xapian::Database& db, const Xapian::Query& query, SortOrder sort,
                     Xapian::doccount offset, Xapian::doccount limit, FacetCounter& counter,
                     MatchPlan plan, const facet_columns::ColumnView* listing_ranks = nullptr);

}  // namespace ombud
