#include "alerts/alert_window.hpp"

#include "index_stamp.hpp"
#include "parse/query_builder.hpp"
#include "parse/range_filters.hpp"
#include "schema.hpp"
#include "search/query_bounds.hpp"
#include "search/stored_decision.hpp"

namespace ombud {
namespace {

using schema::FieldId;

// A reopen is enough unless the indexer commits continuously (as the searcher does).
constexpr int kMaxAttempts = 5;

// The slot `id` within the window.
Xapian::Query in_window(FieldId id, const AlertWindow& w) {
  const Xapian::valueno slot = schema::field(id).slot;
  const Xapian::Query upto(Xapian::Query::OP_VALUE_LE, slot, w.upto);
  if (!w.since.empty())
    return Xapian::Query(Xapian::Query::OP_AND, day_filter(id, ">=" + w.since), upto);
  // After `after`: the least string above it is itself with a NUL byte added.
  return Xapian::Query(Xapian::Query::OP_VALUE_RANGE, slot, w.after + '\0', w.upto);
}

std::vector<Decision> every_match(Xapian::Database& db, const Xapian::Query& query) {
  for (int attempt = 1;; ++attempt) {
    try {
      Xapian::Enquire enquire(db);
      enquire.set_query(query);
      enquire.set_weighting_scheme(Xapian::BoolWeight());
      enquire.set_sort_by_value(schema::kOrderSlot, true);  // newest first, as listings are
      const Xapian::MSet mset = enquire.get_mset(0, db.get_doccount());
      std::vector<Decision> out;
      for (auto it = mset.begin(); it != mset.end(); ++it)
        out.push_back(read_document_decision(it.get_document()));
      return out;
    } catch (const Xapian::DatabaseModifiedError&) {
      if (attempt == kMaxAttempts) throw;
      db.reopen();
    }
  }
}

}  // namespace

std::string last_whole_run(const Xapian::Database& db) {
  return db.get_metadata(std::string(kLastChangeRunKey));
}

std::vector<AlertHit> run_alert(Xapian::Database db, const std::string& query,
                                const AlertWindow& window) {
  const Xapian::Query parsed = QueryBuilder(db).build(query).query;
  check_chain_lengths(parsed);
  const Xapian::Query added_in = in_window(FieldId::kAdded, window);
  std::vector<AlertHit> hits;
  if (window.upto.empty()) return hits;  // no whole run yet: nothing has arrived
  for (Decision& d : every_match(db, Xapian::Query(Xapian::Query::OP_FILTER, parsed, added_in)))
    hits.push_back({"added", std::move(d)});
  if (window.changed) {
    const Xapian::Query replaced(Xapian::Query::OP_AND_NOT, in_window(FieldId::kChanged, window),
                                 added_in);
    for (Decision& d : every_match(db, Xapian::Query(Xapian::Query::OP_FILTER, parsed, replaced)))
      hits.push_back({"replaced", std::move(d)});
  }
  return hits;
}

}  // namespace ombud
