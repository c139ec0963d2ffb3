// Golden parsed queries: every syntax form of the query language, as Query::get_description()
// prints it, on the sample database (council words are looked up in its organisations).
#include "parse/query_builder.hpp"

#include <catch2/catch.hpp>
#include <random>

#include "parse/query_error.hpp"
#include "parse/query_text.hpp"
#include "schema.hpp"
#include "search_test_db.hpp"

namespace {

using ombud::schema::FieldId;

struct Row {
  const char* input;
  const char* expected;
};

// Expected strings name terms and slots through the schema table rather than repeating its
// prefixes: {outcome=upheld} is schema::term(kOutcome, "upheld"), {Q=24-010-138} the ID term,
// {slot:date} the date slot's number, {£500} the serialised amount 500 as descriptions show it.
std::string expand(std::string_view s) {
  std::string out;
  while (!s.empty()) {
    const std::size_t open = s.find('{');
    if (open == std::string_view::npos) {
      out += s;
      break;
    }
    out += s.substr(0, open);
    const std::size_t close = s.find('}', open);
    const std::string_view inner = s.substr(open + 1, close - open - 1);
    s.remove_prefix(close + 1);
    if (inner.starts_with("slot:")) {
      out += std::to_string(ombud::schema::field(*ombud::schema::find_field(inner.substr(5))).slot);
    } else if (inner.starts_with("£")) {
      const double pounds = std::stod(std::string(inner.substr(std::string_view("£").size())));
      out += ombud::test::described_value(Xapian::sortable_serialise(pounds));
    } else {
      const std::size_t eq = inner.find('=');
      const std::string_view name = inner.substr(0, eq);
      const std::string_view value = inner.substr(eq + 1);
      out += name == "Q" ? ombud::schema::id_term(value)
                         : ombud::schema::term(*ombud::schema::find_field(name), value);
    }
  }
  return out;
}

const ombud::test::SearchTestDb& sample_db() {
  static const ombud::test::SearchTestDb db(ombud::test::sample_decisions());
  return db;
}

std::string parsed(const std::string& text) {
  return ombud::QueryBuilder(sample_db().open()).build(text).query.get_description();
}

// The sample decisions and two more, whose organisations are written with '&' and 'St'.
const ombud::test::SearchTestDb& names_db() {
  static const ombud::test::SearchTestDb db([] {
    std::vector<ombud::Decision> decisions = ombud::test::sample_decisions();
    ombud::Decision a = decisions.front();
    a.case_ref = "23-900-001";
    a.organisation = "London Borough of Hammersmith & Fulham";
    ombud::Decision b = decisions.front();
    b.case_ref = "23-900-002";
    b.organisation = "St Helens Council";
    decisions.push_back(a);
    decisions.push_back(b);
    return decisions;
  }());
  return db;
}

std::string parsed_with_names(const std::string& text) {
  return ombud::QueryBuilder(names_db().open()).build(text).query.get_description();
}

}  // namespace

TEST_CASE("golden parsed queries: free text", "[query_builder][golden]") {
  const Row rows[] = {
      {"complaints", "Query(Zcomplaint@1)"},
      {"Statutory COMPLAINTS", "Query((Zstatutori@1 AND Zcomplaint@2))"},
      {"children’s", "Query(Zchildren@1)"},
      {"\"statutory complaints procedure\"",
       "Query((Zstatutori@1 PHRASE 3 Zcomplaint@2 PHRASE 3 Zprocedur@3))"},
      {"“statutory complaints”", "Query((Zstatutori@1 PHRASE 2 Zcomplaint@2))"},
      {"delay OR apology", "Query((Zdelay@1 OR Zapolog@2))"},
      {"delay AND apology", "Query((Zdelay@1 AND Zapolog@2))"},
      {"delay NOT apology", "Query((Zdelay@1 AND_NOT Zapolog@2))"},
      {"delay -apology", "Query((Zdelay@1 AND_NOT Zapolog@2))"},
      {"+delay apology", "Query((Zdelay@1 AND Zapolog@2))"},
      {"(delay OR fees) apology", "Query(((Zdelay@1 OR Zfee@2) AND Zapolog@3))"},
      {"NOT apology", "Query((<alldocuments> AND_NOT Zapolog@1))"},
      {"-apology", "Query((<alldocuments> AND_NOT Zapolog@1))"},
      {"-apology -fees", "Query(((<alldocuments> AND_NOT Zapolog@1) AND_NOT Zfee@2))"},
      {"statut*", "Query(WILDCARD SYNONYM Zstatut)"},
      {"statut* delay", "Query((WILDCARD SYNONYM Zstatut AND Zdelay@2))"},
      {"", "Query(<alldocuments>)"},
      {"   ", "Query(<alldocuments>)"},
      {"!!", "Query(<alldocuments>)"},
  };
  for (const Row& r : rows) {
    INFO(r.input);
    CHECK(parsed(r.input) == expand(r.expected));
  }
}

TEST_CASE("golden parsed queries: fields", "[query_builder][golden]") {
  const Row rows[] = {
      {"council:\"Surrey County Council\"", "Query(0 * {council=Surrey County Council})"},
      {"council:\"surrey  COUNTY council\"", "Query(0 * {council=Surrey County Council})"},
      {"org:\"Surrey County Council\"", "Query(0 * {council=Surrey County Council})"},
      {"council:surrey",
       "Query(0 * ({council=Surrey County Council} OR {council=Surrey Heath Borough Council}))"},
      {"council:\"county surrey\"", "Query(0 * {council=Surrey County Council})"},
      {"council:\"waltham forest\"", "Query(0 * {council=London Borough of Waltham Forest})"},
      {"council:north*", "Query(0 * {council=West Northamptonshire Council})"},
      {"council:nowhere", "Query(0 * {council=nowhere})"},
      {"council:kent org:\"waltham forest\"",
       "Query(0 * ({council=Kent County Council} OR {council=London Borough of Waltham Forest}))"},
      {"category:\"Children's care services\"", "Query(0 * {category=Children's care services})"},
      {"category:\"children’s care services\"", "Query(0 * {category=Children's care services})"},
      {"subcategory:\"Disabled children\"", "Query(0 * {subcategory=Disabled children})"},
      {"outcome:upheld", "Query(0 * {outcome=upheld})"},
      {"outcome:Upheld", "Query(0 * {outcome=upheld})"},
      {"outcome:not-upheld", "Query(0 * {outcome=not-upheld})"},
      {"outcome:closed-after-initial-enquiries",
       "Query(0 * {outcome=closed-after-initial-enquiries})"},
      {"outcome:unknown", "Query(0 * {outcome=unknown})"},
      {"outcome:upheld outcome:not-upheld",
       "Query(0 * ({outcome=upheld} OR {outcome=not-upheld}))"},
      {"ofsted:yes", "Query(0 * {ofsted=yes})"},
      {"ofsted:no", "Query(0 * {ofsted=no})"},
      {"cqc:yes", "Query(0 * {cqc=yes})"},
      {"type:decision", "Query(0 * {type=decision})"},
      {"type:report", "Query(0 * {type=report})"},
      {"remedy:apology", "Query(0 * {remedy=apology})"},
      {"remedy:procedure-review", "Query(0 * {remedy=procedure-review})"},
      {"remedy:apology remedy:payment", "Query(0 * ({remedy=apology} AND {remedy=payment}))"},
      {"legislation:\"Care Act 2014\"", "Query(0 * {legislation=Care Act 2014})"},
      {"law:\"care act 2014\"", "Query(0 * {legislation=Care Act 2014})"},
      {"source:housing", "Query(0 * {source=housing})"},
      {"year:2022", "Query(0 * {year=2022})"},
      {"case:24-010-138", "Query(0 * {Q=24-010-138})"},
      {"case:\"24 010 138\"", "Query(0 * {Q=24-010-138})"},
      {"case:24010138", "Query(0 * {Q=24-010-138})"},
      {"case:24 010 138", "Query(0 * {Q=24-010-138})"},
      {"case:202301234", "Query(0 * {Q=202301234})"},
      {"date:2022", "Query(VALUE_RANGE {slot:date} 20220101 20221231)"},
      {"date:2022..2024", "Query(VALUE_RANGE {slot:date} 20220101 20241231)"},
      {"date:2022-06-01..2022-06-30", "Query(VALUE_RANGE {slot:date} 20220601 20220630)"},
      {"date:>=2023-01-01", "Query(VALUE_GE {slot:date} 20230101)"},
      {"date:>2023-01-01", "Query(VALUE_GE {slot:date} 20230102)"},
      {"date:<=2021-12-31", "Query(VALUE_LE {slot:date} 20211231)"},
      {"date:<2020", "Query(VALUE_LE {slot:date} 20191231)"},
      {"date:>=2022 date:<2024",
       "Query(0 * (VALUE_GE {slot:date} 20220101 AND VALUE_LE {slot:date} 20231231))"},
      {"paid:>=500", "Query(VALUE_GE {slot:paid} {£500})"},
      {"paid:300..1000", "Query(VALUE_RANGE {slot:paid} {£300} {£1000})"},
      {"paid:<=250", "Query(VALUE_LE {slot:paid} {£250})"},
      {"paid:0", "Query(VALUE_RANGE {slot:paid} {£0} {£0})"},
      {"paid:>0", "Query(VALUE_GE {slot:paid} {£0.01})"},
  };
  for (const Row& r : rows) {
    INFO(r.input);
    CHECK(parsed(r.input) == expand(r.expected));
  }
}

TEST_CASE("golden parsed queries: case references typed as words", "[query_builder][golden]") {
  const Row rows[] = {
      {"24 010 138", "Query((0 * {Q=24-010-138} OR (Z24@1 PHRASE 3 Z010@2 PHRASE 3 Z138@3)))"},
      {"24-010-138", "Query((0 * {Q=24-010-138} OR (Z24@1 PHRASE 3 Z010@2 PHRASE 3 Z138@3)))"},
      {"24010138", "Query((0 * {Q=24-010-138} OR Z24010138@1))"},
      {"202301234", "Query((0 * {Q=202301234} OR Z202301234@1))"},
  };
  for (const Row& r : rows) {
    INFO(r.input);
    CHECK(parsed(r.input) == expand(r.expected));
  }
}

TEST_CASE("golden parsed queries: text and filters together", "[query_builder][golden]") {
  const Row rows[] = {
      {"delay outcome:upheld", "Query((Zdelay@1 FILTER {outcome=upheld}))"},
      {"NOT outcome:upheld", "Query((<alldocuments> AND_NOT {outcome=upheld}))"},
      {"-outcome:upheld", "Query((<alldocuments> AND_NOT {outcome=upheld}))"},
      {"delay -ofsted:yes", "Query((Zdelay@1 AND_NOT {ofsted=yes}))"},
      {"date:2022 OR date:2024",
       "Query((VALUE_RANGE {slot:date} 20220101 20221231 OR VALUE_RANGE {slot:date} 20240101 "
       "20241231))"},
      {"outcome:upheld category:\"Children's care services\" paid:>=500 ofsted:yes "
       "date:>=2022-01-01 \"statutory complaints procedure\"",
       "Query(((Zstatutori@1 PHRASE 3 Zcomplaint@2 PHRASE 3 Zprocedur@3) FILTER ((VALUE_GE "
       "{slot:paid} {£500} AND VALUE_GE {slot:date} 20220101) AND {category=Children's care "
       "services} AND {ofsted=yes} AND {outcome=upheld})))"},
  };
  for (const Row& r : rows) {
    INFO(r.input);
    CHECK(parsed(r.input) == expand(r.expected));
  }
}

TEST_CASE("query mistakes are errors that say what would work", "[query_builder][errors]") {
  const Row rows[] = {
      {"counsil:surrey", "unknown field 'counsil' in 'counsil:surrey' (did you mean 'council:'?)"},
      {"outcome:maybe",
       "outcome:maybe: 'maybe' is not a valid outcome; use one of upheld, not-upheld, "
       "closed-after-initial-enquiries, unknown"},
      {"ofsted:maybe", "'maybe' is not a valid ofsted; use one of yes, no"},
      {"cqc:true", "use one of yes, no"},
      {"type:letter", "use one of decision, report"},
      {"remedy:money", "use one of apology, payment, training, procedure-review"},
      {"year:22", "year:22: '22' is not a year; write year:2022, or date:2020..2022"},
      {"case:12345", "case:12345: '12345' is not a case reference"},
      {"paid:>=lots", "'lots' is not an amount in pounds"},
      {"date:2022-13-45", "'2022-13-45' is not a date"},
      {"AND delay", "'AND' at the start of the query has nothing before it"},
      {"delay OR", "'OR' at the end of the query has nothing after it"},
      {"delay OR apology)", "a ')' with no '(' before it"},
      {"council:\"\"", "'council:' has no value"},
  };
  for (const Row& r : rows) {
    INFO(r.input);
    CHECK_THROWS_AS(parsed(r.input), ombud::QueryError);
    CHECK_THROWS_WITH(parsed(r.input), Catch::Contains(r.expected));
  }
}
TEST_CASE("golden parsed queries: filters restrict the whole query", "[query_builder][golden]") {
  const Row rows[] = {
      // The issue's examples: Xapian alone binds a filter to the nearest words.
      {"outcome:not-upheld delay OR fault",
       "Query(((Zdelay@1 OR Zfault@2) FILTER {outcome=not-upheld}))"},
      {"council:kent OR council:surrey delay",
       "Query((Zdelay@1 AND (0 * {council=Kent County Council} OR 0 * ({council=Surrey County "
       "Council} OR {council=Surrey Heath Borough Council}))))"},
      {"council:kent council:surrey delay",
       "Query((Zdelay@1 FILTER ({council=Kent County Council} OR ({council=Surrey County Council} "
       "OR {council=Surrey Heath Borough Council}))))"},
      {"delay OR fault outcome:not-upheld",
       "Query(((Zdelay@1 OR Zfault@2) FILTER {outcome=not-upheld}))"},
      {"delay OR outcome:upheld", "Query((Zdelay@1 FILTER {outcome=upheld}))"},
      {"(council:kent delay) OR (council:\"waltham forest\" fault)",
       "Query(((Zdelay@1 FILTER {council=Kent County Council}) OR (Zfault@2 FILTER "
       "{council=London Borough of Waltham Forest})))"},
      {"NOT outcome:upheld delay OR fault",
       "Query(((Zdelay@1 OR Zfault@2) AND_NOT {outcome=upheld}))"},
      {"-outcome:upheld delay OR fault",
       "Query(((Zdelay@1 OR Zfault@2) AND_NOT {outcome=upheld}))"},
      {"delay AND NOT outcome:upheld OR fault",
       "Query(((Zdelay@1 OR Zfault@2) AND_NOT {outcome=upheld}))"},
      {"+outcome:upheld delay OR fault", "Query(((Zdelay@1 OR Zfault@2) FILTER {outcome=upheld}))"},
      {"outcome:upheld remedy:apology remedy:payment delay OR fault",
       "Query(((Zdelay@1 OR Zfault@2) FILTER (({remedy=apology} AND {remedy=payment}) AND "
       "{outcome=upheld})))"},
      {"year:2022 OR year:2023 delay",
       "Query((Zdelay@1 AND (0 * {year=2022} OR 0 * {year=2023})))"},
      {"(council:kent OR outcome:upheld) delay OR fault",
       "Query(((Zdelay@1 OR Zfault@2) AND (0 * {council=Kent County Council} OR 0 * "
       "{outcome=upheld})))"},
      {"-council:kent -outcome:upheld",
       "Query(((<alldocuments> AND_NOT {council=Kent County Council}) AND_NOT "
       "{outcome=upheld}))"},
      {"council:kent -outcome:upheld",
       "Query((0 * {council=Kent County Council} AND_NOT {outcome=upheld}))"},
      {"-apology OR payment", "Query(((<alldocuments> AND_NOT Zapolog@1) OR Zpayment@2))"},
      {"delay OR -apology payment", "Query((Zdelay@1 OR (Zpayment@2 AND_NOT Zapolog@3)))"},
  };
  for (const Row& r : rows) {
    INFO(r.input);
    CHECK(parsed(r.input) == expand(r.expected));
  }
}

TEST_CASE("golden parsed queries: filters for a missing field", "[query_builder][golden]") {
  const Row rows[] = {
      {"date:none", "Query(0 * (<alldocuments> AND_NOT VALUE_GE {slot:date} \\x00))"},
      {"year:none", "Query(0 * (<alldocuments> AND_NOT VALUE_GE {slot:year} \\x00))"},
      {"category:none", "Query(0 * (<alldocuments> AND_NOT VALUE_GE {slot:category} \\x00))"},
      {"remedy:None", "Query(0 * (<alldocuments> AND_NOT VALUE_GE {slot:remedy} \\x00))"},
      {"-date:none delay",
       "Query((Zdelay@1 AND_NOT (<alldocuments> AND_NOT VALUE_GE {slot:date} \\x00)))"},
      {"date:none OR date:>=2024",
       "Query((0 * (<alldocuments> AND_NOT VALUE_GE {slot:date} \\x00) OR VALUE_GE {slot:date} "
       "20240101))"},
  };
  for (const Row& r : rows) {
    INFO(r.input);
    CHECK(parsed(r.input) == expand(r.expected));
  }
  CHECK_THROWS_WITH(parsed("case:none"), Catch::Contains("is not a case reference"));
}

TEST_CASE("golden parsed queries: names as people type them", "[query_builder][golden]") {
  const Row rows[] = {
      {"council:\"hammersmith and fulham\"",
       "Query(0 * {council=London Borough of Hammersmith & Fulham})"},
      {"council:\"hammersmith & fulham\"",
       "Query(0 * {council=London Borough of Hammersmith & Fulham})"},
      {"council:\"London Borough of Hammersmith and Fulham\"",
       "Query(0 * {council=London Borough of Hammersmith & Fulham})"},
      {"council:\"LB Hammersmith and Fulham\"",
       "Query(0 * {council=London Borough of Hammersmith & Fulham})"},
      {"council:\"saint helens\"", "Query(0 * {council=St Helens Council})"},
      {"council:\"st. helens\"", "Query(0 * {council=St Helens Council})"},
      {"council:\"surrey cc\"", "Query(0 * {council=Surrey County Council})"},
      {"council:\"surrey heath bc\"", "Query(0 * {council=Surrey Heath Borough Council})"},
      {"council:\"kent council\"", "Query(0 * {council=Kent County Council})"},
      {"council:\"lb waltham forest\"", "Query(0 * {council=London Borough of Waltham Forest})"},
      {"category:children", "Query(0 * {category=Children's care services})"},
      {"category:\"children's care\"", "Query(0 * {category=Children's care services})"},
      {"category:care",
       "Query(0 * ({category=Adult care services} OR {category=Children's care services}))"},
      {"subcategory:children",
       "Query(0 * ({subcategory=Children in care} OR {subcategory=Disabled children}))"},
      {"category:nothing", "Query(0 * {category=nothing})"},
  };
  for (const Row& r : rows) {
    INFO(r.input);
    CHECK(parsed_with_names(r.input) == expand(r.expected));
  }
}

TEST_CASE("no query is silently read again as plain words", "[query_builder][property]") {
  // Xapian 1.4 re-parses a query it cannot read without its operators (`delay OR apology)` is
  // `delay AND or AND apology`). Random queries from operators, words, phrases, signs, filters
  // and brackets: each is either an error of the pre-scan, or parses with no operator read as a
  // word and no Xapian syntax error.
  const char* const atoms[] = {"delay",
                               "fault",
                               "-delay",
                               "+fault",
                               "\"delay fault\"",
                               "-\"care home\"",
                               "council:kent",
                               "-council:kent",
                               "outcome:upheld",
                               "+outcome:upheld",
                               "date:2022",
                               "statut*",
                               "-statut*",
                               "(",
                               ")",
                               "-(",
                               "+(",
                               "OR",
                               "AND",
                               "NOT",
                               "XOR",
                               "NEAR",
                               "ADJ",
                               "NEAR/3"};
  std::mt19937 rng(7);
  const ombud::QueryBuilder builder(sample_db().open());
  int parsed_ok = 0;
  for (int i = 0; i < 20000; ++i) {
    std::string query;
    for (std::size_t n = 1 + rng() % 7; n > 0; --n)
      query += std::string(query.empty() ? "" : " ") + atoms[rng() % std::size(atoms)];
    INFO(query);
    try {
      ombud::prepare_query(query);
    } catch (const ombud::QueryError&) {
      continue;  // a syntax mistake, reported as such
    }
    std::string description;
    REQUIRE_NOTHROW(description = builder.build(query).query.get_description());
    for (const char* word : {"Zor@", "Zand@", "Znot@", "Zxor@", "Znear@", "Zadj@"})
      CHECK(description.find(word) == std::string::npos);
    ++parsed_ok;
  }
  CHECK(parsed_ok > 2000);
}
