// ombud-bench-query: runs the planned query mix on every engine in one process, each query a
// warm-up then N timed runs, and writes one JSON object a line per query and engine: the best
// time, every time, the count, the first page and the facet counts. bench/run turns these into
// percentiles and checks that the engines agree. With --parts-out, ombud's snippets and facet
// counting are also timed on their own (ombud_parts.hpp).
#include <fmt/format.h>

#include <CLI/CLI.hpp>
#include <chrono>
#include <fstream>
#include <iostream>
#include <memory>
#include <nlohmann/json.hpp>
#include <vector>

#include "engine.hpp"
#include "fts5_engine.hpp"
#include "ombud_engine.hpp"
#include "ombud_parts.hpp"
#include "query_plan.hpp"
#include "xapian_engine.hpp"

namespace {

using ombud::bench::Engine;
using ombud::bench::EngineAnswer;
using ombud::bench::PlannedQuery;

struct Timed {
  std::vector<double> ms;
  EngineAnswer answer;
  std::string error;
};

Timed measure(Engine& engine, const PlannedQuery& query, int warmups, int runs) {
  Timed t;
  try {
    for (int i = 0; i < warmups; ++i) t.answer = engine.run(query);
    for (int i = 0; i < runs; ++i) {
      const auto start = std::chrono::steady_clock::now();
      t.answer = engine.run(query);
      const auto stop = std::chrono::steady_clock::now();
      t.ms.push_back(std::chrono::duration<double, std::milli>(stop - start).count());
    }
  } catch (const std::exception& e) {
    t.error = e.what();
  }
  return t;
}

}  // namespace

int main(int argc, char** argv) try {
  std::string plan_path, out_path, parts_path, ombud_db, xapian_db, fts5_db;
  int runs = 5;
  int warmups = 1;
  CLI::App app{"Run the benchmark's query mix on ombud and the baselines."};
  app.add_option("--plan", plan_path, "Query plan (TSV, written by bench/run)")->required();
  app.add_option("--out", out_path, "Where to write the results (JSON lines)")->required();
  app.add_option("--ombud-db", ombud_db, "ombud database");
  app.add_option("--parts-out", parts_path,
                 "Where to write ombud's snippet and facet timings (JSON lines)");
  app.add_option("--xapian-db", xapian_db, "Plain Xapian baseline database");
  app.add_option("--fts5-db", fts5_db, "SQLite FTS5 baseline database");
  app.add_option("--runs", runs, "Timed runs per query and engine (the best is kept)")
      ->check(CLI::PositiveNumber);
  app.add_option("--warmups", warmups, "Untimed runs before them")->check(CLI::NonNegativeNumber);
  CLI11_PARSE(app, argc, argv);

  const auto plan = ombud::bench::read_plan(plan_path);
  std::vector<std::unique_ptr<Engine>> engines;
  if (!ombud_db.empty()) engines.push_back(ombud::bench::make_ombud_engine(ombud_db));
  if (!xapian_db.empty()) {
    engines.push_back(std::make_unique<ombud::bench::XapianEngine>(xapian_db, true));
    engines.push_back(std::make_unique<ombud::bench::XapianEngine>(xapian_db, false));
  }
  if (!fts5_db.empty()) engines.push_back(std::make_unique<ombud::bench::Fts5Engine>(fts5_db));

  // ombud's snippets and facet counting timed on their own, into a second file.
  std::unique_ptr<ombud::bench::OmbudParts> parts;
  std::ofstream parts_out;
  if (!ombud_db.empty() && !parts_path.empty()) {
    parts = std::make_unique<ombud::bench::OmbudParts>(ombud_db);
    parts_out.open(parts_path);
    if (!parts_out) throw std::runtime_error(parts_path + ": cannot write");
  }

  std::ofstream out(out_path);
  if (!out) throw std::runtime_error(out_path + ": cannot write");
  std::size_t done = 0;
  for (const PlannedQuery& query : plan) {
    for (auto& engine : engines) {
      const Timed t = measure(*engine, query, warmups, runs);
      nlohmann::ordered_json line = {{"id", query.id},           {"class", query.query_class},
                                     {"engine", engine->name()}, {"ms", t.ms},
                                     {"count", t.answer.count},  {"top", t.answer.top}};
      if (!t.answer.facets.empty()) line["facets"] = t.answer.facets;
      if (!t.error.empty()) line["error"] = t.error;
      out << line.dump() << '\n';
    }
    if (parts) parts_out << parts->measure(query, runs).dump() << '\n';
    if (++done % 50 == 0)
      std::cerr << fmt::format("ombud-bench-query: {} of {} queries\n", done, plan.size());
  }
  return 0;
} catch (const std::exception& e) {
  std::cerr << "ombud-bench-query: " << e.what() << '\n';
  return 2;
}
