#include "search/zero_hit_help.hpp"

#include <algorithm>

#include "analyzer.hpp"
#include "field_vocabulary.hpp"
#include "parse/field_processors.hpp"
#include "parse/query_error.hpp"
#include "parse/query_parts.hpp"

namespace ombud {
namespace {

using schema::FieldId;

// Fields whose values are names the decisions write (not an enumeration, a number or a range):
// the ones where a value can be near another.
bool has_named_values(FieldId field) {
  const schema::Field& f = schema::field(field);
  return !f.prefix.empty() && field != FieldId::kCaseRef && field != FieldId::kYear &&
         field_vocabulary(field).empty();
}

bool matches_anything(const Xapian::Database& db, const Xapian::Query& query) {
  Xapian::Enquire enquire(db);
  enquire.set_query(query);
  enquire.set_weighting_scheme(Xapian::BoolWeight());
  return !enquire.get_mset(0, 1).empty();
}

bool has_words_starting(const Xapian::Database& db, const std::string& start) {
  const std::string prefix = std::string(schema::kTextPrefix) + start;
  return db.allterms_begin(prefix) != db.allterms_end(prefix);
}

// The number of decisions `query` finds (with the --like of `asked`, if any), or nullopt when it
// is not a query that runs (a wildcard matching too many words).
std::optional<Xapian::doccount> count(Searcher& searcher, const SearchRequest& asked,
                                      const std::string& query) {
  SearchRequest request;
  request.query = query;
  request.like = asked.like;
  request.limit = 0;
  request.snippets = false;
  request.suggest = false;
  try {
    return searcher.search(request).total;
  } catch (const QueryError&) {
    return std::nullopt;
  }
}

UnmatchedWildcard explain_wildcard(Searcher& searcher, const SearchRequest& request,
                                   const RequiredWildcard& w) {
  const Xapian::Database& db = searcher.database();
  UnmatchedWildcard out{w.typed, Analyzer::stemmer()(w.start), {}, 0};
  std::vector<std::string> tries;
  if (out.stem != w.start) tries.push_back(out.stem);
  // Else the longest start of the typed word that a stored word has (three letters at least:
  // shorter ones match too much to help).
  for (std::string start = w.start; start.size() > 3;) {
    start.pop_back();
    while (!start.empty() && (static_cast<unsigned char>(start.back()) & 0xC0) == 0x80)
      start.pop_back();  // a whole UTF-8 character
    if (has_words_starting(db, start)) {
      tries.push_back(start);
      break;
    }
  }
  for (const std::string& start : tries) {
    if (!has_words_starting(db, start)) continue;
    const auto total = count(searcher, request, start + "*");
    if (!total) continue;
    out.suggestion = start + "*";
    out.total = *total;
    break;
  }
  return out;
}

RelaxedMatch relax(Searcher& searcher, const SearchRequest& request,
                   const std::vector<RequiredWord>& words) {
  RelaxedMatch out;
  for (const RequiredWord& w : words) {
    const auto total = count(searcher, request, w.relaxed);
    out.counts.push_back({w.typed, w.relaxed, total.value_or(0)});
  }
  for (std::size_t i = 0; i < out.counts.size(); ++i) {
    if (out.counts[i].total == 0) continue;
    if (!out.best || out.counts[i].total > out.counts[*out.best].total) out.best = i;
  }
  if (out.best) {
    SearchRequest best = request;
    best.query = out.counts[*out.best].query;
    best.offset = 0;
    // No more than the query's own page would show.
    best.limit = request.limit > 0 ? std::min(request.limit, kRelaxedHits) : kRelaxedHits;
    best.facets.clear();
    best.terms = 0;
    best.suggest = false;
    out.best_hits = searcher.search(best).hits;
  }
  return out;
}

}  // namespace

ZeroHitHelp zero_hit_help(Searcher& searcher, const SearchRequest& request) {
  const QueryParts parts = query_parts(request.query);
  const Xapian::Database& db = searcher.database();
  ZeroHitHelp help;
  try {
    for (const RequiredFilter& f : parts.filters) {
      if (!has_named_values(f.field) || f.value == kMissingValue) continue;
      if (matches_anything(db, field_filter(db, f.field, f.value))) continue;
      help.filters.push_back({f.field, f.typed, nearest_values(db, f.field, f.value)});
    }
    for (const RequiredWildcard& w : parts.wildcards) {
      if (w.start.empty() || has_words_starting(db, w.start)) continue;
      help.wildcards.push_back(explain_wildcard(searcher, request, w));
    }
  } catch (const Xapian::DatabaseModifiedError&) {
    help.filters.clear();
    help.wildcards.clear();
  }
  if (!help.filters.empty() || parts.words.empty()) return help;
  if (parts.words.size() > kMaxRelaxedWords)
    help.too_many_words = true;
  else
    help.relaxed = relax(searcher, request, parts.words);
  return help;
}

}  // namespace ombud
