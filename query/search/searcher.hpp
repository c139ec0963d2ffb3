// Running a search: the query built once, the matches sorted and paged, exact facet counts over
// all of them, the page's decisions read back with their snippets. Searching while ombud-index
// commits keeps working: a DatabaseModifiedError reopens the database and runs the search again.
#pragma once

#include <xapian.h>

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "database.hpp"
#include "decision.hpp"
#include "parse/query_builder.hpp"
#include "parse/spelling_suggestion.hpp"
#include "schema.hpp"
#include "search/distinctive_terms.hpp"
#include "search/facet_columns.hpp"
#include "search/facet_counter.hpp"
#include "search/match_page.hpp"
#include "search/snippet_cache.hpp"
#include "search/snippet_maker.hpp"
#include "search/sort_order.hpp"

namespace ombud {

// "relevance", "newest", "oldest", "paid", or nullopt.
std::optional<SortOrder> parse_sort_order(std::string_view name);

struct SearchRequest {
  std::string query;  // the query language of docs/search.md; empty matches every decision
  Xapian::doccount offset = 0;
  Xapian::doccount limit = 10;
  SortOrder sort = SortOrder::kRelevance;
  std::vector<schema::FieldId> facets;  // facet fields to count over all matches
  bool snippets = true;
  std::size_t snippet_length = kDefaultSnippetLength;
  // Default: kAllWords, or kQueryWords when a shard is remote (snippet_maker.hpp says why).
  std::optional<SnippetModel> snippet_model;
  bool suggest = true;  // look for a spelling suggestion (spelling_suggestion.hpp)
  // --like: a case reference (any spelling); the query then finds the decisions most like it
  // that also match `query` (like_query.hpp). Empty: an ordinary search.
  std::string like;
  // --terms: how many words that set the matches apart to list (distinctive_terms.hpp); 0: none.
  Xapian::termcount terms = 0;
};

// What --like searched by: the decision and the readable words its query was made of.
struct LikeSummary {
  std::string case_ref;            // empty when the search had no --like
  std::vector<std::string> words;  // best first
};

struct Hit {
  Xapian::doccount rank = 0;  // 1 for the best match, counting from the first page
  Xapian::docid docid = 0;
  double score = 0;
  Decision decision;  // text and title included
  Snippet snippet;    // empty when the request asked for none
};

struct SearchResult {
  Xapian::Query query;         // the query that was run
  Xapian::doccount total = 0;  // exact number of matching decisions
  std::vector<Hit> hits;
  std::vector<FacetCounts> facets;  // in the order the request listed them
  DistinctiveTerms terms;           // with the facets: the first page only
  LikeSummary like;
  // "Did you mean": the query with its misspelt words corrected (the first page only).
  std::optional<SpellingSuggestion> suggestion;
  // When the query matched nothing: how many decisions the suggested query matches (exact).
  std::optional<Xapian::doccount> suggestion_total;
  // A word of the query is unknown to the index, but the database has remote shards, whose
  // spelling data Xapian 1.4's remote backend does not serve: no suggestion could be looked for.
  bool suggestion_unavailable = false;
};

class Searcher {
 public:
  // A database on this machine (a test's, or a program's that opened a local path itself).
  explicit Searcher(Xapian::Database db, Xapian::termcount wildcard_limit = kDefaultWildcardLimit);
  // A database open_for_reading opened: its local shards' facet column files count facets, and
  // its remote shards (if any) choose the remote match plan.
  explicit Searcher(ReadDatabase db, Xapian::termcount wildcard_limit = kDefaultWildcardLimit);

  // Throws QueryError for a bad query (including a wildcard that matches too many words).
  SearchResult search(const SearchRequest& request);

  // Every match from request.offset on (request.limit is not used), handed to `each` a page of
  // `page_size` hits at a time, in order: only one page's decisions are held at once, so memory
  // does not grow with the documents written (the match keeps each hit's id and sort key). Each
  // page has the total; the first also the facet counts. Throws as search() does, and
  // std::runtime_error when the database changes too much to go on after a page was handed out.
  // `each` returns false to stop (the reader has gone).
  void search_each(const SearchRequest& request, Xapian::doccount page_size,
                   const std::function<bool(SearchResult&&)>& each);

  // The decision with this case reference (any spelling), or nullopt.
  std::optional<Decision> find_case(std::string_view case_ref);

  // Whether a shard of the database is served by xapian-tcpsrv.
  bool remote() const { return plan_ == MatchPlan::kRemote; }

  // The database searched (the zero-hit help reads its terms: search/zero_hit_help.hpp).
  const Xapian::Database& database() const { return db_; }

 private:
  template <typename Run>
  auto retrying(Run&& run);
  // The match of `request`, its hits handed to `each` in pages of `page_size` (at least one call,
  // with an empty page when nothing matched).
  void run_search(const SearchRequest& request, Xapian::doccount page_size,
                  const std::function<bool(SearchResult&&)>& each);
  void add_snippets(SnippetMaker& snippets, std::vector<Hit>& hits);
  // Sets result's suggestion fields for `request`, which matched `total` decisions.
  void add_suggestion(const SearchRequest& request, Xapian::doccount total, SearchResult& result);

  Xapian::Database db_;
  std::vector<ShardHandle> shards_;  // when known: the shards of db_, sharing its snapshot
  FacetColumns facet_columns_;       // for db_ as it is now: read again when it is reopened
  SnippetCache snippet_cache_;       // the same
  Xapian::termcount wildcard_limit_;
  MatchPlan plan_;  // how to match on these shards (match_page.hpp)
};

}  // namespace ombud
