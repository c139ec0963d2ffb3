// The walk step of an index run, on its own thread: finds the decision files under the paths
// given, passes over those the file registry says are unchanged (same size and modification time:
// not even read), and queues the rest for the analysis workers, numbered in walk order. A folder
// or path that cannot be read is reported and counted as skipped.
#pragma once

#include <atomic>
#include <cstddef>
#include <map>
#include <string>
#include <thread>
#include <unordered_set>
#include <vector>

#include "run/file_task.hpp"
#include "run/index_run.hpp"
#include "run/progress_meter.hpp"
#include "run/work_queue.hpp"
#include "write/file_registry.hpp"

namespace ombud {

class ChangeWalk {
 public:
  // Starts walking `paths` at once; closes `tasks` when done. With `reread_all`, a file whose
  // size and modification time are as recorded is read again too (--rehash).
  ChangeWalk(const std::vector<std::string>& paths, const FileRegistry& registry,
             ProgressMeter& meter, WorkQueue<FileTask>& tasks, bool reread_all = false);
  ~ChangeWalk();  // stops the walk early if it is still running, and joins
  ChangeWalk(const ChangeWalk&) = delete;
  ChangeWalk& operator=(const ChangeWalk&) = delete;

  void join();

  // Files passed over as unchanged so far: read while the walk runs, for the progress line.
  std::size_t unchanged() const { return unchanged_; }

  // What the walk found, once joined: nothing but the walk thread touches these before, so they
  // need no lock.
  const std::unordered_set<std::string>& seen() const { return seen_; }  // every file's key
  std::size_t errors() const { return errors_; }
  const std::map<std::string, std::size_t>& error_reasons() const { return reasons_; }

 private:
  void walk();
  void found(const std::string& path);
  void cannot_read(const std::string& path, const std::string& reason);

  const std::vector<std::string>& paths_;
  const FileRegistry& registry_;
  ProgressMeter& meter_;
  WorkQueue<FileTask>& tasks_;
  bool reread_all_;
  std::size_t next_seq_ = 0;
  std::atomic<std::size_t> unchanged_{0};
  std::unordered_set<std::string> seen_;
  std::size_t errors_ = 0;
  std::map<std::string, std::size_t> reasons_;
  std::thread thread_;  // last: started once everything above is ready
};

// Adds what `walk` (joined) passed over to `summary`: the unchanged files, and those it could not
// read, by reason.
void add_walk_counts(const ChangeWalk& walk, IndexSummary& summary);

}  // namespace ombud
