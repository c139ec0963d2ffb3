// The query mix as bench/run hands it to ombud-bench-query: each query in ombud's syntax and its
// translations for the baselines (bench/README.md says how they are derived).
#pragma once

#include <string>
#include <vector>

namespace ombud::bench {

struct PlannedQuery {
  std::string id;           // "terms:12"
  std::string query_class;  // "term-rare", "and", "phrase", "facet", ...
  std::string ombud;        // as a user types it to ombud-search
  bool sort_by_date = false;
  std::string xapian;     // for QueryParser on the plain Xapian baseline
  std::string fts_match;  // FTS5 MATCH expression, or empty when the query has no text
  std::string sql_where;  // SQL condition on the meta table (alias m), or empty
};

// Reads the tab-separated plan at `path` (a header line, then id, class, ombud, sort, xapian,
// fts_match, sql_where). Throws std::runtime_error naming the path and line when malformed.
std::vector<PlannedQuery> read_plan(const std::string& path);

}  // namespace ombud::bench
