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
  const std::string limit = " LIMIT " + std::to_string(kPageSize);
  const std::string text_from = "docs JOIN meta m ON m.id = docs.rowid";
  const std::string text_condition = "docs MATCH ?1 AND (" + where + ")";
  EngineAnswer answer;

  if (has_text && !query.sort_by_date) {
    // FTS5's own idiom: rows come out in rank order, so snippet() runs for the page only.
    Statement page = prepare(db_.get(),
                             "SELECT m.case_ref, snippet(docs, 0, '[', ']', '...', 16) "
                             "FROM " +
                                 text_from + " WHERE " + text_condition + " ORDER BY rank" + limit);
    sqlite3_bind_text(page.get(), 1, query.fts_match.c_str(), -1, SQLITE_STATIC);
    while (step_row(db_.get(), page.get())) {
      answer.top.push_back(column_text(page.get(), 0));
      answer.snippets.push_back(column_text(page.get(), 1));
    }
  } else if (has_text) {
    // Sorted by date, SQLite would compute snippet() for every match before sorting: take the
    // page first, then a snippet for each of its rows.
    Statement page =
        prepare(db_.get(), "SELECT docs.rowid, m.case_ref FROM " + text_from + " WHERE " +
                               text_condition + " ORDER BY m.date DESC, rank" + limit);
    sqlite3_bind_text(page.get(), 1, query.fts_match.c_str(), -1, SQLITE_STATIC);
    Statement snippet = prepare(db_.get(),
                                "SELECT snippet(docs, 0, '[', ']', '...', 16) FROM docs "
                                "WHERE docs MATCH ?1 AND rowid = ?2");
    sqlite3_bind_text(snippet.get(), 1, query.fts_match.c_str(), -1, SQLITE_STATIC);
    while (step_row(db_.get(), page.get())) {
      answer.top.push_back(column_text(page.get(), 1));
      sqlite3_bind_int64(snippet.get(), 2, sqlite3_column_int64(page.get(), 0));
      answer.snippets.push_back(step_row(db_.get(), snippet.get()) ? column_text(snippet.get(), 0)
                                                                   : std::string());
      sqlite3_reset(snippet.get());
    }
  } else {
    // No text to match: the filters alone, over the facts table; the page shows each text's
    // start, as ombud does for a query without words. The text is fetched by rowid for the
    // page only (a join would let the planner scan the whole FTS5 table).
    Statement page = prepare(
        db_.get(),
        "SELECT m.case_ref, (SELECT substr(body, 1, 200) FROM docs WHERE docs.rowid = "
        "m.id) FROM meta m WHERE " +
            where + " ORDER BY " + (query.sort_by_date ? "m.date DESC, m.id" : "m.id") + limit);
    while (step_row(db_.get(), page.get())) {
      answer.top.push_back(column_text(page.get(), 0));
      answer.snippets.push_back(column_text(page.get(), 1));
    }
  }

  Statement facets = prepare(db_.get(),
                             "SELECT m.council, m.outcome, m.category, m.year, "
                             "count(*) FROM " +
                                 (has_text ? text_from : "meta m") + " WHERE " +
                                 (has_text ? text_condition : where) + " GROUP BY 1, 2, 3, 4");
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
