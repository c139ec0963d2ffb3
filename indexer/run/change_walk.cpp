#include "run/change_walk.hpp"

#include <chrono>
#include <filesystem>

#include "diagnostics.hpp"
#include "run/input_walker.hpp"

namespace ombud {
namespace fs = std::filesystem;
namespace {

std::int64_t mtime_ns(const fs::path& p, std::error_code& ec) {
  const auto t = fs::last_write_time(p, ec);
  return std::chrono::duration_cast<std::chrono::nanoseconds>(t.time_since_epoch()).count();
}

}  // namespace

ChangeWalk::ChangeWalk(const std::vector<std::string>& paths, const FileRegistry& registry,
                       ProgressMeter& meter, WorkQueue<FileTask>& tasks, bool reread_all)
    : paths_(paths),
      registry_(registry),
      meter_(meter),
      tasks_(tasks),
      reread_all_(reread_all),
      thread_([this] { walk(); }) {}

ChangeWalk::~ChangeWalk() {
  tasks_.close();  // should the run stop before the walk ends, a full queue must not hold it
  join();
}

void ChangeWalk::join() {
  if (thread_.joinable()) thread_.join();
}

void ChangeWalk::walk() {
  walk_inputs(
      paths_, [this](const fs::path& p) { found(p.string()); },
      [this](const std::string& path, const std::string& reason) { cannot_read(path, reason); });
  tasks_.close();
}

void ChangeWalk::found(const std::string& path) {
  FileTask t{0, path, registry_key(path), {}};
  std::error_code ec;
  t.state.size = fs::file_size(path, ec);
  if (!ec) t.state.mtime_ns = mtime_ns(path, ec);
  // A file named twice (`ombud-index dir dir/sub`) is read once.
  if (!seen_.insert(t.key).second) return;
  const FileRecord* known = registry_.find(t.key);
  if (!ec && known && known->same_file_state(t.state) && !reread_all_) {
    ++unchanged_;
    return;
  }
  t.seq = next_seq_++;
  tasks_.push(std::move(t));  // false once the run is stopping: the walk just runs out
}

void ChangeWalk::cannot_read(const std::string& path, const std::string& reason) {
  meter_.message(file_error_line(path, reason));
  ++reasons_[reason_kind(reason)];
  ++errors_;
}

void add_walk_counts(const ChangeWalk& walk, IndexSummary& summary) {
  summary.unchanged += walk.unchanged();
  summary.skipped += walk.errors();
  for (const auto& [kind, n] : walk.error_reasons()) summary.skip_reasons[kind] += n;
}

}  // namespace ombud
