#include "stats/stats_runner.hpp"

#include "parse/query_error.hpp"

namespace ombud::stats {
namespace {

using schema::FieldId;

// As the searcher: a few reopens are enough unless the indexer commits continuously.
constexpr int kMaxAttempts = 5;

// The slots read for each match: the grouping fields', then outcome and paid.
std::vector<Xapian::valueno> slots_for(const std::vector<FieldId>& by) {
  std::vector<Xapian::valueno> slots;
  for (FieldId id : by) slots.push_back(schema::field(id).slot);
  slots.push_back(schema::field(FieldId::kOutcome).slot);
  slots.push_back(schema::field(FieldId::kPaid).slot);
  return slots;
}

}  // namespace

StatsRunner::StatsRunner(ReadDatabase db, Xapian::termcount wildcard_limit)
    : db_(std::move(db)), columns_(db_.shards()), wildcard_limit_(wildcard_limit) {}

MatchReading StatsRunner::reading(const std::vector<FieldId>& by) const {
  return choose_reading(db_, columns_, slots_for(by));
}

StatsTable StatsRunner::run(const StatsRequest& request) {
  for (int attempt = 1;; ++attempt) {
    try {
      return run_once(request);
    } catch (const Xapian::DatabaseModifiedError&) {
      if (attempt == kMaxAttempts) throw;
      db_.reopen();  // and with it each shard, which share its snapshot
      columns_ = FacetColumns(db_.shards());
    }
  }
}

StatsTable StatsRunner::run_once(const StatsRequest& request) {
  const BuiltQuery built = QueryBuilder(db_, wildcard_limit_).build(request.query);
  const std::vector<Xapian::valueno> slots = slots_for(request.by);
  GroupTally tally(request.by.size());
  try {
    for_each_match(db_, built.query, slots, choose_reading(db_, columns_, slots), columns_,
                   [&](const std::string_view* values) { tally.add(values); });
  } catch (const Xapian::WildcardError& e) {
    throw QueryError(wildcard_error_message(e, wildcard_limit_));
  }
  return make_table(tally, request.by, request.top);
}

}  // namespace ombud::stats
