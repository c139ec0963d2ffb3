#include "ombud_parts.hpp"

#include <algorithm>
#include <chrono>

#include "engine.hpp"
#include "parse/query_builder.hpp"

namespace ombud::bench {
namespace {

using schema::FieldId;
using Clock = std::chrono::steady_clock;

const std::vector<FieldId> kFacetFields = {FieldId::kOrganisation, FieldId::kOutcome,
                                           FieldId::kCategory, FieldId::kYear};

double us_since(Clock::time_point start) {
  return std::chrono::duration<double, std::micro>(Clock::now() - start).count();
}

}  // namespace

OmbudParts::OmbudParts(const std::string& db_path)
    : db_(open_for_reading(db_path)),
      with_columns_(db_),
      with_spies_(static_cast<const Xapian::Database&>(db_)),  // no shards known: no columns
      cache_(db_) {}

nlohmann::ordered_json OmbudParts::measure(const PlannedQuery& query, int runs) {
  SearchRequest request;
  request.query = query.ombud;
  request.limit = kPageSize;
  request.sort = query.sort_by_date ? SortOrder::kNewest : SortOrder::kRelevance;
  request.snippets = false;
  const SearchResult page = with_columns_.search(request);

  nlohmann::ordered_json out = {{"id", query.id}, {"class", query.query_class}};
  const BuiltQuery built = QueryBuilder(db_, kDefaultWildcardLimit).build(query.ombud);
  SnippetMaker maker(db_, built.query, built.wildcards, kDefaultSnippetLength,
                     SnippetModel::kAllWords, &cache_);
  std::vector<double> ours, xapians;
  std::vector<std::size_t> bytes;
  int same = 0;
  for (const Hit& hit : page.hits) {
    const std::string& text = hit.decision.text;
    Snippet mine = maker.make(text);  // warm, as the timed searches are
    double best = 1e300;
    for (int i = 0; i < runs; ++i) {
      const auto start = Clock::now();
      mine = maker.make(text);
      best = std::min(best, us_since(start));
    }
    const auto start = Clock::now();
    const Snippet reference = maker.make_with_xapian(text);
    xapians.push_back(us_since(start));
    ours.push_back(best);
    bytes.push_back(text.size());
    same += mine.text == reference.text && mine.highlights == reference.highlights;
  }
  out["snippet_us"] = ours;
  out["xapian_snippet_us"] = xapians;
  out["snippet_bytes"] = bytes;
  out["snippets_same"] = same;

  request.limit = 0;
  auto best_ms = [&](Searcher& searcher, bool facets) {
    request.facets = facets ? kFacetFields : std::vector<FieldId>{};
    searcher.search(request);  // warm-up
    double best = 1e300;
    for (int i = 0; i < runs; ++i) {
      const auto start = Clock::now();
      searcher.search(request);
      best = std::min(best, us_since(start) / 1000);
    }
    return best;
  };
  out["matches"] = page.total;
  out["facets_columns_ms"] = best_ms(with_columns_, true);
  out["facets_spies_ms"] = best_ms(with_spies_, true);
  out["no_facets_ms"] = best_ms(with_columns_, false);
  return out;
}

}  // namespace ombud::bench
