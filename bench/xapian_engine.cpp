#include "xapian_engine.hpp"

#include "baseline_schema.hpp"

namespace ombud::bench {

XapianEngine::XapianEngine(const std::string& db_path, bool exact_count)
    : db_(db_path), exact_count_(exact_count) {}

EngineAnswer XapianEngine::run(const PlannedQuery& query) {
  // Set up per query, as a command-line search would: it is cheap next to the match.
  Xapian::QueryParser parser;
  parser.set_database(db_);
  parser.set_stemmer(Xapian::Stem("english"));
  parser.set_stemming_strategy(Xapian::QueryParser::STEM_SOME);
  parser.set_default_op(Xapian::Query::OP_AND);
  parser.add_boolean_prefix("council", std::string(baseline::kCouncilPrefix));
  parser.add_boolean_prefix("category", std::string(baseline::kCategoryPrefix));
  parser.add_boolean_prefix("outcome", std::string(baseline::kOutcomePrefix));
  parser.add_boolean_prefix("year", std::string(baseline::kYearPrefix));
  Xapian::RangeProcessor dates(baseline::kDateSlot, "date:");
  Xapian::NumberRangeProcessor amounts(baseline::kPaidSlot, "paid:");
  parser.add_rangeprocessor(&dates);
  parser.add_rangeprocessor(&amounts);

  Xapian::Query q = parser.parse_query(query.xapian);
  if (q.empty()) q = Xapian::Query::MatchAll;

  Xapian::Enquire enquire(db_);
  enquire.set_query(q);
  if (query.sort_by_date) enquire.set_sort_by_value_then_relevance(baseline::kDateSlot, true);
  const Xapian::MSet mset = enquire.get_mset(0, kPageSize, exact_count_ ? db_.get_doccount() : 0);

  EngineAnswer answer;
  answer.count = mset.get_matches_estimated();
  for (auto it = mset.begin(); it != mset.end(); ++it) {
    const Xapian::Document doc = it.get_document();
    answer.snippets.push_back(doc.get_data().substr(0, 200));  // the page shows the text
    Xapian::TermIterator t = doc.termlist_begin();
    t.skip_to(std::string(baseline::kIdPrefix));
    const std::string term = t != doc.termlist_end() ? *t : std::string();
    answer.top.push_back(term.rfind(baseline::kIdPrefix, 0) == 0 ? term.substr(1) : term);
  }
  return answer;
}

}  // namespace ombud::bench
