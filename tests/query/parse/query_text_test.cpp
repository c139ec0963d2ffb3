// prepare_query(): what the text becomes before QueryParser reads it, and the mistakes it catches.
#include "parse/query_text.hpp"

#include <catch2/catch.hpp>

#include "parse/query_error.hpp"

using ombud::prepare_query;

namespace {

struct Row {
  const char* input;
  const char* expected;
};

}  // namespace

TEST_CASE("query text the parser reads", "[query_text][golden]") {
  const Row rows[] = {
      // Left alone.
      {"", ""},
      {"statutory complaints", "statutory complaints"},
      {"\"statutory complaints procedure\"", "\"statutory complaints procedure\""},
      {"council:surrey outcome:upheld", "council:surrey outcome:upheld"},
      {"council:\"Surrey County Council\" delay", "(delay) council:\"Surrey County Council\""},
      {"delay -apology", "delay -apology"},
      {"-apology outcome:upheld", "(NOT apology) outcome:upheld"},
      {"Note: the council", "Note: the council"},
      {"see https://www.lgo.org.uk", "see https://www.lgo.org.uk"},
      {"10:30 meeting", "10:30 meeting"},
      {"\"24 010 138\"", "\"24 010 138\""},
      {"case:\"24 010 138\"", "case:\"24 010 138\""},
      {"-24010138 delay", "-24010138 delay"},
      {"2022 1000", "2022 1000"},
      // Field names in any case.
      {"Council:surrey OUTCOME:upheld", "council:surrey outcome:upheld"},
      {"ORG:kent Law:\"Care Act 2014\"", "org:kent law:\"Care Act 2014\""},
      // Bare case references, in every spelling, and Housing's 9 digits.
      {"24 010 138", "(case:24-010-138 OR \"24 010 138\")"},
      {"24-010-138", "(case:24-010-138 OR \"24-010-138\")"},
      {"24010138", "(case:24-010-138 OR \"24010138\")"},
      {"24/010/138", "(case:24-010-138 OR \"24/010/138\")"},
      {"202301234", "(case:202301234 OR \"202301234\")"},
      {"delay 24 010 138 outcome:upheld",
       "(delay (case:24-010-138 OR \"24 010 138\")) outcome:upheld"},
      {"(24010138)", "((case:24-010-138 OR \"24010138\"))"},
      // case: without quotes takes all three groups.
      {"case:24 010 138", "case:\"24 010 138\""},
      {"-case:24 010 138 delay", "(delay) -case:\"24 010 138\""},
      // A level of only negations means "without these".
      {"-apology", "NOT apology"},
      {"-apology -payment", "NOT apology NOT payment"},
      {"-\"complaints procedure\"", "NOT \"complaints procedure\""},
      {"-remedy:payment", "NOT remedy:payment"},
      {"delay (-apology)", "delay (NOT apology)"},
      {"(-apology -payment) outcome:upheld", "((NOT apology NOT payment)) outcome:upheld"},
      // ... and so is an operand of only negations (Xapian would re-read `-a OR b` as words).
      {"-apology OR payment", "NOT apology OR payment"},
      {"delay OR -apology", "delay OR NOT apology"},
      // An operand after an operator puts its negations last (`a OR -b c` is a syntax error to
      // Xapian, and it reads `a AND -b c` as a AND NOT (b c)).
      {"delay OR -apology payment", "delay OR payment -apology"},
      {"delay AND -apology payment", "delay AND payment -apology"},
      // Filters restrict their whole bracket level: `(the rest) filters`.
      {"outcome:not-upheld delay OR fault", "(delay OR fault) outcome:not-upheld"},
      {"delay OR fault outcome:not-upheld", "(delay OR fault) outcome:not-upheld"},
      {"council:surrey council:kent delay", "(delay) council:surrey council:kent"},
      {"delay OR outcome:upheld", "(delay) outcome:upheld"},
      {"outcome:upheld OR delay", "(delay) outcome:upheld"},
      {"delay AND outcome:upheld fault", "(delay fault) outcome:upheld"},
      {"(council:kent delay) OR (council:surrey fault)",
       "((delay) council:kent) OR ((fault) council:surrey)"},
      {"outcome:upheld (council:kent delay OR fault) apology",
       "(((delay OR fault) council:kent) apology) outcome:upheld"},
      // Filters joined by OR stay alternatives, as one filter.
      {"council:surrey OR council:kent delay", "(delay) (council:surrey OR council:kent)"},
      {"date:2020 OR date:2024", "(date:2020 OR date:2024)"},
      {"(council:kent OR council:surrey) outcome:upheld delay OR fault",
       "(delay OR fault) ((council:kent OR council:surrey)) outcome:upheld"},
      // A negated filter, with '-' or NOT, excludes from the whole level.
      {"NOT outcome:upheld delay OR fault", "(delay OR fault) -outcome:upheld"},
      {"delay OR fault NOT outcome:upheld", "(delay OR fault) -outcome:upheld"},
      {"delay AND NOT council:kent OR fault", "(delay OR fault) -council:kent"},
      {"-council:kent delay OR fault", "(delay OR fault) -council:kent"},
      {"-(council:kent OR council:surrey) delay", "(delay) -((council:kent OR council:surrey))"},
      {"council:kent NOT delay", "(NOT delay) council:kent"},
      {"council:kent -outcome:upheld", "council:kent -outcome:upheld"},
      // Filters alone, all negated: NOT, since Xapian reads a lone -council:x as council:x.
      {"-council:kent -outcome:upheld", "NOT council:kent NOT outcome:upheld"},
      {"NOT council:kent", "NOT council:kent"},
      {"delay (NOT council:kent)", "(delay) (NOT council:kent)"},
  };
  for (const Row& r : rows) {
    INFO(r.input);
    CHECK(prepare_query(r.input).text == r.expected);
  }
}

TEST_CASE("wildcards are noted for highlighting", "[query_text]") {
  using V = std::vector<std::string>;
  CHECK(prepare_query("statut* delay").wildcards == V{"statut"});
  CHECK(prepare_query("Statut* -Compl*").wildcards == V{"statut", "compl"});
  CHECK(prepare_query("\"statut*\" council:north*").wildcards.empty());
  CHECK(prepare_query("*").wildcards.empty());
}

TEST_CASE("query text mistakes", "[query_text][errors]") {
  const Row rows[] = {
      {"counsil:surrey", "unknown field 'counsil' in 'counsil:surrey' (did you mean 'council:'?)"},
      {"delay outcom:upheld", "unknown field 'outcom'"},
      {"colour:red",
       "unknown field 'colour' in 'colour:red'; the fields are case, council (or "
       "org), category, subcategory, outcome, ofsted, cqc, type, remedy, "
       "legislation (or law), source, date, year, paid"},
      {"council: surrey",
       "'council:' has no value: write the value right after the colon, as in "
       "council:\"Surrey County Council\""},
      {"delay date:", "'date:' has no value"},
      {"council:\"\"", "'council:' has no value"},
  };
  for (const Row& r : rows) {
    INFO(r.input);
    CHECK_THROWS_WITH(prepare_query(r.input), Catch::Contains(r.expected));
  }
  // Inside quotes a colon is text.
  CHECK_NOTHROW(prepare_query("\"counsil:surrey\""));
  CHECK_NOTHROW(prepare_query("council:\"a counsil:b\""));
}
