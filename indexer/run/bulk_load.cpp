#include "run/bulk_load.hpp"

#include <filesystem>

#include "run/bulk_claims.hpp"
#include "run/bulk_workers.hpp"
#include "run/change_walk.hpp"
#include "run/in_order_applier.hpp"
#include "run/work_queue.hpp"
#include "write/bulk_chunks.hpp"
#include "write/compaction.hpp"

namespace ombud {
namespace fs = std::filesystem;

namespace {

// The sources of shard `shard`'s merge, in order. The ledger comes first so that its metadata
// (this run's stamp) wins over the database's own (an earlier run's stamp, when every decision
// was since removed); the chunks follow in walk order.
std::vector<std::string> merge_sources(const std::string& folder, std::size_t shard,
                                       const std::string& ledger, const std::string& database) {
  std::vector<std::string> sources{ledger, database};
  for (std::string& chunk : bulk_chunk_paths(folder, shard)) sources.push_back(std::move(chunk));
  return sources;
}

}  // namespace

bool bulk_load_applies(const IndexOptions& options, const ShardSet& shards,
                       const FileRegistry& registry) {
  return options.bulk && shards.doccount() == 0 && registry.empty();
}

void remove_dead_bulk_load(const std::string& db_path) {
  fs::remove_all(bulk_folder(db_path));
}

void load_in_bulk(std::unique_ptr<ShardSet> shards, const IndexOptions& options,
                  const FileRegistry& registry, const std::string& run_stamp, ProgressMeter& meter,
                  IndexSummary& summary) {
  const std::string folder = bulk_folder(options.db_path);
  remove_dead_bulk_load(options.db_path);
  fs::create_directories(folder);
  const std::size_t n = shards->size();
  auto ledger =
      std::make_unique<ShardSet>((fs::path(folder) / "ledger").string(), n, options.batch_size);

  const unsigned jobs = bulk_jobs(options.jobs);
  WorkQueue<FileTask> tasks(64 * jobs);
  WorkQueue<AnalysedFile> results(64 * jobs);
  ChangeWalk walk(options.paths, registry, meter, tasks, options.rehash);
  BulkWorkers workers(jobs, options.load, options.spelling,
                      {folder, n, options.batch_size, run_stamp}, tasks, results);
  bool stopped = false;
  auto stop_threads = [&] {
    if (stopped) return;
    stopped = true;
    workers.stop();
    walk.join();
    workers.join();  // rethrows a worker's error
  };

  BulkClaims claims;
  try {
    InOrderApplier applier(*ledger, registry, meter, walk, summary, options.list_changes, &claims);
    while (auto file = results.pop()) applier.take(std::move(*file));
    stop_threads();
    for (const BulkClaims::Move& move : claims.moves())
      move_in_bulk_chunks(folder, move.from, move.to, shard_of(move.case_ref, n));
    if (summary.added + summary.replaced > 0) ledger->record_change_run(run_stamp);
    ledger->commit();
    shards->commit();  // the thesaurus
  } catch (...) {
    try {
      stop_threads();
    } catch (...) {  // the error being thrown is the one to report
    }
    throw;
  }
  add_walk_counts(walk, summary);

  const std::vector<std::string> databases = shards->paths();
  const std::vector<std::string> ledgers = ledger->paths();
  shards.reset();  // the merge swaps each database for its merged copy: nothing may hold it open
  ledger.reset();
  summary.doccount = 0;
  for (std::size_t i = 0; i < n; ++i) {
    compact_in_place(databases[i], merge_sources(folder, i, ledgers[i], databases[i]));
    summary.doccount += Xapian::Database(databases[i]).get_doccount();
  }
  remove_dead_bulk_load(options.db_path);
}

}  // namespace ombud
