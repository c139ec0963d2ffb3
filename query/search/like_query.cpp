#include "search/like_query.hpp"

#include <fmt/format.h>

#include "analyzer.hpp"
#include "parse/field_processors.hpp"
#include "parse/query_error.hpp"
#include "schema.hpp"
#include "search/expand_terms.hpp"
#include "search/stored_decision.hpp"

namespace ombud {
namespace {

// Candidates asked of get_eset: enough that kLikeTerms remain after the rare and common go.
constexpr Xapian::termcount kLikeCandidates = 4 * kLikeTerms;

// Whether `query` restricts anything: the empty query and MatchAll do not.
bool restricts(const Xapian::Query& query) {
  return !query.empty() && query.get_type() != Xapian::Query::LEAF_MATCH_ALL;
}

}  // namespace

LikeQuery like_query(const Xapian::Database& db, std::string_view case_ref,
                     const Xapian::Query& query) {
  Xapian::Query decision;
  try {
    decision = field_filter(db, schema::FieldId::kCaseRef, case_ref);
  } catch (const QueryError& e) {
    throw QueryError(fmt::format("--like {}", e.what()));  // "--like case:x: 'x' is not ..."
  }
  Xapian::Enquire enquire(db);
  enquire.set_query(decision);
  const Xapian::MSet found = enquire.get_mset(0, 1);
  if (found.empty())
    throw QueryError(fmt::format("--like {}: no decision has this case reference", case_ref));

  LikeQuery like;
  const Decision stored = read_stored_decision(found.begin().get_document().get_data());
  like.case_ref = stored.case_ref;
  like.text = stored.text;
  std::unordered_set<std::string> organisation;
  {
    Analyzer analyzer;
    for (std::string& t : analyzer.terms(stored.organisation)) organisation.insert(std::move(t));
  }
  const ExpandTermDecider decider(std::move(organisation));
  Xapian::RSet rset;
  rset.add_document(*found.begin());
  // Exact term frequencies: over shards Xapian would otherwise scale up the frequency in the
  // decision's own shard, and choose other words than one database does.
  const Xapian::ESet eset =
      enquire.get_eset(kLikeCandidates, rset, Xapian::Enquire::USE_EXACT_TERMFREQ, &decider);
  const Xapian::doccount doccount = db.get_doccount();
  for (auto it = eset.begin(); it != eset.end() && like.terms.size() < kLikeTerms; ++it) {
    if (useful_for_like(db.get_termfreq(*it), doccount)) like.terms.push_back(*it);
  }
  // A decision without a word of its own is like nothing: MatchNothing, not every decision.
  Xapian::Query words = like.terms.empty() ? Xapian::Query::MatchNothing
                                           : Xapian::Query(Xapian::Query::OP_OR, like.terms.begin(),
                                                           like.terms.end());
  if (restricts(query)) words = Xapian::Query(Xapian::Query::OP_AND, words, query);
  like.query = Xapian::Query(Xapian::Query::OP_AND_NOT, words, decision);
  return like;
}

}  // namespace ombud
