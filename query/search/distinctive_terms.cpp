#include "search/distinctive_terms.hpp"

#include <algorithm>
#include <unordered_set>

#include "schema.hpp"
#include "search/expand_terms.hpp"
#include "search/stored_decision.hpp"
#include "search/term_words.hpp"

namespace ombud {
namespace {

// Texts (title and text) read for the readable words: enough to hold the usual form of every
// word listed.
constexpr Xapian::doccount kFormTexts = 50;

// The matches of `query` that contain `term`, counted exactly.
Xapian::doccount count_with(const Xapian::Database& db, const Xapian::Query& query,
                            const std::string& term) {
  Xapian::Enquire enquire(db);
  enquire.set_query(Xapian::Query(Xapian::Query::OP_FILTER, query, Xapian::Query(term)));
  enquire.set_weighting_scheme(Xapian::BoolWeight());
  return enquire.get_mset(0, 0, db.get_doccount()).get_matches_estimated();
}

}  // namespace

DistinctiveTerms distinctive_terms(const Xapian::Database& db, const Xapian::Query& query,
                                   Xapian::doccount total, Xapian::termcount count,
                                   Xapian::doccount sample_size) {
  DistinctiveTerms out;
  out.asked = true;
  out.total = total;
  out.collection = db.get_doccount();
  if (total == 0 || count == 0) return out;
  Xapian::Enquire enquire(db);
  enquire.set_query(query);
  // The relevance order with its ties as every listing breaks them (match_page.hpp): the same
  // sample on one database and on shards.
  enquire.set_sort_by_relevance_then_value(schema::kOrderSlot, true);
  const Xapian::MSet sample = enquire.get_mset(0, sample_size);
  out.over = sample.size();
  Xapian::RSet rset;
  for (auto it = sample.begin(); it != sample.end(); ++it) rset.add_document(*it);

  const ExpandTermDecider decider;
  // Enough candidates that `count` remain after the common and the not over-represented go.
  const Xapian::termcount candidates = std::max<Xapian::termcount>(10 * count, 200);
  // Exact term frequencies: over shards Xapian would otherwise estimate some from a part.
  const Xapian::ESet eset =
      enquire.get_eset(candidates, rset, Xapian::Enquire::USE_EXACT_TERMFREQ, &decider);
  const Xapian::doccount doccount = db.get_doccount();
  for (auto it = eset.begin(); it != eset.end() && out.terms.size() < count; ++it) {
    DistinctiveTerm t;
    t.term = *it;
    t.weight = it.get_weight();
    t.collection = db.get_termfreq(t.term);
    // A word most decisions use says little about any set of them (expand_terms.hpp); the
    // expand weight still ranks such words high in a large set, as they are frequent in it.
    if (too_common(t.collection, doccount)) continue;
    t.matches = count_with(db, query, t.term);
    // Over-represented: a larger share of the matches than of the collection holds it.
    if (static_cast<double>(t.matches) * doccount <= static_cast<double>(t.collection) * total)
      continue;
    out.terms.push_back(std::move(t));
  }

  std::unordered_set<std::string> wanted;
  for (const DistinctiveTerm& t : out.terms) wanted.insert(t.term);
  std::vector<std::string> texts;
  for (auto it = sample.begin(); it != sample.end() && texts.size() < kFormTexts; ++it) {
    // The title too: the organisation's name is indexed from it, and is not in the text.
    const Decision d = read_stored_decision(it.get_document().get_data());
    texts.push_back(d.title + "\n" + d.text);
  }
  const auto forms = common_forms({texts.begin(), texts.end()}, wanted);
  for (DistinctiveTerm& t : out.terms) {
    const auto form = forms.find(t.term);
    t.word_is_stem = form == forms.end();
    t.word = t.word_is_stem ? t.term.substr(schema::kTextPrefix.size()) : form->second;
  }
  return out;
}

}  // namespace ombud
