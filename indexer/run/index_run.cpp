#include "run/index_run.hpp"

#include <fmt/format.h>

#include <atomic>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <optional>
#include <sstream>
#include <thread>
#include <unordered_set>
#include <variant>

#include "database.hpp"
#include "read/input_error.hpp"
#include "run/input_walker.hpp"
#include "run/progress_meter.hpp"
#include "run/work_queue.hpp"
#include "write/compaction.hpp"
#include "write/document_builder.hpp"
#include "write/file_registry.hpp"
#include "write/shard_set.hpp"

namespace ombud {
namespace fs = std::filesystem;
namespace {

// A file the walk found that needs reading: new, or changed since the last run.
struct Task {
  std::size_t seq;
  std::string path;  // as the user will see it
  std::string key;   // absolute, normalised: the registry's key
  FileRecord state;  // size and modification time now
};

// What a worker made of a task.
struct Analysed {
  std::size_t seq;
  std::string path, key;
  FileRecord state;
  std::string error;  // empty on success
  std::string case_ref;
  Xapian::Document doc;
};

std::int64_t mtime_ns(const fs::path& p, std::error_code& ec) {
  const auto t = fs::last_write_time(p, ec);
  return std::chrono::duration_cast<std::chrono::nanoseconds>(t.time_since_epoch()).count();
}

std::string absolute_key(const fs::path& p) {
  std::error_code ec;
  fs::path abs = fs::absolute(p, ec);
  return (ec ? p : abs).lexically_normal().string();
}

// "invalid UTF-8 at byte 12" -> "invalid UTF-8": the summary groups reasons without details.
std::string reason_kind(const std::string& reason) {
  std::size_t cut = reason.size();
  for (std::string_view sep : {" at ", ": ", " (", ", "}) cut = std::min(cut, reason.find(sep));
  std::string kind = reason.substr(0, cut);
  while (!kind.empty() &&
         (std::isdigit(static_cast<unsigned char>(kind.back())) || kind.back() == ' '))
    kind.pop_back();
  return kind.empty() ? reason : kind;
}

std::unique_ptr<ShardSet> open_shards(const IndexOptions& opt) {
  for (;;) {
    try {
      return std::make_unique<ShardSet>(opt.db_path, opt.shards, opt.batch_size);
    } catch (const DatabaseLockedError&) {
      if (!opt.wait_for_lock) throw;
      std::this_thread::sleep_for(std::chrono::milliseconds(500));
    }
  }
}

bool under_any_root(const std::string& key, const std::vector<std::string>& roots) {
  for (const std::string& root : roots) {
    if (key == root) return true;
    if (key.size() > root.size() && key.compare(0, root.size(), root) == 0 &&
        (root.back() == '/' || key[root.size()] == '/'))
      return true;
  }
  return false;
}

// Reads and analyses one file on a worker thread.
Analysed analyse(Task task, const LoadOptions& load, Analyzer& analyzer) {
  Analysed out{task.seq, std::move(task.path), std::move(task.key), task.state, {}, {}, {}};
  try {
    Decision d = load_decision(out.path, load);
    out.case_ref = d.case_ref;
    out.doc = build_document(d, analyzer);
  } catch (const InputError& e) {
    out.error = e.what();
  }
  return out;
}

}  // namespace

IndexSummary run_index(const IndexOptions& opt) {
  const auto start = std::chrono::steady_clock::now();
  IndexSummary summary;
  ProgressMeter meter(opt.progress);

  const ThesaurusStore thesaurus(opt.thesaurus);  // reads --synonyms files before opening
  std::unique_ptr<ShardSet> shards = open_shards(opt);
  const FileRegistry registry(shards->databases());
  summary.thesaurus = thesaurus.install(*shards, [&](const std::string& m) { meter.message(m); });

  std::vector<std::string> root_keys;
  for (const std::string& p : opt.paths) root_keys.push_back(absolute_key(p));

  if (opt.progress) {
    // A quick pre-count so the progress line can say how much is left.
    std::size_t files = 0;
    std::uint64_t bytes = 0;
    walk_inputs(
        opt.paths,
        [&](const fs::path& p) {
          std::error_code ec;
          const auto size = fs::file_size(p, ec);
          ++files;
          if (!ec) bytes += size;
        },
        [](const std::string&, const std::string&) {});
    meter.set_total(files, bytes);
  }

  // By default one core is left to the writer: two analysis threads and the writer on two cores
  // were slower than one analysis thread (bench/results).
  const unsigned cores = std::max(1u, std::thread::hardware_concurrency());
  const unsigned jobs = opt.jobs ? opt.jobs : std::max(1u, cores - 1);
  WorkQueue<Task> tasks(64 * jobs);
  WorkQueue<Analysed> results(64 * jobs);

  // Shared between the walk thread and the writer (this thread).
  std::atomic<std::size_t> unchanged_files{0};
  std::atomic<std::size_t> walk_errors{0};
  std::mutex seen_mutex;
  std::unordered_set<std::string> seen;  // registry keys of every file found by the walk
  std::map<std::string, std::size_t> walk_reasons;

  std::thread walker([&] {
    std::size_t seq = 0;
    walk_inputs(
        opt.paths,
        [&](const fs::path& p) {
          Task t{0, p.string(), absolute_key(p), {}};
          std::error_code ec;
          t.state.size = fs::file_size(p, ec);
          if (!ec) t.state.mtime_ns = mtime_ns(p, ec);
          {
            std::lock_guard lock(seen_mutex);
            seen.insert(t.key);
          }
          const FileRecord* known = registry.find(t.key);
          if (!ec && known && known->same_file_state(t.state)) {
            ++unchanged_files;  // same size and time as when indexed: not even read
            return;
          }
          t.seq = seq++;
          tasks.push(std::move(t));
        },
        [&](const std::string& path, const std::string& reason) {
          meter.message(fmt::format("{}: error: {}", path, reason));
          std::lock_guard lock(seen_mutex);
          ++walk_reasons[reason_kind(reason)];
          ++walk_errors;
        });
    tasks.close();
  });

  std::atomic<unsigned> workers_left{jobs};
  std::vector<std::thread> workers;
  for (unsigned i = 0; i < jobs; ++i) {
    workers.emplace_back([&] {
      Analyzer analyzer;
      while (auto task = tasks.pop()) {
        if (!results.push(analyse(std::move(*task), opt.load, analyzer))) break;
      }
      if (--workers_left == 0) results.close();
    });
  }

  bool stopped = false;
  auto stop_threads = [&] {
    if (std::exchange(stopped, true)) return;
    tasks.close();
    results.close();
    walker.join();
    for (auto& w : workers) w.join();
  };

  try {
    // Apply results in walk order, so the outcome (which of two files with one case reference
    // wins) does not depend on the number of threads.
    std::map<std::size_t, Analysed> early;
    std::vector<std::string> maybe_orphaned;    // case references that may have lost their file
    std::unordered_set<std::string> rewritten;  // registry keys re-read in this run
    std::size_t next = 0;
    std::size_t files_done = 0;
    auto apply = [&](Analysed& a) {
      ++files_done;
      rewritten.insert(a.key);
      summary.bytes += a.state.size;
      if (!a.error.empty()) {
        meter.message(fmt::format("{}: error: {}", a.path, a.error));
        ++summary.skipped;
        ++summary.skip_reasons[reason_kind(a.error)];
      } else {
        IndexWriter& writer = shards->writer_for(a.case_ref);
        const auto r = writer.write_document(a.case_ref, a.doc, a.path);
        if (!r.earlier_path.empty()) {
          meter.message(fmt::format("{}: warning: case {} is also in {}; this file replaces it",
                                    a.path, a.case_ref, r.earlier_path));
        }
        switch (r.outcome) {
          case IndexWriter::Outcome::kAdded:
            ++summary.added;
            break;
          case IndexWriter::Outcome::kReplaced:
            ++summary.replaced;
            break;
          case IndexWriter::Outcome::kUnchanged:
            ++summary.unchanged;
            break;
        }
        // The file now holds another decision than when it was indexed: the old one may be
        // orphaned, which is settled once the walk is over.
        const FileRecord* known = registry.find(a.key);
        if (known && known->case_ref != a.case_ref) {
          maybe_orphaned.push_back(known->case_ref);
          IndexWriter& old_shard = shards->writer_for(known->case_ref);
          if (&old_shard != &writer) FileRegistry::forget(old_shard.database(), a.key);
        }
        FileRecord record = a.state;
        record.case_ref = a.case_ref;
        FileRegistry::record(writer.database(), a.key, record);
      }
      meter.update(files_done + unchanged_files, summary.bytes);
    };
    while (auto a = results.pop()) {
      early.emplace(a->seq, std::move(*a));
      for (auto it = early.find(next); it != early.end(); it = early.find(next)) {
        apply(it->second);
        early.erase(it);
        ++next;
      }
    }
    stop_threads();

    if (opt.prune) {
      registry.for_each([&](const std::string& key, const FileRecord& record) {
        if (seen.count(key) || !under_any_root(key, root_keys)) return;
        maybe_orphaned.push_back(record.case_ref);
        FileRegistry::forget(shards->writer_for(record.case_ref).database(), key);
      });
    }
    // A decision is removed only when no other file still holds it: a copy may sit elsewhere,
    // unchanged in this run (so not re-read) or outside the paths given (so not walked).
    if (!maybe_orphaned.empty()) {
      std::unordered_set<std::string> claimed;
      registry.for_each([&](const std::string& key, const FileRecord& record) {
        const bool still_there = seen.count(key) || !under_any_root(key, root_keys);
        if (still_there && !rewritten.count(key)) claimed.insert(record.case_ref);
      });
      for (const std::string& ref : maybe_orphaned) {
        IndexWriter& writer = shards->writer_for(ref);
        if (!claimed.count(ref) && !writer.written_this_run(ref) && writer.remove(ref))
          ++summary.removed;
      }
    }
    shards->commit();
  } catch (...) {
    stop_threads();
    meter.finish();
    throw;
  }
  meter.finish();

  summary.unchanged += unchanged_files;
  summary.skipped += walk_errors;
  for (const auto& [k, n] : walk_reasons) summary.skip_reasons[k] += n;
  summary.doccount = shards->doccount();
  if (opt.compact) {
    const std::vector<std::string> paths = shards->paths();
    shards.reset();  // closes the writers: compaction reads a database nobody is writing
    for (const std::string& path : paths) compact_in_place(path);
  }
  summary.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  return summary;
}

}  // namespace ombud
