#include "ombud_engine.hpp"

#include "database.hpp"
#include "search/searcher.hpp"

namespace ombud::bench {
namespace {

using schema::FieldId;

// The report's facet names, in kFacetNames order, and the schema fields they count.
const std::vector<FieldId> kFacetFields = {FieldId::kOrganisation, FieldId::kOutcome,
                                           FieldId::kCategory, FieldId::kYear};

class OmbudEngine : public Engine {
 public:
  explicit OmbudEngine(const std::string& db_path) : searcher_(open_for_reading(db_path)) {}
  std::string name() const override { return "ombud"; }

  EngineAnswer run(const PlannedQuery& query) override {
    SearchRequest request;
    request.query = query.ombud;
    request.limit = kPageSize;
    request.sort = query.sort_by_date ? SortOrder::kNewest : SortOrder::kRelevance;
    request.facets = kFacetFields;
    request.snippets = true;
    const SearchResult result = searcher_.search(request);

    EngineAnswer answer;
    answer.count = result.total;
    for (const Hit& hit : result.hits) {
      answer.top.push_back(hit.decision.case_ref);
      answer.snippets.push_back(hit.snippet.text);
    }
    for (std::size_t i = 0; i < result.facets.size() && i < kFacetNames.size(); ++i) {
      auto& counts = answer.facets[kFacetNames[i]];
      // The values only: FTS5's GROUP BY skips the NULLs that ombud counts in its none row.
      for (const FacetValue& v : result.facets[i].values)
        if (!v.none) counts[v.value] += v.count;
    }
    return answer;
  }

 private:
  Searcher searcher_;
};

}  // namespace

std::unique_ptr<Engine> make_ombud_engine(const std::string& db_path) {
  return std::make_unique<OmbudEngine>(db_path);
}

}  // namespace ombud::bench
