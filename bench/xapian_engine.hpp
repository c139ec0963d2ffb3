// The plain Xapian baseline at query time: QueryParser (English, STEM_SOME, AND by default) with
// the baseline's boolean prefixes and range processors, top ten, no facets, no snippets.
#pragma once

#include <xapian.h>

#include <string>

#include "engine.hpp"

namespace ombud::bench {

class XapianEngine : public Engine {
 public:
  // With `exact_count`, get_mset checks every match so the count is exact (what the agreement
  // check needs); without, Xapian's default early termination gives an estimate, the fastest a
  // top-ten page can be.
  XapianEngine(const std::string& db_path, bool exact_count);
  std::string name() const override { return exact_count_ ? "xapian" : "xapian-top10"; }
  EngineAnswer run(const PlannedQuery& query) override;

 private:
  Xapian::Database db_;
  bool exact_count_;
};

}  // namespace ombud::bench
