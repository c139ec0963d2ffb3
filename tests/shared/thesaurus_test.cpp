// The thesaurus loader: lines read into synonym keys and values, bad lines reported with their
// number and skipped, and the keys checked against what a real Xapian QueryParser looks up. Also
// the shipped thesaurus: it loads cleanly, every entry is commented, and it is big enough.
#include "thesaurus.hpp"

#include <xapian.h>

#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "analyzer.hpp"
#include "temp_dir.hpp"

using ombud::Analyzer;
using ombud::Thesaurus;

namespace {

Thesaurus load(std::string_view text, std::string_view name = "my.txt") {
  Analyzer analyzer;
  Thesaurus t;
  t.add(text, name, analyzer);
  return t;
}

// The values of `key`, space-free ones and phrases alike, in order.
std::vector<std::string> values(const Thesaurus& t, const std::string& key) {
  const auto it = t.synonyms().find(key);
  if (it == t.synonyms().end()) return {};
  return {it->second.begin(), it->second.end()};
}

std::vector<std::string> diagnostics(const Thesaurus& t) {
  std::vector<std::string> out;
  for (const auto& d : t.diagnostics()) out.push_back(d.text());
  return out;
}

// The query `text` as QueryParser builds it with automatic synonyms, over a database holding
// the thesaurus `t`.
std::string parse_with(const Thesaurus& t, const std::string& text) {
  ombud::test::TempDir dir;
  Xapian::WritableDatabase db((dir / "db").string(), Xapian::DB_CREATE);
  for (const auto& [key, vals] : t.synonyms())
    for (const std::string& v : vals) db.add_synonym(key, v);
  db.commit();
  Xapian::QueryParser parser;
  Analyzer::configure(parser);
  parser.set_database(db);
  parser.set_default_op(Xapian::Query::OP_AND);
  return parser
      .parse_query(text, Xapian::QueryParser::FLAG_DEFAULT |
                             Xapian::QueryParser::FLAG_AUTO_SYNONYMS |
                             Xapian::QueryParser::FLAG_AUTO_MULTIWORD_SYNONYMS)
      .get_description();
}

}  // namespace

TEST_CASE("thesaurus: a line of equivalent forms", "[thesaurus]") {
  const Thesaurus t = load("EHCP, EHC plan, Education, Health\n");
  // "Education" and "Health" are two forms here: commas separate forms.
  CHECK(t.diagnostics().empty());
  CHECK(t.entries() == 1);
  // A one-word form: 'Z' + its index term, the key QueryParser tries for a stemmed word.
  CHECK(values(t, "ZZehcp") == std::vector<std::string>{"Zeduc", "Zehc Zplan", "Zhealth"});
  // Several words: the words lower-case and unstemmed, as the parser names them.
  CHECK(values(t, "ehc plan") == std::vector<std::string>{"Zeduc", "Zehcp", "Zhealth"});
  CHECK(values(t, "ZZeduc") == std::vector<std::string>{"Zehc Zplan", "Zehcp", "Zhealth"});
  CHECK(t.synonyms().size() == 4);
}

TEST_CASE("thesaurus: one way with =>", "[thesaurus]") {
  const Thesaurus t = load("DP => direct payments, direct payment\nPA => personal assistant\n");
  CHECK(t.diagnostics().empty());
  CHECK(t.entries() == 2);
  // Both right-hand forms index the same, so one value; the right side is no key.
  CHECK(values(t, "ZZdp") == std::vector<std::string>{"Zdirect Zpayment"});
  CHECK(values(t, "ZZpa") == std::vector<std::string>{"Zperson Zassist"});
  CHECK(t.synonyms().count("direct payments") == 0);
  CHECK(t.synonyms().size() == 2);
}

TEST_CASE("thesaurus: comments, blank lines and Windows line ends", "[thesaurus]") {
  const Thesaurus t = load(
      "# a comment line\n"
      "\n"
      "   \t\n"
      "HB, housing benefit   # a comment after the entry\r\n"
      "  # an indented comment\n"
      "DHP, discretionary housing payment");  // no newline at the end
  CHECK(t.diagnostics().empty());
  CHECK(t.entries() == 2);
  CHECK(values(t, "ZZhb") == std::vector<std::string>{"Zhous Zbenefit"});
  CHECK(values(t, "ZZdhp") == std::vector<std::string>{"Zdiscretionari Zhous Zpayment"});
  CHECK(t.sources().at(0).loaded_lines ==
        "HB, housing benefit\nDHP, discretionary housing payment\n");
}

TEST_CASE("thesaurus: a bad line is reported with its number and skipped", "[thesaurus]") {
  const Thesaurus t = load(
      "HB, housing benefit\n"
      "# comment\n"
      "housing benefit\n"
      "CTR, council tax reduction\n"
      "SEN,, special educational needs\n"
      "a => b => c\n"
      "SENCO, SENCo\n"
      "& , ?\n"
      "X => \n"
      "ASB, anti-social behaviour\n");
  CHECK(diagnostics(t) ==
        std::vector<std::string>{
            "my.txt:3: error: one form alone: list the forms of a concept separated by commas, "
            "or write FORMS => FORMS",
            "my.txt:5: error: an empty form: two commas together, or a comma at an end",
            "my.txt:6: error: more than one '=>': a line is one concept",
            "my.txt:7: error: every form is the same words to the index (\"SENCO\"): the line "
            "adds nothing",
            "my.txt:8: error: \"&\" has no words to search for",
            "my.txt:9: error: an empty form: a comma or '=>' with nothing beside it",
        });
  // The rest load.
  CHECK(t.entries() == 3);
  CHECK(values(t, "ZZhb") == std::vector<std::string>{"Zhous Zbenefit"});
  CHECK(values(t, "ZZctr") == std::vector<std::string>{"Zcouncil Ztax Zreduct"});
  CHECK(values(t, "ZZasb") == std::vector<std::string>{"Zanti Zsocial Zbehaviour"});
  CHECK(t.synonyms().count("ZZsen") == 0);
  CHECK(t.synonyms().count("ZZsenco") == 0);
}

TEST_CASE("thesaurus: invalid UTF-8 and over-long words are bad lines", "[thesaurus]") {
  const std::string long_word(70, 'a');
  const Thesaurus t = load("caf\xC3, cafe\n" + long_word + ", b\nHB, housing benefit\n");
  CHECK(diagnostics(t) == std::vector<std::string>{
                              "my.txt:1: error: the line is not valid UTF-8",
                              "my.txt:2: error: \"" + long_word +
                                  "\" has a word longer than 64 bytes, which the index leaves out",
                          });
  CHECK(t.entries() == 1);
}

TEST_CASE("thesaurus: duplicates are merged, and a form in two entries is a warning",
          "[thesaurus]") {
  const Thesaurus t = load(
      "HB, housing benefit, HB, Housing Benefit\n"  // the same forms twice in one entry
      "HB, housing benefit\n"                       // the same entry again
      "LHA => local housing allowance\n"
      "LHA => local highway authority\n");  // one-way keys may be in several entries
  CHECK(diagnostics(t) ==
        std::vector<std::string>{
            "my.txt:2: warning: \"HB\", \"housing benefit\" are also in the entry at my.txt:1: "
            "a search for them finds both entries",
        });
  CHECK(t.entries() == 4);  // a warning line loads
  CHECK(values(t, "ZZhb") == std::vector<std::string>{"Zhous Zbenefit"});
  CHECK(values(t, "housing benefit") == std::vector<std::string>{"Zhb"});
  CHECK(values(t, "ZZlha") ==
        std::vector<std::string>{"Zlocal Zhighway Zauthor", "Zlocal Zhous Zallow"});
}

TEST_CASE("thesaurus: forms are normalised by the analyzer, as the index is", "[thesaurus]") {
  Analyzer analyzer;
  const std::string form = "Children’s Services";
  const Thesaurus t = load("CSD, Children’s Services, social SERVICES\n");
  // A value is the index's terms for the form, joined by spaces.
  const std::vector<std::string> terms = analyzer.terms(form);
  REQUIRE(terms.size() == 2);
  CHECK(values(t, "ZZcsd") ==
        std::vector<std::string>{terms[0] + " " + terms[1], "Zsocial Zservic"});
  // The key: the apostrophe made ' as QueryParser makes it, lower case, unstemmed.
  CHECK(values(t, "children's services") == std::vector<std::string>{"Zcsd", "Zsocial Zservic"});
  CHECK(values(t, "social services") == std::vector<std::string>{"Zchildren Zservic", "Zcsd"});
  // Both spellings of an -ise/-ize word get a key, whichever the file has.
  const Thesaurus s = load("PHP, personalised housing plan\nX1, authorized officer\n");
  CHECK(values(s, "personalised housing plan") == std::vector<std::string>{"Zphp"});
  CHECK(values(s, "personalized housing plan") == std::vector<std::string>{"Zphp"});
  CHECK(values(s, "authorized officer") == std::vector<std::string>{"Zx1"});
  CHECK(values(s, "authorised officer") == std::vector<std::string>{"Zx1"});
}

TEST_CASE("thesaurus: the keys are the ones QueryParser looks up", "[thesaurus]") {
  const Thesaurus t = load(
      "EHCP, EHC plan\n"
      "LAC, looked after children\n"
      "CSD, Children’s Services\n"
      "PHP, personalised housing plan\n");
  // A word, in any case and any ending the stemmer joins.
  CHECK(parse_with(t, "EHCPs") == "Query((Zehcp@1 SYNONYM Zehc Zplan@1))");
  CHECK(parse_with(t, "ehcp") == "Query((Zehcp@1 SYNONYM Zehc Zplan@1))");
  // Several words, typed as a group, in any case.
  CHECK(parse_with(t, "EHC Plan delay") ==
        "Query((((Zehc@1 AND Zplan@2) SYNONYM Zehcp@1) AND Zdelay@3))");
  CHECK(parse_with(t, "Looked After Children") ==
        "Query(((Zlook@1 AND Zafter@2 AND Zchildren@3) SYNONYM Zlac@1))");
  CHECK(parse_with(t, "children’s services") ==
        "Query(((Zchildren@1 AND Zservic@2) SYNONYM Zcsd@1))");
  CHECK(parse_with(t, "personalized housing plan") ==
        "Query(((Zpersonalis@1 AND Zhous@2 AND Zplan@3) SYNONYM Zphp@1))");
  // A phrase is not looked up: the parser's rule, which the query side has to know.
  CHECK(parse_with(t, "\"ehc plan\"") == "Query((Zehc@1 PHRASE 2 Zplan@2))");
}

TEST_CASE("thesaurus: the fingerprint follows the table, not the file's layout", "[thesaurus]") {
  const auto a = load("HB, housing benefit\nCTR, council tax reduction\n").fingerprint();
  const auto b =
      load("# comment\nCTR ,council tax reduction\n\nhousing benefit, HB # x\n").fingerprint();
  const auto c = load("hb, Housing BENEFIT\nCTR, council tax reduction\n").fingerprint();
  // A form of several words is a key as typed, unstemmed: a plural is another key.
  const auto e = load("HB, housing benefit\nCTR, council tax reductions\n").fingerprint();
  const auto d = load("HB, housing benefit\nCTS, council tax reduction\n").fingerprint();
  CHECK(a == b);
  CHECK(a == c);
  CHECK(a != d);
  CHECK(a != e);
}

TEST_CASE("thesaurus: the shipped file loads cleanly and every entry is explained",
          "[thesaurus][shipped]") {
  const std::string_view text = ombud::shipped_thesaurus();
  const Thesaurus t = load(text, ombud::kShippedThesaurusName);
  CHECK(diagnostics(t).empty());
  CHECK(t.entries() >= 60);
  // Every entry line has a comment line right above it.
  std::size_t line_no = 0, uncommented = 0;
  bool previous_is_comment = false;
  std::string_view rest = text;
  while (!rest.empty()) {
    const auto nl = rest.find('\n');
    std::string_view line = rest.substr(0, nl);
    rest.remove_prefix(nl == std::string_view::npos ? rest.size() : nl + 1);
    ++line_no;
    const auto first = line.find_first_not_of(" \t");
    const bool blank = first == std::string_view::npos;
    const bool comment = !blank && line[first] == '#';
    if (!blank && !comment && !previous_is_comment) {
      ++uncommented;
      UNSCOPED_INFO("line " << line_no << " has no comment above it: " << line);
    }
    previous_is_comment = comment;
  }
  CHECK(uncommented == 0);
  // The acronyms the issue names, each a key of the table.
  for (const char* key : {"ZZehcp", "ZZsen", "ZZdol", "ZZdfg", "ZZcin", "ZZlac", "ZZcla", "ZZsgo",
                          "ZZchc", "ZZctr", "ZZhb", "ZZasb", "ZZhmo", "ZZdhp", "ZZehe", "ZZpip",
                          "ehc plan", "looked after children", "special guardianship order"}) {
    INFO(key);
    CHECK(t.synonyms().count(key) == 1);
  }
  // The short forms left out because they are ordinary words here.
  for (const char* key : {"ZZsend", "ZZsalt", "ZZcp", "ZZhra", "ZZceo"}) {
    INFO(key);
    CHECK(t.synonyms().count(key) == 0);
  }
}
