#include "search/query_bounds.hpp"

#include <fmt/format.h>

#include <cstdlib>

#include "diagnostics.hpp"
#include "parse/query_error.hpp"

namespace ombud {

void check_chain_lengths(const Xapian::Query& query) {
  const Xapian::Query::op op = query.get_type();
  const std::size_t n = query.get_num_subqueries();
  if ((op == Xapian::Query::OP_NEAR || op == Xapian::Query::OP_PHRASE) && n > kMaxChainWords) {
    throw QueryError(fmt::format(
        "a {} of {} words is more than the {} a search matches: shorten it, or split it into "
        "chains joined by AND",
        op == Xapian::Query::OP_NEAR ? "NEAR chain" : "phrase (or ADJ chain)", n, kMaxChainWords));
  }
  for (std::size_t i = 0; i < n; ++i) check_chain_lengths(query.get_subquery(i));
}

std::string timeout_message(std::chrono::milliseconds limit) {
  return fmt::format(
      "the search took longer than {:g} s and was stopped: narrow the query (fewer NEAR or "
      "phrase words, wildcards that match less), or allow it longer with --timeout SECONDS",
      static_cast<double>(limit.count()) / 1000.0);
}

SearchDeadline::SearchDeadline(std::string program, std::chrono::milliseconds limit) {
  watchdog_ = std::thread([this, program = std::move(program), limit] {
    std::unique_lock lock(mutex_);
    if (done_.wait_for(lock, limit, [this] { return disarmed_; })) return;
    report_error(program, timeout_message(limit));
    std::_Exit(2);  // no destructors: the main thread is inside Xapian
  });
}

SearchDeadline::~SearchDeadline() {
  disarm();
}

void SearchDeadline::disarm() {
  {
    const std::lock_guard lock(mutex_);
    disarmed_ = true;
  }
  done_.notify_one();
  if (watchdog_.joinable()) watchdog_.join();
}

}  // namespace ombud
