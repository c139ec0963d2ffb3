#include "search/searcher.hpp"

#include "database.hpp"
#include "parse/field_processors.hpp"
#include "parse/query_error.hpp"
#include "search/query_bounds.hpp"
#include "search/stored_decision.hpp"

namespace ombud {
namespace {

using schema::FieldId;

// A commit between two reads of a search invalidates what was read; a few reopens are enough
// unless the indexer commits continuously.
constexpr int kMaxAttempts = 5;

Decision read_decision(const Xapian::Document& doc) {
  return read_stored_decision(doc.get_data());
}

}  // namespace

std::optional<SortOrder> parse_sort_order(std::string_view name) {
  if (name == "relevance") return SortOrder::kRelevance;
  if (name == "newest") return SortOrder::kNewest;
  if (name == "oldest") return SortOrder::kOldest;
  if (name == "paid") return SortOrder::kPaid;
  return std::nullopt;
}

Searcher::Searcher(ReadDatabase db, Xapian::termcount wildcard_limit)
    : Searcher(static_cast<const Xapian::Database&>(db), wildcard_limit) {
  shards_ = db.shards();
  facet_columns_ = FacetColumns(shards_);
  plan_ = has_remote_shards(db) ? MatchPlan::kRemote : MatchPlan::kLocal;
}

Searcher::Searcher(Xapian::Database db, Xapian::termcount wildcard_limit)
    : db_(std::move(db)),
      snippet_cache_(db_),
      wildcard_limit_(wildcard_limit),
      plan_(MatchPlan::kLocal) {}

template <typename Run>
auto Searcher::retrying(Run&& run) {
  for (int attempt = 1;; ++attempt) {
    try {
      return run();
    } catch (const Xapian::DatabaseModifiedError&) {
      if (attempt == kMaxAttempts) throw;
      db_.reopen();  // and with it each of shards_, which share its snapshot
      facet_columns_ = FacetColumns(shards_);
      snippet_cache_ = SnippetCache(db_);  // word frequencies of the new revision
    }
  }
}

Xapian::Query Searcher::parse(std::string_view text) {
  return retrying([&] { return QueryBuilder(db_, wildcard_limit_).build(text).query; });
}

SearchResult Searcher::search(const SearchRequest& request) {
  return retrying([&] { return run_search(request); });
}

SearchResult Searcher::run_search(const SearchRequest& request) {
  const BuiltQuery built = QueryBuilder(db_, wildcard_limit_).build(request.query);
  SearchResult result;
  result.query = built.query;
  // Before the Enquires, which hold its spies.
  FacetCounter counter(request.facets, &facet_columns_);
  check_chain_lengths(built.query);  // before matching: a long one alone takes seconds
  MatchPage page;
  try {
    page =
        match_page(db_, built.query, request.sort, request.offset, request.limit, counter, plan_);
  } catch (const Xapian::WildcardError& e) {
    throw QueryError(wildcard_error_message(e, wildcard_limit_));
  }
  result.total = page.total;
  result.facets = counter.counts();

  Xapian::doccount rank = request.offset;
  for (const Xapian::MSet& mset : page.parts) {
    for (auto it = mset.begin(); it != mset.end(); ++it) {
      Hit hit;
      hit.rank = ++rank;
      hit.docid = *it;
      hit.score = it.get_weight();
      hit.decision = read_decision(it.get_document());
      result.hits.push_back(std::move(hit));
    }
  }
  if (request.snippets && !result.hits.empty()) {
    SnippetMaker snippets(db_, built.query, built.wildcards, request.snippet_length,
                          request.snippet_model.value_or(remote() ? SnippetModel::kQueryWords
                                                                  : SnippetModel::kAllWords),
                          &snippet_cache_);
    std::vector<std::string_view> texts;
    for (const Hit& hit : result.hits) texts.push_back(hit.decision.text);
    snippets.prepare(texts);
    for (Hit& hit : result.hits) hit.snippet = snippets.make(hit.decision.text);
  }
  return result;
}

std::optional<Decision> Searcher::find_case(std::string_view case_ref) {
  return retrying([&]() -> std::optional<Decision> {
    const Xapian::Query q = field_filter(db_, FieldId::kCaseRef, case_ref);
    Xapian::Enquire enquire(db_);
    enquire.set_query(q);
    const Xapian::MSet mset = enquire.get_mset(0, 1);
    if (mset.empty()) return std::nullopt;
    return read_decision(mset.begin().get_document());
  });
}

}  // namespace ombud
