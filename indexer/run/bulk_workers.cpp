#include "run/bulk_workers.hpp"

#include <algorithm>
#include <functional>

#include "analyzer.hpp"
#include "run/analysis_workers.hpp"
#include "schema.hpp"
#include "write/bulk_chunks.hpp"
#include "write/shard_set.hpp"

namespace ombud {

namespace {

// What the writer thread keeps of a document written by its worker: the values the change list
// reads, and a hash of its data to settle duplicates. The rest (terms, positions, text) would
// otherwise wait in memory while the writer waits for an earlier chunk.
void keep_only_what_the_writer_needs(AnalysedFile& file) {
  using schema::FieldId;
  Xapian::Document values;
  for (FieldId id : {FieldId::kOrganisation, FieldId::kOutcome}) {
    const Xapian::valueno slot = schema::field(id).slot;
    values.add_value(slot, file.doc.get_value(slot));
  }
  file.data_hash = std::hash<std::string>{}(file.doc.get_data());
  file.doc = values;
  file.spelling.clear();
  file.written = true;
}

}  // namespace

BulkWorkers::BulkWorkers(unsigned jobs, const LoadOptions& load, bool spelling, BulkTarget target,
                         WorkQueue<FileTask>& tasks, WorkQueue<AnalysedFile>& results)
    : load_(load),
      spelling_(spelling),
      target_(std::move(target)),
      tasks_(tasks),
      results_(results),
      running_(std::max(1u, jobs)) {
  // Room for a whole chunk each (a few MB of paths at most): the router deals files out in walk
  // order, and with less, worker 1 would wait for its first file until worker 0 had nearly
  // finished chunk 0.
  for (std::size_t i = 0; i < running_; ++i)
    queues_.push_back(std::make_unique<WorkQueue<FileTask>>(bulk_largest_chunk()));
  for (std::size_t i = 0; i < queues_.size(); ++i) threads_.emplace_back([this, i] { work(i); });
  threads_.emplace_back([this] { route(); });
}

BulkWorkers::~BulkWorkers() {
  stop_all();
  for (std::thread& t : threads_)
    if (t.joinable()) t.join();
}

void BulkWorkers::stop_all() {
  tasks_.close();
  results_.close();
  for (auto& q : queues_) q->close();
}

void BulkWorkers::join() {
  for (std::thread& t : threads_)
    if (t.joinable()) t.join();
  if (error_) std::rethrow_exception(error_);
}

void BulkWorkers::route() {
  while (auto task = tasks_.pop()) {
    const std::size_t worker = bulk_chunk_of(task->seq) % queues_.size();
    if (!queues_[worker]->push(std::move(*task))) break;
  }
  for (auto& q : queues_) q->close();
}

void BulkWorkers::work(std::size_t worker) {
  try {
    Analyzer analyzer;
    BulkChunkWriter chunks(target_.folder, target_.shards, target_.batch_size, target_.run_stamp);
    while (auto task = queues_[worker]->pop()) {
      AnalysedFile file = analyse_file(std::move(*task), load_, spelling_, analyzer);
      if (file.error.empty()) {
        chunks.write(file.seq, shard_of(file.case_ref, target_.shards), file.doc, file.spelling);
        keep_only_what_the_writer_needs(file);
      }
      if (!results_.push(std::move(file))) break;
    }
    chunks.finish();
  } catch (...) {
    {
      std::lock_guard lock(error_mutex_);
      if (!error_) error_ = std::current_exception();
    }
    stop_all();  // the load cannot be whole: the others stop, and the writer sees the end
    return;
  }
  std::lock_guard lock(error_mutex_);
  if (--running_ == 0) results_.close();
}

unsigned bulk_jobs(unsigned asked) {
  if (asked) return asked;
  return std::max(1u, std::thread::hardware_concurrency());
}

}  // namespace ombud
