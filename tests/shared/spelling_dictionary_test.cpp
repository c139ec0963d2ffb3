// The words of the spelling dictionary: what goes in, and in what form, on both sides.
#include "spelling_dictionary.hpp"

#include <catch2/catch.hpp>

#include "analyzer.hpp"

using ombud::spelling_form;

TEST_CASE("spelling dictionary: words are case-folded as typed, not stemmed",
          "[spelling-dictionary]") {
  CHECK(spelling_form("Safeguarding") == "safeguarding");
  CHECK(spelling_form("HOMELESSNESS") == "homelessness");
  CHECK(spelling_form("Ｃｏｕｎｃｉｌ") == "council");  // NFKC_Casefold, as the analyzer folds
  CHECK(spelling_form("Straße") == "strasse");
}

TEST_CASE("spelling dictionary: what is left out", "[spelling-dictionary]") {
  CHECK(spelling_form("fee").empty());       // too short to guess from
  CHECK(spelling_form("24010138").empty());  // case references and numbers
  CHECK(spelling_form("B12").empty());
  CHECK(spelling_form("council's").empty());  // the possessive's word is there on its own
  CHECK(spelling_form("council’s").empty());
  CHECK(spelling_form("snake_case").empty());
  CHECK(spelling_form(std::string(ombud::kMaxWordBytes + 1, 'a')).empty());
  CHECK(spelling_form("fees") == "fees");
}

TEST_CASE("spelling dictionary: index_text counts each document's words", "[spelling-dictionary]") {
  ombud::Analyzer analyzer;
  Xapian::Document doc;
  ombud::SpellingCounts counts;
  analyzer.index_text(doc, "The Council's safeguarding team; SAFEGUARDING again, 24 010 138.", 0,
                      &counts);
  // "The" is too short, "Council's" a possessive, the case reference digits.
  CHECK(counts == ombud::SpellingCounts{{"safeguarding", 2}, {"team", 1}, {"again", 1}});
  // The terms are indexed as without the counts.
  Xapian::Document plain;
  analyzer.index_text(plain, "The Council's safeguarding team; SAFEGUARDING again, 24 010 138.");
  CHECK(plain.termlist_count() == doc.termlist_count());
}
