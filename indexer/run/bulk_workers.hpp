// The analysis step of a bulk load (run/bulk_load.hpp): each worker thread reads, extracts and
// analyses files as AnalysisWorkers do, and then writes the document into its own chunk
// databases (write/bulk_chunks.hpp) instead of leaving that to the one writer thread. A router
// thread deals the walk's files out by chunk (chunk N to worker N mod jobs), so that each chunk
// has one writer. What the writer thread then gets of each file is what it needs to count it
// and settle duplicates (AnalysedFile::written).
#pragma once

#include <cstddef>
#include <exception>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include "extract/decision_loader.hpp"
#include "run/file_task.hpp"
#include "run/work_queue.hpp"

namespace ombud {

struct BulkTarget {
  std::string folder;  // write/bulk_chunks.hpp's bulk_folder()
  std::size_t shards = 1;
  std::size_t batch_size = 1000;
  std::string run_stamp;
};

class BulkWorkers {
 public:
  // Starts the router and `jobs` workers at once.
  BulkWorkers(unsigned jobs, const LoadOptions& load, bool spelling, BulkTarget target,
              WorkQueue<FileTask>& tasks, WorkQueue<AnalysedFile>& results);
  ~BulkWorkers();  // stops the threads if they are still running, and joins
  BulkWorkers(const BulkWorkers&) = delete;
  BulkWorkers& operator=(const BulkWorkers&) = delete;

  // Stops the router and the workers early (another step failed): they write no more.
  void stop() { stop_all(); }
  // Waits for every thread; then rethrows the first error a worker met writing its chunks (a
  // full disk, say), after which the other workers stopped too.
  void join();

 private:
  void route();
  void work(std::size_t worker);
  void stop_all();

  const LoadOptions& load_;
  bool spelling_;
  BulkTarget target_;
  WorkQueue<FileTask>& tasks_;
  WorkQueue<AnalysedFile>& results_;
  std::vector<std::unique_ptr<WorkQueue<FileTask>>> queues_;  // one per worker
  std::mutex error_mutex_;
  std::exception_ptr error_;
  std::size_t running_;
  std::vector<std::thread> threads_;
};

// The worker threads of a bulk load: `asked` (--jobs), or one per core (no writer thread needs
// one of its own).
unsigned bulk_jobs(unsigned asked);

}  // namespace ombud
