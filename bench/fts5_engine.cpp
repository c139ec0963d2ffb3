#include "fts5_engine.hpp"

#include <stdexcept>

namespace ombud::bench {
namespace {

std::string column_text(sqlite3_stmt* stmt, int column) {
  const unsigned char* text = sqlite3_column_text(stmt, column);
  return text ? std::string(reinterpret_cast<const char*>(text)) : std::string();
}

bool step_row(sqlite3* db, sqlite3_stmt* stmt) {
  const int rc = sqlite3_step(stmt);
  if (rc == SQLITE_ROW) return true;
  if (rc == SQLITE_DONE) return false;
  throw std::runtime_error(std::string("SQLite: ") + sqlite3_errmsg(db));
}

}  // namespace

Fts5Engine::Fts5Engine(const std::string& db_path)
    : db_(open_sqlite(db_path, SQLITE_OPEN_READONLY)) {}

EngineAnswer Fts5Engine::run(const PlannedQuery& query) {
  const bool has_text = !query.fts_match.empty();
  const std::string where = query.sql_where.empty() ? "1" : query.sql_where;
  std::string from;
  std::string condition;
  std::string page_columns;
  std::string order;
  if (has_text) {
    from = "docs JOIN meta m ON m.id = docs.rowid";
    condition = "docs MATCH ?1 AND (" + where + ")";
    page_columns = "m.case_ref, snippet(docs, 0, '[', ']', '...', 16)";
    order = query.sort_by_date ? "m.date DESC, rank" : "rank";
  } else {
    // No text to match: the filters alone, over the facts table; the page shows each text's
    // start, as ombud does for a query without words.
    from = "meta m JOIN docs ON docs.rowid = m.id";
    condition = where;
    page_columns = "m.case_ref, substr(docs.body, 1, 200)";
    order = query.sort_by_date ? "m.date DESC, m.id" : "m.id";
  }

  EngineAnswer answer;
  Statement page =
      prepare(db_.get(), "SELECT " + page_columns + " FROM " + from + " WHERE " + condition +
                             " ORDER BY " + order + " LIMIT " + std::to_string(kPageSize));
  if (has_text) sqlite3_bind_text(page.get(), 1, query.fts_match.c_str(), -1, SQLITE_STATIC);
  while (step_row(db_.get(), page.get())) {
    answer.top.push_back(column_text(page.get(), 0));
    answer.snippets.push_back(column_text(page.get(), 1));
  }

  const std::string facet_from = has_text ? from : "meta m";
  Statement facets = prepare(db_.get(),
                             "SELECT m.council, m.outcome, m.category, m.year, "
                             "count(*) FROM " +
                                 facet_from + " WHERE " + condition + " GROUP BY 1, 2, 3, 4");
  if (has_text) sqlite3_bind_text(facets.get(), 1, query.fts_match.c_str(), -1, SQLITE_STATIC);
  while (step_row(db_.get(), facets.get())) {
    const long long n = sqlite3_column_int64(facets.get(), 4);
    answer.count += n;
    for (int c = 0; c < 4; ++c) {
      if (sqlite3_column_type(facets.get(), c) == SQLITE_NULL) continue;
      answer.facets[kFacetNames[static_cast<std::size_t>(c)]][column_text(facets.get(), c)] += n;
    }
  }
  return answer;
}

}  // namespace ombud::bench
