#include "run/analysis_workers.hpp"

#include <algorithm>

#include "analyzer.hpp"
#include "read/input_error.hpp"
#include "write/document_builder.hpp"

namespace ombud {

AnalysedFile analyse_file(FileTask task, const LoadOptions& load, bool spelling,
                          Analyzer& analyzer) {
  AnalysedFile out{task.seq, std::move(task.path), std::move(task.key), task.state, {}, {}, {}, {}};
  try {
    Decision d = load_decision(out.path, load);
    d.path = out.key;  // absolute, as the file registry knows it
    out.case_ref = d.case_ref;
    out.doc = build_document(d, analyzer, spelling ? &out.spelling : nullptr);
  } catch (const InputError& e) {
    out.error = e.what();
  }
  return out;
}

AnalysisWorkers::AnalysisWorkers(unsigned jobs, const LoadOptions& load, bool spelling,
                                 WorkQueue<FileTask>& tasks, WorkQueue<AnalysedFile>& results)
    : load_(load), spelling_(spelling), tasks_(tasks), results_(results), running_(jobs) {
  for (unsigned i = 0; i < jobs; ++i) threads_.emplace_back([this] { work(); });
}

AnalysisWorkers::~AnalysisWorkers() {
  tasks_.close();  // should the run stop early, no worker waits for work or for room
  results_.close();
  join();
}

void AnalysisWorkers::join() {
  for (std::thread& t : threads_)
    if (t.joinable()) t.join();
}

void AnalysisWorkers::work() {
  Analyzer analyzer;
  while (auto task = tasks_.pop()) {
    if (!results_.push(analyse_file(std::move(*task), load_, spelling_, analyzer))) break;
  }
  if (--running_ == 0) results_.close();
}

unsigned analysis_jobs(unsigned asked) {
  if (asked) return asked;
  // One core is left to the writer: two analysis threads and the writer on two cores were slower
  // than one analysis thread (bench/results).
  const unsigned cores = std::max(1u, std::thread::hardware_concurrency());
  return std::max(1u, cores - 1);
}

}  // namespace ombud
