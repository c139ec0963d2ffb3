// What bounds one search: a cap on the words of a NEAR or phrase chain, checked before matching,
// and a time budget for the whole search. A chain of 800 words joined by NEAR took 26 s over
// 3,000 generated decisions (ombud-gen --seed 7; Xapian checks the words' positions in every
// document that has them all); short chains OR'ed together can still take seconds, hence the
// budget. Not Enquire::set_time_limit: Xapian 1.4 does not stop a match that must count every
// document (checkatleast = all, as ours do for exact totals): three OR'ed 32-word NEAR chains took
// 0.9 s with a 0.1 s limit set, and 25 of them 10.7 s with 0.5 s.
#pragma once

#include <xapian.h>

#include <chrono>
#include <condition_variable>
#include <cstddef>
#include <mutex>
#include <string>
#include <thread>

namespace ombud {

// More words than this in one NEAR, ADJ or phrase chain is a QueryError. A 32-word NEAR chain of
// one common word took 0.37 s over those 3,000 decisions.
inline constexpr std::size_t kMaxChainWords = 32;

// ombud-search's --timeout when not given.
inline constexpr std::chrono::milliseconds kDefaultSearchTimeout{5000};

// Throws QueryError when a NEAR or phrase chain in `query` has more than kMaxChainWords words.
void check_chain_lengths(const Xapian::Query& query);

// The message for a search stopped after `limit`.
std::string timeout_message(std::chrono::milliseconds limit);

// A watchdog for one search: unless disarm() is called within `limit`, prints "program: error:
// timeout_message" and ends the process with exit status 2. Ending the process is the one way to
// stop a Xapian match that is inside one document's position checks; the tool has written
// nothing yet (it writes its output once the search is done), so nothing is left half-printed.
class SearchDeadline {
 public:
  SearchDeadline(std::string program, std::chrono::milliseconds limit);
  ~SearchDeadline();  // disarms
  SearchDeadline(const SearchDeadline&) = delete;
  SearchDeadline& operator=(const SearchDeadline&) = delete;

  void disarm();

 private:
  std::mutex mutex_;
  std::condition_variable done_;
  bool disarmed_ = false;
  std::thread watchdog_;
};

}  // namespace ombud
