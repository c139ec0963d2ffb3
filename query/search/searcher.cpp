#include "search/searcher.hpp"

#include <algorithm>
#include <stdexcept>

#include "analyzer.hpp"
#include "database.hpp"
#include "parse/field_processors.hpp"
#include "parse/query_error.hpp"
#include "search/like_query.hpp"
#include "search/query_bounds.hpp"
#include "search/stored_decision.hpp"
#include "search/term_words.hpp"

namespace ombud {
namespace {

using schema::FieldId;

// A commit between two reads of a search invalidates what was read; a few reopens are enough
// unless the indexer commits continuously.
constexpr int kMaxAttempts = 5;

Decision read_decision(const Xapian::Document& doc) {
  return read_document_decision(doc);
}

// The readable words of --like's terms, from the decision's own text (which holds every one).
LikeSummary like_summary(const LikeQuery& liked) {
  LikeSummary out;
  out.case_ref = liked.case_ref;
  const auto forms = common_forms({liked.text}, {liked.terms.begin(), liked.terms.end()});
  for (const std::string& term : liked.terms) {
    const auto form = forms.find(term);
    out.words.push_back(form != forms.end() ? form->second
                                            : term.substr(schema::kTextPrefix.size()));
  }
  return out;
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

SearchResult Searcher::search(const SearchRequest& request) {
  return retrying([&] {
    SearchResult result;
    run_search(request, request.limit, [&](SearchResult&& page) {
      // One call: the page holds every hit asked for.
      result = std::move(page);
      return true;
    });
    return result;
  });
}

void Searcher::search_each(const SearchRequest& request, Xapian::doccount page_size,
                           const std::function<bool(SearchResult&&)>& each) {
  SearchRequest all = request;
  all.limit = db_.get_doccount();  // every match
  bool delivered = false;
  retrying([&] {
    try {
      run_search(all, std::max<Xapian::doccount>(page_size, 1), [&](SearchResult&& page) {
        delivered = true;
        return each(std::move(page));
      });
    } catch (const Xapian::DatabaseModifiedError&) {
      // What was written cannot be taken back: running again would repeat or miss hits.
      if (delivered) {
        throw std::runtime_error(
            "the database changed while its matches were being written (ombud-index committed "
            "twice meanwhile); what was written is incomplete: run the search again");
      }
      throw;
    }
  });
}

void Searcher::run_search(const SearchRequest& request, Xapian::doccount page_size,
                          const std::function<bool(SearchResult&&)>& each) {
  BuiltQuery built = QueryBuilder(db_, wildcard_limit_).build(request.query);
  LikeSummary like;
  if (!request.like.empty()) {
    LikeQuery liked = like_query(db_, request.like, built.query);
    built.query = liked.query;
    like = like_summary(liked);
  }
  // Before the Enquires, which hold its spies.
  FacetCounter counter(request.facets, &facet_columns_);
  check_chain_lengths(built.query);  // before matching: a long one alone takes seconds
  MatchPage page;
  try {
    page = match_page(db_, built.query, request.sort, request.offset, request.limit, counter, plan_,
                      facet_columns_.column(schema::kOrderSlot));
  } catch (const Xapian::WildcardError& e) {
    throw QueryError(wildcard_error_message(e, wildcard_limit_));
  }
  std::optional<SnippetMaker> snippets;  // made for the first hits that need one
  SearchResult result;
  auto deliver = [&] {
    result.query = built.query;
    result.total = page.total;
    if (request.snippets && !result.hits.empty()) {
      if (!snippets) {
        snippets.emplace(db_, built.query, built.wildcards, request.snippet_length,
                         request.snippet_model.value_or(remote() ? SnippetModel::kQueryWords
                                                                 : SnippetModel::kAllWords),
                         &snippet_cache_);
      }
      add_snippets(*snippets, result.hits);
    }
    const bool more = each(std::move(result));
    result = SearchResult();
    return more;
  };
  // The facet counts go with the first page only: they are the same for every page.
  result.facets = counter.counts(page.total);
  if (request.terms > 0)
    result.terms = distinctive_terms(db_, built.query, page.total, request.terms,
                                     remote() ? kRemoteTermsSample : kTermsSample);
  result.like = std::move(like);
  if (request.suggest) add_suggestion(request, page.total, result);
  bool first = true;
  Xapian::doccount rank = request.offset;
  for (const Xapian::MSet& mset : page.parts) {
    for (auto it = mset.begin(); it != mset.end(); ++it) {
      Hit hit;
      hit.rank = ++rank;
      hit.docid = *it;
      hit.score = it.get_weight();
      hit.decision = read_decision(it.get_document());
      result.hits.push_back(std::move(hit));
      if (result.hits.size() == page_size) {
        first = false;
        if (!deliver()) return;
      }
    }
  }
  if (first || !result.hits.empty()) deliver();
}

void Searcher::add_suggestion(const SearchRequest& request, Xapian::doccount total,
                              SearchResult& result) {
  Analyzer analyzer;
  if (remote()) {
    // Xapian 1.4's remote backend serves no spelling data (nor synonyms): asking would find
    // nothing, so say that there was nothing to ask rather than stay silent.
    result.suggestion_unavailable =
        check_spelling(db_, request.query, analyzer, false).unknown_words;
    return;
  }
  SpellingCheck check = check_spelling(db_, request.query, analyzer);
  if (!check.suggestion) return;
  if (total == 0) {
    // The count the suggestion would find, over every match, as the query's own total is.
    try {
      const BuiltQuery built = QueryBuilder(db_, wildcard_limit_).build(check.suggestion->query);
      FacetCounter none({}, nullptr);
      result.suggestion_total = match_page(db_, built.query, request.sort, 0, 0, none, plan_).total;
    } catch (const QueryError&) {
      // A query that read before reads after a word is replaced by a word; should it not, the
      // suggestion is still worth showing, without a count.
    }
  }
  result.suggestion = std::move(check.suggestion);
}

void Searcher::add_snippets(SnippetMaker& snippets, std::vector<Hit>& hits) {
  std::vector<std::string_view> texts;
  for (const Hit& hit : hits) texts.push_back(hit.decision.text);
  snippets.prepare(texts);
  for (Hit& hit : hits) {
    std::string_view text = hit.decision.text;
    // Nothing to choose a passage by: the Summary says what the decision is about.
    const auto& summary_at = hit.decision.summary_at;
    if (!snippets.has_words() && summary_at && *summary_at < text.size())
      text.remove_prefix(*summary_at);
    hit.snippet = snippets.make(text);
  }
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
