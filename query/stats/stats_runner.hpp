// Statistics over any query: the query parsed as ombud-search parses it, every match read once
// (match_values.hpp) into tallies (group_tally.hpp), and the rows made (stats_table.hpp). Like the
// searcher, it reopens the database and starts again when ombud-index commits meanwhile.
#pragma once

#include <xapian.h>

#include <string>
#include <string_view>
#include <vector>

#include "database.hpp"
#include "parse/query_builder.hpp"
#include "schema.hpp"
#include "search/facet_columns.hpp"
#include "stats/match_values.hpp"
#include "stats/stats_table.hpp"

namespace ombud::stats {

struct StatsRequest {
  std::string query;                // the language of ombud-search; empty: every decision
  std::vector<schema::FieldId> by;  // none, one or two facet fields
  std::size_t top = 0;              // keep the N values with most decisions (0: all)
};

class StatsRunner {
 public:
  explicit StatsRunner(ReadDatabase db, Xapian::termcount wildcard_limit = kDefaultWildcardLimit);

  // Throws QueryError for a bad query, as Searcher::search does.
  StatsTable run(const StatsRequest& request);

  // How the matches are read (for the benchmark and the tests).
  MatchReading reading(const std::vector<schema::FieldId>& by) const;

 private:
  StatsTable run_once(const StatsRequest& request);

  ReadDatabase db_;
  FacetColumns columns_;  // for db_ as it is now: read again when it is reopened
  Xapian::termcount wildcard_limit_;
};

}  // namespace ombud::stats
