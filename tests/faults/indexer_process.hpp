// ombud-index (or another of ombud's programs) started in the background, for the fault tests that
// kill it or hold it at a test hook while something else runs.
#pragma once

#include <sys/types.h>

#include <algorithm>
#include <chrono>
#include <random>
#include <string>
#include <utility>
#include <vector>

namespace ombud::test {

// Starts the program `bin` with `args` (and the environment variables `env` set), its output
// discarded, and returns its pid.
pid_t spawn_program(const std::string& bin, const std::vector<std::string>& args,
                    const std::vector<std::pair<std::string, std::string>>& env = {});

// The same for ombud-index.
pid_t spawn_indexer(const std::vector<std::string>& args,
                    const std::vector<std::pair<std::string, std::string>>& env = {});

// Waits for `pid` and returns its exit status, or 128 + the signal that ended it.
int wait_for_exit(pid_t pid);

// Starts `bin` with `args`, kills it (SIGKILL) after `delay`; true when it was still running and
// the kill ended it.
bool killed_after(const std::string& bin, const std::vector<std::string>& args,
                  std::chrono::milliseconds delay);

// How long `run_it` takes: a whole run of what a test then kills at random moments.
template <typename Run>
std::chrono::milliseconds timed(Run&& run_it) {
  const auto started = std::chrono::steady_clock::now();
  run_it();
  return std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() -
                                                               started);
}

// Kill delays in milliseconds, drawn within a whole run's time: a fixed range missed most runs
// on an idle machine, where they end before the kill.
inline std::uniform_int_distribution<int> kill_delays(std::chrono::milliseconds whole_run) {
  return std::uniform_int_distribution<int>(1, std::max(2, static_cast<int>(whole_run.count())));
}

}  // namespace ombud::test
