// The parts of ombud's query job timed on their own, for the figures bench/run reports beside the
// whole-job latencies: each hit's snippet (ombud's SnippetMaker, and Xapian's MSet::snippet,
// which it reproduces: are they the same?), and facet counting (four facets counted from the
// facet column file, and by Xapian's ValueCountMatchSpy, against no facets at all).
#pragma once

#include <nlohmann/json.hpp>
#include <string>

#include "database.hpp"
#include "query_plan.hpp"
#include "search/searcher.hpp"

namespace ombud::bench {

class OmbudParts {
 public:
  explicit OmbudParts(const std::string& db_path);

  // One JSON object for `query`: per hit shown, the snippet's best time of `runs` (µs), its
  // MSet::snippet time (µs, one run), the text's bytes and whether the two snippets are equal;
  // the best time of `runs` of the match counting four facets from the columns, with spies and
  // with none (ms, no page: limit 0), and the number of matches.
  nlohmann::ordered_json measure(const PlannedQuery& query, int runs);

 private:
  ReadDatabase db_;
  Searcher with_columns_;
  Searcher with_spies_;
  SnippetCache cache_;
};

}  // namespace ombud::bench
