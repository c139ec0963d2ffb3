#include "searcher.hpp"

#include <nlohmann/json.hpp>

#include "decision_json.hpp"
#include "field_processors.hpp"
#include "query_error.hpp"

namespace ombud {
namespace {

using schema::FieldId;

// A commit between two reads of a search invalidates what was read; a few reopens are enough
// unless the indexer commits continuously.
constexpr int kMaxAttempts = 5;

Decision read_decision(const Xapian::Document& doc) {
  return decision_from_json(nlohmann::ordered_json::parse(doc.get_data()));
}

void set_sort(Xapian::Enquire& enquire, SortOrder sort, Xapian::MultiValueKeyMaker& keys) {
  const Xapian::valueno date = schema::field(FieldId::kDate).slot;
  switch (sort) {
    case SortOrder::kRelevance:
      return;
    case SortOrder::kNewest:
      keys.add_value(date, true);
      break;  // undated (empty) last
    case SortOrder::kOldest:
      keys.add_value(date, false, "99999999");
      break;  // undated last
    case SortOrder::kPaid:
      keys.add_value(schema::field(FieldId::kPaid).slot, true);
      keys.add_value(date, true);
      break;
  }
  enquire.set_sort_by_key_then_relevance(&keys, false);
}

}  // namespace

std::optional<SortOrder> parse_sort_order(std::string_view name) {
  if (name == "relevance") return SortOrder::kRelevance;
  if (name == "newest") return SortOrder::kNewest;
  if (name == "oldest") return SortOrder::kOldest;
  if (name == "paid") return SortOrder::kPaid;
  return std::nullopt;
}

Searcher::Searcher(Xapian::Database db, Xapian::termcount wildcard_limit)
    : db_(std::move(db)), wildcard_limit_(wildcard_limit) {}

template <typename Run>
auto Searcher::retrying(Run&& run) {
  for (int attempt = 1;; ++attempt) {
    try {
      return run();
    } catch (const Xapian::DatabaseModifiedError&) {
      if (attempt == kMaxAttempts) throw;
      db_.reopen();
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

  FacetCounter counter(request.facets);  // before the Enquire, which holds its spies
  Xapian::MultiValueKeyMaker keys;
  Xapian::Enquire enquire(db_);
  enquire.set_query(built.query);
  set_sort(enquire, request.sort, keys);
  counter.attach(enquire);
  Xapian::MSet mset;
  try {
    // checkatleast = every document: the total and the facet counts are exact.
    mset = enquire.get_mset(request.offset, request.limit, db_.get_doccount());
  } catch (const Xapian::WildcardError& e) {
    throw QueryError(wildcard_error_message(e, wildcard_limit_));
  }
  result.total = mset.get_matches_estimated();
  result.facets = counter.counts();

  std::optional<SnippetMaker> snippets;
  if (request.snippets && !mset.empty())
    snippets.emplace(db_, built.query, built.wildcards, request.snippet_length);
  Xapian::doccount rank = request.offset;
  for (auto it = mset.begin(); it != mset.end(); ++it) {
    Hit hit;
    hit.rank = ++rank;
    hit.docid = *it;
    hit.score = it.get_weight();
    hit.decision = read_decision(it.get_document());
    if (snippets) hit.snippet = snippets->make(hit.decision.text);
    result.hits.push_back(std::move(hit));
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
