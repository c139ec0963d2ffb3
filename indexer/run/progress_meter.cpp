#include "run/progress_meter.hpp"

#include <fmt/format.h>

#include <cstdio>

namespace ombud {

void ProgressMeter::set_total(std::size_t files, std::uint64_t bytes) {
  std::lock_guard lock(mutex_);
  total_files_ = files;
  total_bytes_ = bytes;
}

void ProgressMeter::update(std::size_t files_done, std::uint64_t bytes_done) {
  if (!enabled_) return;
  std::lock_guard lock(mutex_);
  last_files_ = files_done;
  last_bytes_ = bytes_done;
  const auto now = std::chrono::steady_clock::now();
  if (now - last_draw_ < std::chrono::milliseconds(250)) return;
  last_draw_ = now;
  draw_locked(files_done, bytes_done);
}

void ProgressMeter::draw_locked(std::size_t files_done, std::uint64_t bytes_done) {
  const double elapsed =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count();
  const double mb = static_cast<double>(bytes_done) / 1e6;
  const double rate = elapsed > 0 ? mb / elapsed : 0.0;
  std::string line = fmt::format("{} files, {:.1f} MB, {:.1f} MB/s", files_done, mb, rate);
  if (total_files_ > 0) {
    line = fmt::format("{}/{} files, {:.1f}/{:.1f} MB, {:.1f} MB/s", files_done, total_files_, mb,
                       static_cast<double>(total_bytes_) / 1e6, rate);
    if (rate > 0 && total_bytes_ > bytes_done) {
      const auto left =
          static_cast<long>(static_cast<double>(total_bytes_ - bytes_done) / 1e6 / rate);
      line += fmt::format(", {}:{:02} left", left / 60, left % 60);
    }
  }
  fmt::print(stderr, "\r\033[K{}", line);
  std::fflush(stderr);
  drawn_ = true;
}

void ProgressMeter::clear_locked() {
  if (drawn_) {
    fmt::print(stderr, "\r\033[K");
    drawn_ = false;
  }
}

void ProgressMeter::message(std::string_view line) {
  std::lock_guard lock(mutex_);
  clear_locked();
  fmt::print(stderr, "{}\n", line);
  if (enabled_ && last_files_ > 0) draw_locked(last_files_, last_bytes_);
}

void ProgressMeter::finish() {
  std::lock_guard lock(mutex_);
  clear_locked();
}

}  // namespace ombud
