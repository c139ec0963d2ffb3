// The SQLite FTS5 baseline doing ombud's whole job: the top ten by bm25 (or by date) with a
// snippet each, and the exact count of every match for the same four facets, from one GROUP BY
// over the matches (the total is its sum).
#pragma once

#include <string>

#include "engine.hpp"
#include "sqlite_handle.hpp"

namespace ombud::bench {

class Fts5Engine : public Engine {
 public:
  explicit Fts5Engine(const std::string& db_path);
  std::string name() const override { return "fts5"; }
  EngineAnswer run(const PlannedQuery& query) override;

 private:
  SqliteDb db_;
};

}  // namespace ombud::bench
