// Every match of a query, with the values of some slots, handed to a callback once per match: the
// one place ombud-stats reads the index. On local databases (one or several shards) a match spy
// reads the values while Xapian matches (checkatleast = every document, so no match is skipped);
// on the facet column file's database (one local shard with a current file) the spy reads the
// columns it has instead of asking Xapian. Over remote shards a spy of ours cannot run (inside
// xapian-tcpsrv only Xapian's own spies exist), so there the matches come back as an MSet of
// every match and their documents are fetched (MSet::fetch asks for them all at once).
#pragma once

#include <xapian.h>

#include <functional>
#include <string_view>
#include <vector>

#include "database.hpp"
#include "search/facet_columns.hpp"

namespace ombud::stats {

// Called once per match with the values of the slots asked for, in their order ("" for none).
// The views are valid during the call only.
using MatchVisitor = std::function<void(const std::string_view* values)>;

enum class MatchReading {
  kColumns,  // the facet column file for the slots it holds, the document for the others
  kSpy,      // the document's values, while matching
  kFetch,    // an MSet of every match, documents fetched (remote shards)
};

// The way `db` can be read: kFetch when a shard is remote, kColumns when `columns` holds at least
// one of `slots`, else kSpy.
MatchReading choose_reading(const ReadDatabase& db, const FacetColumns& columns,
                            const std::vector<Xapian::valueno>& slots);

// Visits every document `query` matches. Throws what Xapian throws (WildcardError,
// DatabaseModifiedError, NetworkError).
void for_each_match(const Xapian::Database& db, const Xapian::Query& query,
                    const std::vector<Xapian::valueno>& slots, MatchReading reading,
                    const FacetColumns& columns, const MatchVisitor& visit);

}  // namespace ombud::stats
