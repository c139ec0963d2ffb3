// One line on stderr, rewritten a few times a second while the indexer works: files, MB, rate
// and time left. Shown only on a terminal (and not with --quiet); messages printed through it
// clear the line first so they never mix with it.
#pragma once

#include <chrono>
#include <cstdint>
#include <mutex>
#include <string_view>

namespace ombud {

class ProgressMeter {
 public:
  explicit ProgressMeter(bool enabled) : enabled_(enabled) {}

  // The work ahead, when known (a pre-count of the walk), for the time-left estimate.
  void set_total(std::size_t files, std::uint64_t bytes);

  // Called after each file; redraws at most every 250 ms.
  void update(std::size_t files_done, std::uint64_t bytes_done);

  // Prints a whole line on stderr (a diagnostic), clearing the meter's line first.
  void message(std::string_view line);

  // Clears the line at the end of the run.
  void finish();

 private:
  void draw_locked(std::size_t files_done, std::uint64_t bytes_done);
  void clear_locked();

  bool enabled_;
  std::mutex mutex_;
  std::size_t total_files_ = 0;
  std::uint64_t total_bytes_ = 0;
  std::size_t last_files_ = 0;
  std::uint64_t last_bytes_ = 0;
  bool drawn_ = false;
  std::chrono::steady_clock::time_point start_ = std::chrono::steady_clock::now();
  std::chrono::steady_clock::time_point last_draw_{};
};

}  // namespace ombud
