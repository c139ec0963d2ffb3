// The analyzer: golden term lists, and agreement with Xapian's QueryParser, so that searching a
// document's own words, phrases and possessives finds it.
#include "analyzer.hpp"

#include <algorithm>
#include <catch2/catch.hpp>
#include <map>
#include <sstream>

#include "term_list.hpp"

using ombud::Analyzer;

namespace {

using ombud::test::describe_terms;

std::string join(const std::vector<std::string>& v) {
  std::string out;
  for (const auto& s : v) out += (out.empty() ? "" : " ") + s;
  return out;
}

// What the query side does with `text`.
std::string parsed(const std::string& text) {
  Xapian::QueryParser qp;
  Analyzer::configure(qp);
  return qp.parse_query(text, Xapian::QueryParser::FLAG_DEFAULT).get_description();
}

}  // namespace

TEST_CASE("words are cut the way QueryParser cuts them", "[analyzer]") {
  Analyzer a;
  struct Row {
    const char* text;
    const char* words;
  };
  const Row rows[] = {
      {"The Council’s decision", "The Council’s decision"},
      {"a payment of £1,000 and £5384.99.", "a payment of 1,000 and 5384.99"},
      {"foo.bar and e-mail", "foo bar and e mail"},
      {"the U.K. and e.g. N.H.S", "the UK and e g NHS"},
      {"section 31(2) and 26A(1)", "section 31 2 and 26A 1"},
      {"'quoted' words", "quoted words"},
      {"x86_64 10:30 2022-06-14", "x86_64 10 30 2022 06 14"},
      {"Mr X’s son’s carer", "Mr X’s son’s carer"},
  };
  for (const Row& r : rows) {
    INFO(r.text);
    CHECK(join(a.words(r.text)) == r.words);
  }
}

TEST_CASE("golden term list of a short decision", "[analyzer][golden]") {
  Analyzer a;
  Xapian::Document doc;
  a.index_text(doc, "The Council’s failures caused Mrs X distress. The Council paid £250.");
  CHECK(describe_terms(doc) ==
        "Z250[1] Zcaus[1] Zcouncil[2] Zdistress[1] Zfailur[1] Zmrs[1] Zpaid[1] Zthe[2] Zx[1]");
}

TEST_CASE("positions are consecutive and continue across calls", "[analyzer]") {
  Analyzer a;
  Xapian::Document doc;
  Xapian::termpos last = a.index_text(doc, "first second");
  CHECK(last == 2);
  last = a.index_text(doc, "third", last + 1);
  CHECK(last == 4);
  auto it = doc.termlist_begin();
  it.skip_to("Zthird");
  REQUIRE(*it == "Zthird");
  CHECK(*it.positionlist_begin() == 4);
}

TEST_CASE("query terms are the index terms, word by word", "[analyzer]") {
  Analyzer a;
  CHECK(parsed("Council’s") == "Query(Zcouncil@1)");
  CHECK(a.terms("Council’s") == std::vector<std::string>{"Zcouncil"});
  CHECK(parsed("STRASSE") == "Query(Zstrass@1)");
  CHECK(a.terms("Straße") == std::vector<std::string>{"Zstrass"});
  CHECK(parsed("ﬁle") == "Query(Zfile@1)");
  CHECK(a.terms("ﬁle") == std::vector<std::string>{"Zfile"});
}

TEST_CASE("a document's own sentences and phrases find it", "[analyzer][prop]") {
  const std::string text =
      "Mrs X complained about the Council’s handling of her son’s care. "
      "We found fault because the Council failed to consider the complaint under the children’s "
      "statutory complaints procedure. The Council agreed to pay £1,250.50 within one month, "
      "e-mail the U.K. office, and review section 31(2) of the Local Government Act 1974. "
      "It said ‘maladministration’ and “service failure” were not the same; foo.bar@example.org "
      "was the address. STRAẞE, ﬁnal, naïve café, 10:30am on 2022-06-14, x86_64.";
  Analyzer a;
  Xapian::WritableDatabase db(std::string(), Xapian::DB_BACKEND_INMEMORY);
  Xapian::Document doc;
  a.index_text(doc, text);
  db.add_document(doc);
  Xapian::Document other;
  a.index_text(other, "Parking fines appealed.");
  db.add_document(other);

  Xapian::QueryParser qp;
  Analyzer::configure(qp);
  qp.set_database(db);
  qp.set_default_op(Xapian::Query::OP_AND);

  // Every sentence, as a phrase and as loose words; every word alone.
  std::vector<std::string> queries;
  std::vector<std::string> sentences;
  for (std::size_t from = 0; from < text.size();) {
    std::size_t end = text.find(". ", from);
    if (end == std::string::npos) end = text.size();
    sentences.push_back(text.substr(from, end - from));
    from = end + 2;
  }
  for (const std::string& sentence : sentences) {
    std::string quoted;
    for (char c : sentence)
      if (c != '"') quoted += c;
    queries.push_back('"' + quoted + '"');
    queries.push_back(quoted);
  }
  std::istringstream words(text);
  for (std::string w; words >> w;) queries.push_back(w);

  for (const std::string& q : queries) {
    Xapian::Query query =
        qp.parse_query(q, Xapian::QueryParser::FLAG_DEFAULT | Xapian::QueryParser::FLAG_PHRASE);
    if (query.empty()) continue;  // punctuation only
    INFO(q << " => " << query.get_description());
    Xapian::Enquire enquire(db);
    enquire.set_query(query);
    Xapian::MSet mset = enquire.get_mset(0, 10);
    REQUIRE(mset.size() == 1);
    CHECK(*mset.begin() == 1);
  }
}

TEST_CASE("words longer than the limit are not indexed", "[analyzer]") {
  Analyzer a;
  const std::string long_word(5000, 'a');
  CHECK(a.terms("short " + long_word + " words") == std::vector<std::string>{"Zshort", "Zword"});
}

TEST_CASE("each text's spelling counts are its own words, counted once each", "[analyzer]") {
  // The analyzer counts a text's words in its cached entries and hands them over at the end:
  // nothing of one text may be left in the counts of the next, with or without a SpellingCounts.
  Analyzer a;
  Xapian::Document doc;
  ombud::SpellingCounts first;
  a.index_text(doc, "Council council COUNCIL complaint Ofsted's 2023 of", 0, &first);
  CHECK(first == ombud::SpellingCounts{{"council", 3}, {"complaint", 1}});
  a.index_text(doc, "council letter council");  // counted nowhere
  ombud::SpellingCounts second;
  a.index_text(doc, "letter council", 0, &second);
  CHECK(second == ombud::SpellingCounts{{"letter", 1}, {"council", 1}});
}
