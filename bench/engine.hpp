// What every engine in the query benchmark does with one planned query, and what it answers:
// the exact number of matches, the top ten, and (for the engines that do the whole job) the
// facet counts over every match, so that the harness can check the engines agree.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "query_plan.hpp"

namespace ombud::bench {

// The facets every faceted engine counts, by the names the report uses.
inline const std::vector<std::string> kFacetNames = {"council", "outcome", "category", "year"};

struct EngineAnswer {
  long long count = 0;                // exact number of matching documents
  std::vector<std::string> top;       // case references of the first page, in order
  std::vector<std::string> snippets;  // one per page entry, when the engine makes them
  std::map<std::string, std::map<std::string, long long>> facets;  // facet -> value -> count
};

class Engine {
 public:
  virtual ~Engine() = default;
  virtual std::string name() const = 0;
  // Runs `query` from its text to a finished answer, the whole job a user waits for.
  virtual EngineAnswer run(const PlannedQuery& query) = 0;
};

inline constexpr int kPageSize = 10;

}  // namespace ombud::bench
