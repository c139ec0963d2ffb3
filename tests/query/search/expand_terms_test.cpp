// Term selection for --like and --terms: which indexed terms may be expand terms, which of those
// --like keeps, the readable word shown for a stem; then like_query and distinctive_terms on a
// small database built in code, with subjects whose words are known.
#include "search/expand_terms.hpp"

#include <catch2/catch.hpp>

#include "analyzer.hpp"
#include "parse/query_builder.hpp"
#include "parse/query_error.hpp"
#include "search/distinctive_terms.hpp"
#include "search/like_query.hpp"
#include "search/searcher.hpp"
#include "search/term_words.hpp"
#include "search_test_db.hpp"

namespace {

using ombud::is_expand_candidate;

// "Zschool": a word of the text as the index holds it.
std::string text_term(const std::string& word) {
  ombud::Analyzer analyzer;
  const std::vector<std::string> terms = analyzer.terms(word);
  REQUIRE(terms.size() == 1);
  return terms.front();
}

ombud::Decision decision(const std::string& ref, const std::string& organisation,
                         const std::string& outcome, const std::string& text) {
  ombud::Decision d;
  d.source = "lgsco";
  d.organisation = organisation;
  d.case_ref = ref;
  d.doc_type = "decision";
  d.outcome = outcome;
  d.outcome_source = "stated";
  d.decision_date = "2025-01-0" + ref.substr(ref.size() - 1);
  d.title = organisation + " (" + ref + ")";
  d.text = text;
  return d;
}

// Three decisions about school transport (the minibus planted in each, and nowhere else), three
// about damp, and six about other things, so that no subject's words are in half of them.
std::vector<ombud::Decision> subject_decisions() {
  const std::string transport =
      "The council refused school transport. The minibus passed the house, and the minibus had "
      "seats. The walking route is unsafe and the appeal panel did not look at it.";
  const std::string damp =
      "Damp and mould spread through the flat. The council lent a dehumidifier but did not fix "
      "the ventilation or the damp.";
  return {
      decision("25-100-001", "Ashby Council", "upheld", transport + " Mrs A drove her son."),
      decision("25-100-002", "Ashby Council", "not-upheld",
               transport + " The minibus place ended after a term."),
      decision("25-100-003", "Berrow Council", "upheld",
               transport + " Her son waited for the minibus each day."),
      decision("25-100-004", "Ashby Council", "upheld", damp + " The children coughed."),
      decision("25-100-005", "Berrow Council", "upheld", damp + " Mould covered the ceiling."),
      decision("25-100-006", "Cotton Council", "not-upheld", damp + " The landlord repaired it."),
      decision("25-100-007", "Cotton Council", "upheld",
               "Amplified music from the pub kept her awake."),
      decision("25-100-008", "Ashby Council", "not-upheld",
               "A penalty charge notice for the loading bay."),
      decision("25-100-009", "Berrow Council", "upheld",
               "The extension overlooks the garden of the neighbour."),
      decision("25-100-010", "Cotton Council", "not-upheld",
               "Bins were missed on the collection day."),
      decision("25-100-011", "Ashby Council", "upheld", "Council tax arrears were chased twice."),
      decision("25-100-012", "Berrow Council", "not-upheld", "The library closed early."),
  };
}

const ombud::test::SearchTestDb& subject_db() {
  static const ombud::test::SearchTestDb db(subject_decisions());
  return db;
}

std::vector<std::string> like_refs(const std::string& ref, const std::string& query) {
  ombud::Searcher searcher(subject_db().open());
  ombud::SearchRequest request;
  request.like = ref;
  request.query = query;
  request.limit = 100;
  return ombud::test::case_refs(searcher.search(request).hits);
}

}  // namespace

TEST_CASE("expand candidates are words of the text, not fields, numbers, initials or stopwords",
          "[search][expand]") {
  CHECK(is_expand_candidate(text_term("minibus")));
  CHECK(is_expand_candidate(text_term("ventilation")));
  CHECK(is_expand_candidate(text_term("1st")));         // a number with letters reads as a word
  CHECK_FALSE(is_expand_candidate("Q25-100-001"));      // the case reference
  CHECK_FALSE(is_expand_candidate("XOUTCOMEupheld"));   // a field term
  CHECK_FALSE(is_expand_candidate("ZXCOUNCILashby"));   // a prefix that starts with Z
  CHECK_FALSE(is_expand_candidate(text_term("2025")));  // numbers
  CHECK_FALSE(is_expand_candidate(text_term("1,000")));
  CHECK_FALSE(is_expand_candidate(text_term("Mr")));  // too short: initials, titles
  CHECK_FALSE(is_expand_candidate(text_term("G")));
  CHECK_FALSE(is_expand_candidate(text_term("Mrs")));  // stopwords, in any form
  CHECK_FALSE(is_expand_candidate(text_term("The")));
  CHECK_FALSE(is_expand_candidate(text_term("because")));
  CHECK_FALSE(is_expand_candidate(text_term("whether")));
  CHECK_FALSE(is_expand_candidate(text_term("March")));  // months date everything
  CHECK_FALSE(is_expand_candidate(text_term("Nov")));
}

TEST_CASE("like keeps words some other decision has and at most half the collection has",
          "[search][expand]") {
  CHECK_FALSE(ombud::useful_for_like(1, 100));  // the decision's own word finds no other
  CHECK(ombud::useful_for_like(2, 100));
  CHECK(ombud::useful_for_like(50, 100));
  CHECK_FALSE(ombud::useful_for_like(51, 100));
  CHECK_FALSE(ombud::useful_for_like(2, 3));
  CHECK(ombud::too_common(7, 12));  // --terms leaves these out too
  CHECK_FALSE(ombud::too_common(6, 12));
}

TEST_CASE("the expand decider leaves out the terms it is given", "[search][expand]") {
  const ombud::ExpandTermDecider decider({text_term("Ashby")});
  CHECK_FALSE(decider(text_term("Ashby")));
  CHECK(decider(text_term("minibus")));
  CHECK_FALSE(decider("XOUTCOMEupheld"));
}

TEST_CASE("a stem is shown as the form the texts use most for it", "[search][expand]") {
  const std::string text = "Complaints, complaint, COMPLAINTS; complained. Statutory duties.";
  const auto forms = ombud::common_forms(
      {text}, {text_term("complaint"), text_term("statutory"), text_term("minibus")});
  CHECK(forms.at(text_term("complaint")) == "complaints");  // twice, against once
  CHECK(forms.at(text_term("statutory")) == "statutory");
  CHECK(forms.count(text_term("minibus")) == 0);  // no text holds it
}

TEST_CASE("like_query: the decisions of the same subject first, never the decision itself",
          "[search][like]") {
  const std::vector<std::string> refs = like_refs("25-100-001", "");
  REQUIRE(refs.size() >= 2);
  CHECK(std::set<std::string>(refs.begin(), refs.begin() + 2) ==
        std::set<std::string>{"25-100-002", "25-100-003"});
  CHECK(std::count(refs.begin(), refs.end(), "25-100-001") == 0);

  const std::vector<std::string> damp = like_refs("25 100 005", "");  // any spelling
  REQUIRE(damp.size() >= 2);
  CHECK(std::set<std::string>(damp.begin(), damp.begin() + 2) ==
        std::set<std::string>{"25-100-004", "25-100-006"});
}

TEST_CASE("like_query: the query's filters and words must match too", "[search][like]") {
  CHECK(like_refs("25-100-001", "outcome:upheld") == std::vector<std::string>{"25-100-003"});
  CHECK(like_refs("25-100-001", "council:ashby") == std::vector<std::string>{"25-100-002"});
  CHECK(like_refs("25-100-004", "coughed OR ceiling") == std::vector<std::string>{"25-100-005"});
  CHECK(like_refs("25-100-001", "outcome:upheld council:ashby").empty());
}

TEST_CASE("like_query: the organisation's words and the decision's own words are not used",
          "[search][like]") {
  const Xapian::Database db = subject_db().open();
  const ombud::LikeQuery like = ombud::like_query(db, "25-100-001", Xapian::Query::MatchAll);
  CHECK(like.case_ref == "25-100-001");
  REQUIRE_FALSE(like.terms.empty());
  CHECK(std::count(like.terms.begin(), like.terms.end(), text_term("Ashby")) == 0);
  CHECK(std::count(like.terms.begin(), like.terms.end(), text_term("drove")) == 0);  // its own
  CHECK(std::count(like.terms.begin(), like.terms.end(), text_term("minibus")) == 1);
  CHECK(like.terms.size() <= ombud::kLikeTerms);
}

TEST_CASE("like_query: an unknown or malformed case reference is an error naming it",
          "[search][like]") {
  const Xapian::Database db = subject_db().open();
  CHECK_THROWS_WITH(ombud::like_query(db, "99-999-999", Xapian::Query::MatchAll),
                    "--like 99-999-999: no decision has this case reference");
  CHECK_THROWS_WITH(ombud::like_query(db, "nonsense", Xapian::Query::MatchAll),
                    Catch::Contains("--like") && Catch::Contains("'nonsense' is not a case"));
}

TEST_CASE("distinctive_terms: the planted word first, with exact counts", "[search][terms]") {
  const Xapian::Database db = subject_db().open();
  const ombud::BuiltQuery built = ombud::QueryBuilder(db).build("unsafe");
  const ombud::DistinctiveTerms terms =
      ombud::distinctive_terms(db, built.query, 3, 5, ombud::kTermsSample);
  REQUIRE_FALSE(terms.terms.empty());
  CHECK(terms.over == 3);
  CHECK(terms.collection == 12);
  // Every transport word is in the three matches and nowhere else: the minibus, said most often
  // in them, comes first.
  CHECK(terms.terms.front().word == "minibus");
  CHECK(terms.terms.front().matches == 3);
  CHECK(terms.terms.front().collection == 3);
  for (const ombud::DistinctiveTerm& t : terms.terms) {
    INFO(t.word);
    CHECK_FALSE(t.word_is_stem);
    CHECK(t.matches * 12 > t.collection * 3);  // more frequent in the matches
  }
}

TEST_CASE("distinctive_terms: from a sample of the matches, the counts still over all of them",
          "[search][terms]") {
  const Xapian::Database db = subject_db().open();
  const ombud::BuiltQuery built = ombud::QueryBuilder(db).build("unsafe");
  const ombud::DistinctiveTerms terms = ombud::distinctive_terms(db, built.query, 3, 5, 2);
  CHECK(terms.over == 2);
  REQUIRE_FALSE(terms.terms.empty());
  CHECK(terms.terms.front().word == "minibus");
  CHECK(terms.terms.front().matches == 3);
}

TEST_CASE("distinctive_terms: a word no more frequent in the matches is not listed",
          "[search][terms]") {
  const Xapian::Database db = subject_db().open();
  // Every decision: nothing sets them apart from themselves.
  const ombud::DistinctiveTerms all =
      ombud::distinctive_terms(db, Xapian::Query::MatchAll, 12, 10, ombud::kTermsSample);
  CHECK(all.asked);
  CHECK(all.terms.empty());
}
