// Golden parsed queries with the shipped thesaurus in the database: what QueryBuilder makes of an
// acronym, of its words typed as a group, and of a synonym value of several words (a phrase), and
// that phrases and filter values are not expanded.
#include <catch2/catch.hpp>

#include "analyzer.hpp"
#include "parse/query_builder.hpp"
#include "parse/synonym_phrases.hpp"
#include "temp_dir.hpp"
#include "thesaurus.hpp"

namespace {

// A database holding one decision's text and the shipped thesaurus as the indexer writes it.
class ThesaurusDb {
 public:
  ThesaurusDb() {
    ombud::Analyzer analyzer;
    ombud::Thesaurus thesaurus;
    thesaurus.add(ombud::shipped_thesaurus(), ombud::kShippedThesaurusName, analyzer);
    Xapian::WritableDatabase db(path(), Xapian::DB_CREATE);
    Xapian::Document doc;
    analyzer.index_text(doc, "The Education, Health and Care Plan was late.");
    db.add_document(doc);
    for (const auto& [key, values] : thesaurus.synonyms())
      for (const std::string& v : values) db.add_synonym(key, v);
    db.commit();
  }
  std::string path() const { return (dir_.path() / "db").string(); }

 private:
  ombud::test::TempDir dir_;
};

std::string parsed(const std::string& text) {
  static const ThesaurusDb db;
  return ombud::QueryBuilder(Xapian::Database(db.path())).build(text).query.get_description();
}

constexpr const char* kEhcpValues =
    "(Zeduc PHRASE 5 Zhealth PHRASE 5 Zand PHRASE 5 Zcare PHRASE 5 Zplan) SYNONYM "
    "(Zeduc PHRASE 4 Zhealth PHRASE 4 Zcare PHRASE 4 Zplan)";

}  // namespace

TEST_CASE("synonyms: an acronym expands to its forms, a form of several words as a phrase",
          "[synonyms][golden]") {
  CHECK(parsed("EHCP") ==
        std::string("Query((Zehcp@1 SYNONYM ") + kEhcpValues + " SYNONYM (Zehc PHRASE 2 Zplan)))");
  CHECK(parsed("DoLS") ==
        "Query((Zdol@1 SYNONYM (Zdepriv PHRASE 4 Zof PHRASE 4 Zliberti PHRASE "
        "4 Zsafeguard)))");
  // One-way (KEYS => FORMS): the key finds the forms.
  CHECK(parsed("HB") == "Query((Zhb@1 SYNONYM (Zhous PHRASE 2 Zbenefit)))");
}

TEST_CASE("synonyms: words typed as a group find the acronym", "[synonyms][golden]") {
  CHECK(parsed("EHC plan delay") == std::string("Query((((Zehc@1 AND Zplan@2) SYNONYM ") +
                                        kEhcpValues + " SYNONYM Zehcp@1) AND Zdelay@3))");
  CHECK(parsed("deprivation of liberty safeguards") ==
        "Query(((Zdepriv@1 AND Zof@2 AND Zliberti@3 AND Zsafeguard@4) SYNONYM Zdol@1))");
}

TEST_CASE("synonyms: operators around an expanded word keep their meaning", "[synonyms][golden]") {
  CHECK(parsed("DoLS OR delay") ==
        "Query(((Zdol@1 SYNONYM (Zdepriv PHRASE 4 Zof PHRASE 4 Zliberti PHRASE 4 Zsafeguard)) "
        "OR Zdelay@2))");
  CHECK(parsed("delay -DoLS") ==
        "Query((Zdelay@1 AND_NOT (Zdol@2 SYNONYM (Zdepriv PHRASE 4 Zof PHRASE 4 Zliberti PHRASE "
        "4 Zsafeguard))))");
}

TEST_CASE("synonyms: phrases and filter values are not expanded", "[synonyms][golden]") {
  CHECK(parsed("\"EHCP\"") == "Query(Zehcp@1)");
  CHECK(parsed("\"EHC plan\"") == "Query((Zehc@1 PHRASE 2 Zplan@2))");
  // A filter's value is the field's own: no SYNONYM in it.
  const std::string filtered = parsed("delay category:EHCP");
  CHECK(filtered.find("SYNONYM") == std::string::npos);
  CHECK(filtered.find("Zdelay@1") != std::string::npos);
}

TEST_CASE("synonyms: expand_phrase_synonyms rebuilds only what holds a phrase value",
          "[synonyms]") {
  const Xapian::Query plain(Xapian::Query::OP_AND, Xapian::Query("Za"), Xapian::Query("Zb"));
  CHECK(ombud::expand_phrase_synonyms(plain).get_description() == plain.get_description());
  const Xapian::Query syn(Xapian::Query::OP_SYNONYM, Xapian::Query("Zhb"),
                          Xapian::Query("Zhous Zbenefit"));
  const Xapian::Query q(Xapian::Query::OP_FILTER, syn, Xapian::Query("XOUTCOMEupheld"));
  CHECK(ombud::expand_phrase_synonyms(q).get_description() ==
        "Query(((Zhb SYNONYM (Zhous PHRASE 2 Zbenefit)) FILTER XOUTCOMEupheld))");
}
