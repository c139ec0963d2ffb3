#include "search/match_page.hpp"

#include <algorithm>
#include <cstdint>
#include <optional>
#include <string>
#include <utility>

#include "schema.hpp"
#include "search/listing_ranks.hpp"
#include "search/ranking_query.hpp"

namespace ombud {
namespace {

using schema::FieldId;

const Xapian::valueno kDateSlot = schema::field(FieldId::kDate).slot;
const Xapian::valueno kPaidSlot = schema::field(FieldId::kPaid).slot;

// Relevance ties (and every match of a query of filters only, all of weight 0) newest first, then
// by case reference: one order on one database and on shards, local or remote, where the
// document ids differ (listing_order.hpp).
void relevance_then_listing_order(Xapian::Enquire& enquire) {
  enquire.set_sort_by_relevance_then_value(schema::kOrderSlot, true);
}

// Documents with a value in `slot`: every value is at least "\0" (Xapian keeps no empty values),
// and OP_VALUE_GE with an empty bound would match every document.
Xapian::Query has_value(Xapian::valueno slot) {
  return Xapian::Query(Xapian::Query::OP_VALUE_GE, slot, std::string(1, '\0'));
}

MatchPage local_page(const Xapian::Database& db, const Xapian::Query& query, SortOrder sort,
                     Xapian::doccount offset, Xapian::doccount limit, FacetCounter& counter,
                     const facet_columns::ColumnView* listing_ranks) {
  if (sort == SortOrder::kRelevance) {
    // Two passes: counting every match needs no weights (BoolWeight reads no document lengths),
    // and ranking for a page alone lets Xapian skip the documents that cannot reach it. On one
    // shard the counting pass also lists the matches, so that a phrase is ranked without
    // checking its positions again (ranking_query.hpp), and a query whose matches all weigh 0
    // is put in order from the listing ranks alone (listing_ranks.hpp).
    const bool one_shard = limit > 0 && db.size() == 1;
    if (!one_shard) listing_ranks = nullptr;
    std::optional<Xapian::Query> ranking_query;
    if (one_shard) ranking_query = without_positions(query);
    std::vector<Xapian::docid> matches;
    MatchCollector collect(matches);
    Xapian::Enquire counting(db);
    counting.set_query(query);
    counting.set_weighting_scheme(Xapian::BoolWeight());
    counter.attach(counting);
    if (ranking_query || listing_ranks) counting.add_matchspy(&collect);
    const Xapian::MSet counted = counting.get_mset(0, 0, db.get_doccount());
    const Xapian::doccount total = counted.get_matches_estimated();
    if (limit == 0 || offset >= total) return {total, {counted}};
    Xapian::Enquire ranking(db);
    if (listing_ranks) {
      ranking.set_query(query);
      if (ranking.get_mset(0, 0).get_max_possible() == 0) {
        // Every match weighs 0: the page is the matches' listing order alone.
        ranking.set_query(
            documents_query(listing_slice(std::move(matches), *listing_ranks, offset, limit)));
        relevance_then_listing_order(ranking);
        return {total, {ranking.get_mset(0, limit)}};
      }
    }
    std::optional<ListingRankKey> rank_key;  // outlives the get_mset that reads it
    if (listing_ranks) {
      rank_key.emplace(*listing_ranks);
      ranking.set_sort_by_relevance_then_key(&*rank_key, true);
    } else {
      relevance_then_listing_order(ranking);
    }
    if (ranking_query) {
      std::sort(matches.begin(), matches.end());
      ranking.set_query(Xapian::Query(Xapian::Query::OP_FILTER, *ranking_query,
                                      documents_query(std::move(matches))));
    } else {
      ranking.set_query(query);
    }
    return {total, {ranking.get_mset(offset, limit)}};
  }
  Xapian::Enquire enquire(db);
  enquire.set_query(query);
  Xapian::MultiValueKeyMaker keys;
  switch (sort) {
    case SortOrder::kRelevance:
      break;
    case SortOrder::kNewest:
      enquire.set_sort_by_value_then_relevance(kDateSlot, true);  // undated (empty) last
      break;
    case SortOrder::kOldest:
      keys.add_value(kDateSlot, false, "99999999");  // undated last
      enquire.set_sort_by_key_then_relevance(&keys, false);
      break;
    case SortOrder::kPaid:
      keys.add_value(kPaidSlot, true);
      keys.add_value(kDateSlot, true);
      enquire.set_sort_by_key_then_relevance(&keys, false);
      break;
  }
  counter.attach(enquire);
  // checkatleast = every document: the total and the facet counts are exact.
  Xapian::MSet mset = enquire.get_mset(offset, limit, db.get_doccount());
  return {mset.get_matches_estimated(), {mset}};
}

// The page of `query` by date (newest or oldest first), then relevance; no counting.
Xapian::MSet by_date(const Xapian::Database& db, const Xapian::Query& query, bool newest,
                     Xapian::doccount offset, Xapian::doccount limit,
                     Xapian::doccount checkatleast = 0) {
  Xapian::Enquire enquire(db);
  enquire.set_query(query);
  enquire.set_sort_by_value_then_relevance(kDateSlot, newest);
  return enquire.get_mset(offset, limit, checkatleast);
}

// The pages of the amounts paid that [offset, offset + limit) spans, most paid first, each by
// date. `amounts` counted the matches per amount.
std::vector<Xapian::MSet> paid_pages(const Xapian::Database& db, const Xapian::Query& query,
                                     const Xapian::ValueCountMatchSpy& amounts,
                                     Xapian::doccount total, Xapian::doccount offset,
                                     Xapian::doccount limit) {
  // sortable_serialise() keeps numeric order as string order: most paid first.
  std::vector<std::pair<std::string, Xapian::doccount>> groups;
  Xapian::doccount with_amount = 0;
  for (auto it = amounts.values_begin(); it != amounts.values_end(); ++it) {
    groups.emplace_back(*it, it.get_termfreq());
    with_amount += it.get_termfreq();
  }
  std::sort(groups.begin(), groups.end(), [](const auto& a, const auto& b) { return a > b; });
  if (total > with_amount) groups.emplace_back(std::string(), total - with_amount);

  std::vector<Xapian::MSet> pages;
  // 64 bits: offset + limit may pass what a doccount holds.
  const std::uint64_t end = std::min<std::uint64_t>(total, std::uint64_t{offset} + limit);
  std::uint64_t start = 0;
  for (const auto& [amount, count] : groups) {
    if (start >= end) break;
    const std::uint64_t group_end = start + count;
    if (group_end > offset) {
      const auto skip = static_cast<Xapian::doccount>(offset > start ? offset - start : 0);
      const auto take = static_cast<Xapian::doccount>(std::min(group_end, end) - (start + skip));
      const Xapian::Query in_group =
          amount.empty() ? Xapian::Query(Xapian::Query::OP_AND_NOT, query, has_value(kPaidSlot))
                         : Xapian::Query(Xapian::Query::OP_FILTER, query,
                                         Xapian::Query(Xapian::Query::OP_VALUE_RANGE, kPaidSlot,
                                                       amount, amount));
      pages.push_back(by_date(db, in_group, true, skip, take));
    }
    start = group_end;
  }
  return pages;
}

MatchPage remote_page(const Xapian::Database& db, const Xapian::Query& query, SortOrder sort,
                      Xapian::doccount offset, Xapian::doccount limit, FacetCounter& counter) {
  // The counting pass, in relevance order and without a page: sorted by a value, even after
  // relevance to break ties, the spies count too many over two remote shards (above). The page
  // is a pass of its own, with no spies.
  Xapian::Enquire counting(db);
  counting.set_query(query);
  counter.attach(counting);
  Xapian::ValueCountMatchSpy amounts(kPaidSlot);
  if (sort == SortOrder::kPaid) counting.add_matchspy(&amounts);
  const Xapian::MSet counted = counting.get_mset(0, 0, db.get_doccount());
  MatchPage page{counted.get_matches_estimated(), {}};
  if (limit == 0 || offset >= page.total) return page;
  switch (sort) {
    case SortOrder::kRelevance: {
      Xapian::Enquire ranking(db);
      ranking.set_query(query);
      relevance_then_listing_order(ranking);
      page.parts.push_back(ranking.get_mset(offset, limit));
      break;
    }
    case SortOrder::kNewest:
      page.parts.push_back(by_date(db, query, true, offset, limit));
      break;
    case SortOrder::kOldest: {
      // The dated matches from the earliest, then the undated ones by relevance.
      const Xapian::MSet dated =
          by_date(db, Xapian::Query(Xapian::Query::OP_FILTER, query, has_value(kDateSlot)), false,
                  offset, limit, db.get_doccount());
      const Xapian::doccount dated_total = dated.get_matches_estimated();
      Xapian::Enquire undated(db);
      relevance_then_listing_order(undated);
      undated.set_query(Xapian::Query(Xapian::Query::OP_AND_NOT, query, has_value(kDateSlot)));
      page.parts = {dated, undated.get_mset(offset > dated_total ? offset - dated_total : 0,
                                            limit - dated.size())};
      break;
    }
    case SortOrder::kPaid:
      page.parts = paid_pages(db, query, amounts, page.total, offset, limit);
      break;
  }
  return page;
}

}  // namespace

MatchPage match_page(const Xapian::Database& db, const Xapian::Query& query, SortOrder sort,
                     Xapian::doccount offset, Xapian::doccount limit, FacetCounter& counter,
                     MatchPlan plan, const facet_columns::ColumnView* listing_ranks) {
  return plan == MatchPlan::kLocal
             ? local_page(db, query, sort, offset, limit, counter, listing_ranks)
             : remote_page(db, query, sort, offset, limit, counter);
}

}  // namespace ombud
