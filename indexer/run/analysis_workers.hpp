// The analysis step of an index run: threads that each take files from the walk, read and
// extract them, and build their documents with an analyzer of their own (ICU's break iterators
// are not shared between threads), for the writer. The last one to finish closes the results.
#pragma once

#include <atomic>
#include <thread>
#include <vector>

#include "analyzer.hpp"
#include "extract/decision_loader.hpp"
#include "run/file_task.hpp"
#include "run/work_queue.hpp"

namespace ombud {

class AnalysisWorkers {
 public:
  // Starts `jobs` threads at once.
  // With `spelling`, each file's words are counted for the spelling dictionary too.
  AnalysisWorkers(unsigned jobs, const LoadOptions& load, bool spelling, WorkQueue<FileTask>& tasks,
                  WorkQueue<AnalysedFile>& results);
  ~AnalysisWorkers();  // stops the workers if they are still running, and joins
  AnalysisWorkers(const AnalysisWorkers&) = delete;
  AnalysisWorkers& operator=(const AnalysisWorkers&) = delete;

  void join();

 private:
  void work();

  const LoadOptions& load_;
  bool spelling_;
  WorkQueue<FileTask>& tasks_;
  WorkQueue<AnalysedFile>& results_;
  std::atomic<unsigned> running_;
  std::vector<std::thread> threads_;
};

// Reads, extracts and analyses the file of `task` with `analyzer` (one per thread): its document
// and words, or why it cannot be indexed.
AnalysedFile analyse_file(FileTask task, const LoadOptions& load, bool spelling,
                          Analyzer& analyzer);

// The threads a run uses: `asked` (--jobs), or by default one per core but one, which is the
// writer's.
unsigned analysis_jobs(unsigned asked);

}  // namespace ombud
