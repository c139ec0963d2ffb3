// The snippet maker against Xapian's MSet::snippet, which it reproduces: the same passage and the
// same marked words for random texts full of what Xapian's word rules treat specially (initials,
// infixes, '+' and '#' suffixes, long words, sentence ends, brackets and quotes, non-ASCII and
// invalid UTF-8, the snippet markers themselves), for queries of words, phrases and wildcards,
// both passage models and several lengths. Then the pieces: the word reader's words, the ASCII
// classes against Xapian's tables, the word table.
#include "search/snippet_maker.hpp"

#include <catch2/catch.hpp>
#include <random>
#include <set>

#include "parse/query_builder.hpp"
#include "search/snippet_words.hpp"
#include "search/word_table.hpp"
#include "search_test_db.hpp"

namespace {

using ombud::Snippet;
using ombud::SnippetModel;

// Pieces of text Xapian's word rules and snippet rendering treat specially, and plain words, some
// of which are query words.
const std::vector<std::string> kPieces = {
    "council",
    "Council",
    "councils",
    "council's",
    "council’s",
    "councillor",
    "care",
    "careful",
    "delay",
    "delayed",
    "delays",
    "Delaying",
    "complaint",
    "complained",
    "the",
    "of",
    "and",
    "to",
    "a",
    "in",
    "fault",
    "U.K.",
    "N.H.S",
    "U.Sa",
    "e.g.",
    "C++",
    "C#",
    "fish+chips",
    "a++++",
    "1,000",
    "3.14",
    "£300",
    "50%",
    "AT&T",
    "x&y",
    "(",
    ")",
    "“",
    "”",
    "‘quoted’",
    "\"",
    "'",
    "-",
    "–",
    "—",
    "/",
    "...",
    ".",
    "!",
    "?",
    ",",
    ";",
    ":",
    "café",
    "naïve",
    "Ærø",
    "\xff",
    "\xc3",
    "\xe2\x82",
    "zero\xe2\x80\x8bwidth",
    "x_y",
    "§",
    "¿",
    "\x01",
    "\x02",
    "\t",
    "\n\n",
    "  ",
    "#tag",
    "<b>",
    "&amp;",
    "@home",
    "~",
    "`",
    "\\",
    "mould",
    "mouldy",
    "mouse",
    std::string(70, 'w'),
};
const std::vector<std::string> kQueries = {
    "council",         "delay", "complaint fault", "\"care of\"", "mou*", "delay OR uk",
    "council's delay", "fish",  "1,000",           "nhs",
};

// Invalid UTF-8: decisions never hold it (the indexer decodes every file), but the maker must
// read it as Xapian does.
bool is_valid_utf8(const std::string& s) {
  for (std::size_t i = 0; i < s.size();) {
    const auto c = static_cast<unsigned char>(s[i]);
    const std::size_t n = c < 0x80         ? 1
                          : (c >> 5) == 6  ? 2
                          : (c >> 4) == 14 ? 3
                          : (c >> 3) == 30 ? 4
                                           : 0;
    if (n == 0 || i + n > s.size()) return false;
    for (std::size_t k = 1; k < n; ++k)
      if ((static_cast<unsigned char>(s[i + k]) & 0xC0) != 0x80) return false;
    i += n;
  }
  return true;
}

std::string random_text(std::mt19937& rng, bool valid_utf8) {
  std::uniform_int_distribution<std::size_t> piece(0, kPieces.size() - 1);
  std::uniform_int_distribution<int> words(0, 400);
  std::uniform_int_distribution<int> space(0, 9);
  std::string text;
  const int n = words(rng);
  for (int i = 0; i < n; ++i) {
    const std::string& p = kPieces[piece(rng)];
    if (valid_utf8 && !is_valid_utf8(p)) continue;
    text += p;
    const int s = space(rng);
    if (s < 7) text += ' ';  // else the next piece is glued on
    if (s == 9) text += ". ";
  }
  return text;
}

ombud::Decision decision_with_text(int n, std::string text) {
  ombud::Decision d = ombud::test::sample_decisions().front();
  d.case_ref = "99-000-" + std::to_string(100 + n);
  d.text = std::move(text);
  return d;
}

std::string describe(const Snippet& s) {
  std::string out = s.text + " [";
  for (const auto& [b, e] : s.highlights) out += std::to_string(b) + "-" + std::to_string(e) + " ";
  return out + "]";
}

}  // namespace

TEST_CASE("snippets are MSet::snippet's, passage and marks", "[snippets][prop]") {
  const auto seed = GENERATE(take(12, random(1u, 1000000u)));
  std::mt19937 rng(seed);
  std::vector<ombud::Decision> decisions;
  std::vector<std::string> texts;
  for (int i = 0; i < 25; ++i) {
    decisions.push_back(decision_with_text(i, random_text(rng, true)));
    texts.push_back(decisions.back().text);
    texts.push_back(random_text(rng, false));
  }
  const ombud::test::SearchTestDb db(decisions);
  const Xapian::Database xdb = db.open();
  ombud::SnippetCache cache(xdb);
  for (const std::string& q : kQueries) {
    const ombud::BuiltQuery built = ombud::QueryBuilder(xdb, 1000).build(q);
    for (const SnippetModel model : {SnippetModel::kAllWords, SnippetModel::kQueryWords}) {
      for (const std::size_t length : {std::size_t{240}, std::size_t{60}, std::size_t{7}}) {
        ombud::SnippetMaker maker(xdb, built.query, built.wildcards, length, model, &cache);
        for (const std::string& text : texts) {
          INFO("seed " << seed << ", query " << q << ", length " << length << ", model "
                       << static_cast<int>(model) << ", text: " << text);
          CHECK(describe(maker.make(text)) == describe(maker.make_with_xapian(text)));
        }
      }
    }
  }
}

TEST_CASE("snippets do not depend on the decisions shown before, nor on prepare()", "[snippets]") {
  std::mt19937 rng(7);
  std::vector<ombud::Decision> decisions;
  for (int i = 0; i < 10; ++i) decisions.push_back(decision_with_text(i, random_text(rng, true)));
  const ombud::test::SearchTestDb db(decisions);
  const Xapian::Database xdb = db.open();
  const ombud::BuiltQuery built = ombud::QueryBuilder(xdb, 1000).build("council delay");
  ombud::SnippetCache shared(xdb);
  ombud::SnippetMaker forwards(xdb, built.query, built.wildcards, 240, SnippetModel::kAllWords,
                               &shared);
  std::vector<std::string> first;
  for (const auto& d : decisions) first.push_back(describe(forwards.make(d.text)));
  ombud::SnippetMaker backwards(xdb, built.query, built.wildcards, 240, SnippetModel::kAllWords,
                                &shared);
  for (std::size_t i = decisions.size(); i-- > 0;)
    CHECK(describe(backwards.make(decisions[i].text)) == first[i]);

  // A new cache that learns the page's words first gives the same snippets.
  ombud::SnippetCache fresh(xdb);
  ombud::SnippetMaker prepared(xdb, built.query, built.wildcards, 240, SnippetModel::kAllWords,
                               &fresh);
  std::vector<std::string_view> texts;
  for (const auto& d : decisions) texts.push_back(d.text);
  prepared.prepare(texts);
  for (std::size_t i = 0; i < decisions.size(); ++i)
    CHECK(describe(prepared.make(decisions[i].text)) == first[i]);
}

TEST_CASE("the snippet word reader splits as TermGenerator does", "[snippets]") {
  auto words = [](std::string_view text) {
    std::vector<std::string> out;
    ombud::SnippetWordReader r(text, 0);
    while (r.next()) out.push_back(r.word() + "@" + std::to_string(r.end()));
    return out;
  };
  using V = std::vector<std::string>;
  CHECK(words("The U.K. and N.H.S") == V{"the@3", "uk@8", "and@12", "nhs@18"});
  CHECK(words("U.Sa e.g.") == V{"u@1", "sa@4", "e@6", "g@8"});
  CHECK(words("C++ C# x") == V{"c++@3", "c#@6", "x@8"});
  CHECK(words("a++++ b") == V{"a@4", "b@7"});  // more than three: none, the word ends there
  CHECK(words("fish+chips") == V{"fish@5", "chips@10"});
  CHECK(words("1,000 3.14 a,b") == V{"1,000@5", "3.14@10", "a@12", "b@14"});
  CHECK(words("council’s AT&T") == V{"council's@11", "at&t@16"});
  CHECK(words(std::string(65, 'x') + " y") == V{"y@67"});
  CHECK(words("zero\xe2\x80\x8bwidth") == V{"zerowidth@12"});
  CHECK(words("") == V{});
}

TEST_CASE("the ASCII classes are Xapian's", "[snippets]") {
  for (unsigned c = 0; c < 128; ++c) {
    INFO(c);
    CHECK(ombud::snippet_ascii::is_word(c) == Xapian::Unicode::is_wordchar(c));
    CHECK(ombud::snippet_ascii::is_space(c) == Xapian::Unicode::is_whitespace(c));
  }
}

TEST_CASE("the word table finds what was put in it", "[snippets]") {
  ombud::WordTable t;
  std::mt19937 rng(3);
  std::set<std::string> words;
  std::uniform_int_distribution<int> len(1, 40), ch('a', 'z');
  while (words.size() < 20000) {
    std::string w(static_cast<std::size_t>(len(rng)), ' ');
    for (char& c : w) c = static_cast<char>(ch(rng));
    words.insert(w);
  }
  std::uint32_t n = 0;
  for (const auto& w : words) {
    CHECK(t.find(w) == ombud::WordTable::kMissing);
    t.insert(w, n++);
  }
  n = 0;
  for (const auto& w : words) CHECK(t.find(w) == n++);
  CHECK(t.find("") == ombud::WordTable::kMissing);
  CHECK(t.find(std::string("a\0b", 3)) == ombud::WordTable::kMissing);
  t.clear();
  CHECK(t.find(*words.begin()) == ombud::WordTable::kMissing);
}
