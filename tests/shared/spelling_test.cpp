// One spelling, one word: British -ise/-yse and American -ize/-yze spellings of a word get one
// stem on the index side (Analyzer::terms) and the query side (Analyzer::stemmer), words that
// merely end in -ise keep Porter2's stem, the generated table keeps its promises, and no entry
// joins a word to another word of the lists beyond the noun its verb is built on.
#include <catch2/catch.hpp>
#include <set>

#include "analyzer.hpp"
#include "schema.hpp"
#include "spelling_groups.hpp"
#include "spelling_table.hpp"
#include "spelling_variants.hpp"
#include "text_normaliser.hpp"

using ombud::Analyzer;

namespace {

// The stem the query side gives `word` (QueryParser and MSet::snippet use this stemmer).
std::string query_stem(const std::string& word) {
  static Xapian::Stem stem = Analyzer::stemmer();
  return stem(word);
}

// The stem the index side gives `word`: its one term, without the text prefix.
std::string index_stem(Analyzer& a, const std::string& word) {
  const std::vector<std::string> terms = a.terms(word);
  REQUIRE(terms.size() == 1);
  REQUIRE(terms[0].starts_with(ombud::schema::kTextPrefix));
  return terms[0].substr(ombud::schema::kTextPrefix.size());
}

std::string porter2(const std::string& word) {
  static const Xapian::Stem english("english");
  return english(word);
}

bool in_table(std::string_view word) {
  for (const ombud::SpellingEntry& e : ombud::spelling_table())
    if (e.from == word) return true;
  return false;
}

}  // namespace

TEST_CASE("one spelling: each group of spellings gets one stem on both sides", "[spelling]") {
  const std::vector<std::vector<std::string>> groups = {
      {"apology", "apologies", "apologise", "apologised", "apologises", "apologising", "apologize",
       "apologized", "apologizes", "apologizing", "Apologise", "apology's"},
      {"organisation", "organisations", "organization", "organizations", "organise", "organised",
       "organising", "organize", "organized", "organizing", "organiser", "organizer",
       "organisation's", "Organization’s", "ORGANISATION"},
      {"recognise", "recognised", "recognising", "recognize", "recognized", "recognizing"},
      {"realise", "realised", "realising", "realisation", "realize", "realized", "realizing",
       "realization"},
      {"prioritise", "prioritised", "prioritisation", "prioritize", "prioritized",
       "prioritization"},
      {"minimise", "minimised", "minimising", "minimize", "minimized", "minimizing"},
      {"finalise", "finalised", "finalize", "finalized"},
      {"categorise", "categorised", "categorisation", "categorize", "categorized",
       "categorization"},
      {"criticise", "criticised", "criticising", "criticize", "criticized", "criticizing"},
      {"emphasise", "emphasised", "emphasize", "emphasized"},
      {"summarise", "summarised", "summarize", "summarized"},
      {"analyse", "analysed", "analysing", "analyses", "analyze", "analyzed", "analyzing",
       "analyzes"},
      {"paralyse", "paralysed", "paralyze", "paralyzed"},
      {"authorise", "authorised", "authorising", "authorisation", "authorize", "authorized",
       "authorizing", "authorization"},
  };
  Analyzer a;
  for (const auto& group : groups) {
    INFO("group of " << group.front());
    std::set<std::string> today, ours;
    for (const std::string& w : group) {
      INFO(w);
      today.insert(porter2(ombud::fold_case(w)));
      ours.insert(query_stem(w));
      CHECK(index_stem(a, w) == query_stem(w));
    }
    CHECK(today.size() > 1);  // Porter2 alone splits every group
    CHECK(ours.size() == 1);
  }
}

TEST_CASE("one spelling: words that merely end in -ise keep their stems", "[spelling]") {
  const char* words[] = {
      "promise",   "promised",   "exercise",    "exercised",  "otherwise",   "premises",
      "premise",   "advise",     "advised",     "advice",     "advisor",     "adviser",
      "expertise", "enterprise", "supervise",   "supervised", "revise",      "revised",
      "surprise",  "surprised",  "compromise",  "franchise",  "merchandise", "concise",
      "precise",   "wise",       "rise",        "raise",      "noise",       "praise",
      "cruise",    "bruise",     "chemise",     "demise",     "despise",     "devise",
      "disguise",  "excise",     "incise",      "improvise",  "televise",    "advertise",
      "comprise",  "authority",  "authorities", "author",     "other",       "real",
      "final",     "critical",   "organ",       "apologist",  "analysis",    "emphasis",
      "summary",   "category"};
  Analyzer a;
  for (const char* w : words) {
    INFO(w);
    CHECK_FALSE(in_table(w));
    CHECK(query_stem(w) == porter2(w));
    CHECK(index_stem(a, w) == porter2(w));
  }
}

TEST_CASE("one spelling: no false friends share a stem", "[spelling]") {
  // The first word of each row has a stem none of the others has: authorise is not authority or
  // author (Porter2 gives authorize, authority and author one stem), promise is not prom.
  const std::vector<std::vector<std::string>> rows = {
      {"authorise", "authority", "authorities", "author", "authors", "authored"},
      {"authorize", "authority", "authorities", "author", "authors", "authored"},
      {"authorisation", "authority", "author"},
      {"advise", "advice", "advisor"},
      {"advice", "advisor"},
      {"promise", "prom", "premises", "exercise", "otherwise"},
      {"premises", "promise", "premier"},
      {"exercise", "exert", "excise"},
      {"otherwise", "other", "others"},
      {"realise", "real", "reality"},
      {"finalise", "final", "finally"},
      {"criticise", "critical", "critic"},
      {"organisation", "organ", "organic"},
      {"minimise", "minimal"},
      {"categorise", "categorical"},
  };
  for (const auto& row : rows) {
    for (std::size_t i = 1; i < row.size(); ++i) {
      INFO(row[0] << " against " << row[i]);
      CHECK(query_stem(row[0]) != query_stem(row[i]));
    }
  }
}

TEST_CASE("one spelling: the table is sorted, idempotent and found only through is/ys/iz/yz",
          "[spelling]") {
  const auto table = ombud::spelling_table();
  REQUIRE(table.size() > 500);
  std::set<std::string_view> froms;
  for (std::size_t i = 0; i < table.size(); ++i) {
    const ombud::SpellingEntry& e = table[i];
    INFO(e.from << " -> " << e.to);
    if (i > 0) CHECK(table[i - 1].from < e.from);
    froms.insert(e.from);
    // The two spellings differ in one letter, s against z, after an i or a y.
    REQUIRE(e.from.size() == e.to.size());
    std::size_t differ = 0, at = 0;
    for (std::size_t k = 0; k < e.from.size(); ++k) {
      CHECK(e.from[k] >= 'a');
      CHECK(e.from[k] <= 'z');
      if (e.from[k] != e.to[k]) ++differ, at = k;
    }
    CHECK(differ == 1);
    CHECK(at > 0);
    CHECK(((e.from[at] == 's' && e.to[at] == 'z') || (e.from[at] == 'z' && e.to[at] == 's')));
    CHECK((e.from[at - 1] == 'i' || e.from[at - 1] == 'y'));
  }
  for (const ombud::SpellingEntry& e : table) {
    INFO(e.to);
    CHECK_FALSE(froms.contains(e.to));  // mapping twice changes nothing
  }
}

TEST_CASE("one spelling: no entry joins a word it is not a spelling of", "[spelling][prop]") {
  // Independently of the generator's grouping: for every entry, the words of the lists that the
  // entry newly gives the same stem as `from` are table words (other spellings) or the -y noun
  // the -ize verb is built on (apology, apologies for apologize), nothing else.
  const auto british = ombud::spelling::read_word_list(OMBUD_BRITISH_WORDS);
  const auto american = ombud::spelling::read_word_list(OMBUD_AMERICAN_WORDS);
  std::set<std::string> table_words;
  for (const ombud::SpellingEntry& e : ombud::spelling_table()) {
    table_words.emplace(e.from);
    table_words.emplace(e.to);
  }
  std::map<std::string, std::vector<std::string>> others_by_stem;
  for (const auto* list : {&british.every, &american.every})
    for (const std::string& w : *list)
      if (!table_words.contains(w)) others_by_stem[porter2(w)].push_back(w);

  std::size_t nouns_joined = 0;
  for (const ombud::SpellingEntry& e : ombud::spelling_table()) {
    const std::string from(e.from), to(e.to);
    const std::string before = porter2(from), after = porter2(to);
    REQUIRE(query_stem(from) == after);
    if (before == after) continue;
    const auto it = others_by_stem.find(after);
    if (it == others_by_stem.end()) continue;
    // Both spellings up to the i or y before their s or z (apolog- for apologise).
    std::size_t at = 0;
    while (from[at] == to[at]) ++at;
    const std::string root = from.substr(0, at - 1);
    for (const std::string& other : it->second) {
      INFO(from << " -> " << to << " joins " << other);
      CHECK((other == root + "y" || other == root + "ies"));
      ++nouns_joined;
    }
  }
  CHECK(nouns_joined > 0);  // apology, at least: the rule is not vacuous
}

TEST_CASE("one spelling: documents and queries agree on both spellings", "[spelling][analyzer]") {
  Xapian::WritableDatabase db(std::string(), Xapian::DB_BACKEND_INMEMORY);
  Analyzer a;
  const char* texts[] = {
      "The organisation apologised and will prioritise the repairs.",
      "The organization apologized and will prioritize the repairs.",
      "The authority wrote to the author about an organ.",
  };
  for (const char* t : texts) {
    Xapian::Document doc;
    a.index_text(doc, t);
    doc.set_data(t);
    db.add_document(doc);
  }
  Xapian::QueryParser qp;
  Analyzer::configure(qp);
  qp.set_default_op(Xapian::Query::OP_AND);
  auto hits = [&](const std::string& q) {
    Xapian::Enquire enquire(db);
    enquire.set_query(qp.parse_query(q, Xapian::QueryParser::FLAG_DEFAULT));
    std::set<Xapian::docid> out;
    const Xapian::MSet m = enquire.get_mset(0, 10);
    for (auto it = m.begin(); it != m.end(); ++it) out.insert(*it);
    return out;
  };
  using Ids = std::set<Xapian::docid>;
  for (const char* q :
       {"organisation", "organization", "apology", "apologise", "apologized", "prioritize",
        "\"organisation apologised\"", "\"organization apologized\"", "Organisation's"}) {
    INFO(q);
    CHECK(hits(q) == Ids{1, 2});
  }
  CHECK(hits("authority") == Ids{3});
  CHECK(hits("authorise").empty());
  CHECK(hits("organ") == Ids{3});

  // MSet::snippet, with the same stemmer, highlights either spelling for either query word.
  Xapian::Enquire enquire(db);
  enquire.set_query(qp.parse_query("apology", Xapian::QueryParser::FLAG_DEFAULT));
  const Xapian::MSet m = enquire.get_mset(0, 10);
  CHECK(m.snippet(texts[0], 200, Analyzer::stemmer()).find("<b>apologised</b>") !=
        std::string::npos);
  CHECK(m.snippet(texts[1], 200, Analyzer::stemmer()).find("<b>apologized</b>") !=
        std::string::npos);
}
