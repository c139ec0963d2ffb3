#include "run/index_pipeline.hpp"

#include <chrono>
#include <thread>

#include "database.hpp"
#include "index_stamp.hpp"
#include "run/analysis_workers.hpp"
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

// The start time of a run that changed anything, in every shard (a stub's reader sees the first
// shard's), in the last batch: a run cut short records nothing, so readers (ombud-alerts) only see
// whole runs. A run that changed nothing writes nothing: the database stays as it was.
void IndexPipeline::record_run(ShardSet& shards, const std::string& stamp, bool changed) {
  if (!changed) return;
  for (std::size_t i = 0; i < shards.size(); ++i) {
    Xapian::WritableDatabase& db = shards.writer(i).database();
    db.set_metadata(std::string(kLastChangeRunKey), stamp);
  }
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
    record_run(*shards, stamp, summary.added + summary.replaced + summary.removed > 0);
    shards->commit();
  } catch (...) {
    stop_threads();
    meter.finish();
    throw;
  }
  meter.finish();

  summary.unchanged += walk.unchanged();
  summary.skipped += walk.errors();
  for (const auto& [kind, n] : walk.error_reasons()) summary.skip_reasons[kind] += n;
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
  summary.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  return summary;
}

}  // namespace ombud
