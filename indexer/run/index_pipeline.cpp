#include "run/index_pipeline.hpp"

#include <chrono>
#include <thread>

#include "database.hpp"
#include "index_stamp.hpp"
#include "run/analysis_workers.hpp"
#include "run/bulk_load.hpp"
#include "run/change_walk.hpp"
#include "run/in_order_applier.hpp"
#include "run/input_walker.hpp"
#include "run/orphan_settlement.hpp"
#include "run/progress_meter.hpp"
#include "run/work_queue.hpp"
#include "write/compaction.hpp"
#include "write/file_registry.hpp"
#include "write/writer_lock.hpp"

namespace ombud {

namespace {
double seconds_since(std::chrono::steady_clock::time_point start) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}
}  // namespace

IndexPipeline::IndexPipeline(const IndexOptions& options) : options_(options) {
  for (const std::string& p : options_.paths) root_keys_.push_back(registry_key(p));
}

std::unique_ptr<ShardSet> IndexPipeline::open_shards() const {
  for (;;) {
    try {
      return std::make_unique<ShardSet>(options_.db_path, options_.shards, options_.batch_size);
    } catch (const DatabaseLockedError&) {
      if (!options_.wait_for_lock) throw;
      std::this_thread::sleep_for(std::chrono::milliseconds(500));
    }
  }
}

void IndexPipeline::compact(std::unique_ptr<ShardSet> shards) const {
  const std::vector<std::string> paths = shards->paths();
  shards.reset();  // closes the writers (run() still holds the WriterLock): nobody writes now
  for (const std::string& path : paths) compact_in_place(path);
}

IndexSummary IndexPipeline::run() {
  const auto start = std::chrono::steady_clock::now();
  // What this run adds or replaces carries its start time (index_stamp.hpp).
  const std::string stamp = index_stamp(std::chrono::system_clock::now());
  IndexSummary summary;
  ProgressMeter meter(options_.progress);

  const ThesaurusStore thesaurus(options_.thesaurus);  // reads --synonyms files before opening
  // Held to the end of run(): through compaction and its swap, not only while writers are open.
  const WriterLock lock(options_.db_path, options_.wait_for_lock);
  std::unique_ptr<ShardSet> shards = open_shards();
  for (std::size_t i = 0; i < shards->size(); ++i) shards->writer(i).set_run_stamp(stamp);
  const FileRegistry registry(shards->databases());
  summary.thesaurus = thesaurus.install(*shards, [&](const std::string& m) { meter.message(m); });
  if (options_.progress) {
    const InputTotals totals = count_inputs(options_.paths);
    meter.set_total(totals.files, totals.bytes);
  }

  if (bulk_load_applies(options_, *shards, registry)) {
    try {
      load_in_bulk(std::move(shards), options_, registry, stamp, meter, summary);
    } catch (...) {
      meter.finish();
      throw;
    }
    meter.finish();  // merged compacted: --compact has nothing left to do
    summary.seconds = seconds_since(start);
    return summary;
  }
  remove_dead_bulk_load(options_.db_path);  // a dead load's, not needed to open the database

  const unsigned jobs = analysis_jobs(options_.jobs);
  WorkQueue<FileTask> tasks(64 * jobs);
  WorkQueue<AnalysedFile> results(64 * jobs);
  ChangeWalk walk(options_.paths, registry, meter, tasks, options_.rehash);
  AnalysisWorkers workers(jobs, options_.load, options_.spelling, tasks, results);
  auto stop_threads = [&] {
    tasks.close();  // so that neither the walk nor a worker waits on a full queue
    results.close();
    walk.join();
    workers.join();
  };

  try {
    InOrderApplier applier(*shards, registry, meter, walk, summary, options_.list_changes);
    while (auto file = results.pop()) applier.take(std::move(*file));
    stop_threads();
    summary.removed = settle_orphans(*shards,
                                     {registry, walk.seen(), root_keys_, options_.prune,
                                      options_.list_changes ? &summary.changes : nullptr},
                                     applier.take_changes());
    // In the last batch: a run cut short records nothing, so readers (ombud-alerts) see only
    // whole runs. A run that changed nothing writes nothing.
    if (summary.added + summary.replaced + summary.removed > 0) shards->record_change_run(stamp);
    shards->commit();
  } catch (...) {
    stop_threads();
    meter.finish();
    throw;
  }
  meter.finish();

  add_walk_counts(walk, summary);
  summary.doccount = shards->doccount();
  if (options_.compact) {
    try {
      compact(std::move(shards));
    } catch (const std::exception& e) {  // Xapian::Error is not one: caught below
      summary.compaction_error = e.what();
    } catch (const Xapian::Error& e) {
      summary.compaction_error = e.get_description();
    }
  }
  summary.seconds = seconds_since(start);
  return summary;
}

}  // namespace ombud
