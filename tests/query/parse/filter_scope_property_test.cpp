// A property of every query: its filters restrict the whole query. Random queries from a small
// grammar (words, phrases, OR, AND, NOT, brackets, and filters put anywhere among the words, tied
// with OR or AND or nothing, negated with - or NOT) run on a database of generated decisions;
// each must find exactly the decisions that match its words and every top-level filter (filters
// on one field ORed, remedy: and date: ANDed, negated ones excluded), and as many as the
// hand-bracketed form `(words) filters`.
#include <catch2/catch.hpp>
#include <map>
#include <random>
#include <set>

#include "parse/query_builder.hpp"
#include "search_test_db.hpp"

namespace {

using DocSet = std::set<Xapian::docid>;

const char* const kWords[] = {"delay", "fault", "apology", "payment", "care", "school", "review"};

// Decisions with every combination of facts the filters below tell apart, in random mixes.
std::vector<ombud::Decision> generated_decisions() {
  const char* const councils[] = {"Kent County Council", "Surrey County Council",
                                  "Surrey Heath Borough Council", "Eden District Council"};
  const char* const outcomes[] = {"upheld", "not-upheld", "closed-after-initial-enquiries"};
  std::mt19937 rng(20261207);
  std::vector<ombud::Decision> out;
  for (int i = 0; i < 240; ++i) {
    ombud::Decision d;
    d.source = "lgsco";
    d.case_ref = "24-" + std::to_string(100 + i / 100) + "-" + std::to_string(100 + i % 100);
    d.organisation = councils[rng() % 4];
    d.doc_type = "decision";
    d.outcome = outcomes[rng() % 3];
    d.outcome_source = "stated";
    if (rng() % 8 != 0)
      d.decision_date = std::to_string(2019 + rng() % 6) + "-0" + std::to_string(1 + rng() % 9) +
                        "-1" + std::to_string(rng() % 10);
    if (rng() % 8 != 0) d.category = rng() % 2 ? "Education" : "Adult care services";
    if (rng() % 2) d.remedies.push_back("apology");
    if (rng() % 2) d.remedies.push_back("payment");
    d.title = d.organisation + " (" + d.case_ref + ")";
    for (int w = 0; w < 5; ++w) d.text += std::string(kWords[rng() % 7]) + " ";
    out.push_back(std::move(d));
  }
  return out;
}

const ombud::test::SearchTestDb& generated_db() {
  static const ombud::test::SearchTestDb db(generated_decisions());
  return db;
}

DocSet matches(const Xapian::Database& db, const std::string& query) {
  Xapian::Enquire enquire(db);
  enquire.set_query(ombud::QueryBuilder(db).build(query).query);
  const Xapian::MSet mset = enquire.get_mset(0, db.get_doccount());
  DocSet out;
  for (auto it = mset.begin(); it != mset.end(); ++it) out.insert(*it);
  return out;
}

struct Filter {
  std::string field;  // the field's name, to group alternatives
  std::string text;   // field:value
};

const Filter kFilters[] = {
    {"council", "council:kent"},
    {"council", "council:surrey"},
    {"council", "council:\"eden dc\""},
    {"outcome", "outcome:upheld"},
    {"outcome", "outcome:not-upheld"},
    {"year", "year:2022"},
    {"year", "year:none"},
    {"category", "category:education"},
    {"category", "category:none"},
    {"remedy", "remedy:apology"},
    {"remedy", "remedy:payment"},
    {"date", "date:>=2021"},
    {"date", "date:..2023-06-30"},
};

bool and_together(const std::string& field) {
  return field == "remedy" || field == "date";
}

// One random query: its text, the words alone, and its top-level filters.
struct Generated {
  std::string query;
  std::string words;
  std::vector<std::pair<Filter, bool>> filters;  // the filter, negated
};

Generated generate(std::mt19937& rng) {
  auto pick = [&](std::size_t n) { return static_cast<std::size_t>(rng() % n); };
  auto word = [&] { return std::string(kWords[pick(std::size(kWords))]); };
  // The words: terms joined by nothing (AND), OR, AND or NOT.
  const char* const joins[] = {"", "OR", "AND", "NOT"};
  const std::size_t n_terms = 1 + pick(3);
  std::vector<std::string> terms;  // each with the operator before it
  Generated g;
  for (std::size_t i = 0; i < n_terms; ++i) {
    std::string term;
    switch (pick(4)) {
      case 0:
        term = "(" + word() + " OR " + word() + ")";
        break;
      case 1:
        term = "\"" + word() + " " + word() + "\"";
        break;
      default:
        term = word();
    }
    const std::string join = i == 0 ? "" : joins[pick(4)];
    terms.push_back(join.empty() ? term : join + " " + term);
    g.words += (i ? " " : "") + terms.back();
  }

  // The filters: in some of the places before, between and after the terms, one filter or two
  // side by side, each maybe negated (- or NOT), tied to the term before with OR or AND, or to
  // the term after at the start, or not tied.
  const char* const ties[] = {"", "OR", "AND"};
  std::vector<std::string> at(n_terms + 1);
  for (std::size_t p = 0, n = 1 + pick(2); p < n; ++p) {
    const std::size_t place = pick(n_terms + 1);
    if (!at[place].empty()) continue;
    std::string text;
    for (std::size_t f = 0, count = 1 + pick(2); f < count; ++f) {
      const Filter& filter = kFilters[pick(std::size(kFilters))];
      const std::size_t sign = pick(6);
      g.filters.push_back({filter, sign < 2});
      text += std::string(f ? " " : "") + (sign == 0 ? "-" : sign == 1 ? "NOT " : "") + filter.text;
    }
    const std::string tie = ties[pick(3)];
    if (tie.empty())
      at[place] = text;
    else if (place == 0)
      at[place] = text + " " + tie;
    else
      at[place] = tie + " " + text;
  }
  for (std::size_t i = 0; i <= n_terms; ++i) {
    for (const std::string& part : {at[i], i < n_terms ? terms[i] : std::string()})
      if (!part.empty()) g.query += (g.query.empty() ? "" : " ") + part;
  }
  return g;
}

}  // namespace

TEST_CASE("property: filters restrict the whole query", "[query_builder][property]") {
  const Xapian::Database db = generated_db().open();
  DocSet all;
  for (Xapian::docid id = 1; id <= db.get_lastdocid(); ++id) all.insert(id);
  std::map<std::string, DocSet> filter_matches;
  for (const Filter& f : kFilters) filter_matches[f.text] = matches(db, f.text);

  std::mt19937 rng(11);
  int non_empty = 0;
  for (int i = 0; i < 400; ++i) {
    const Generated g = generate(rng);
    INFO("query: " << g.query << "\nwords: " << g.words);
    const DocSet found = matches(db, g.query);

    // The oracle: the words' matches, within every field's filters.
    DocSet expected = matches(db, g.words);
    std::map<std::string, DocSet> by_field;  // positive filters: ORed or ANDed within a field
    std::string hand = "(" + g.words + ")";
    for (const auto& [f, negated] : g.filters) {
      const DocSet& m = filter_matches.at(f.text);
      hand += std::string(negated ? " -" : " ") + f.text;
      if (negated) {
        for (Xapian::docid id : m) expected.erase(id);
        continue;
      }
      auto [it, fresh] = by_field.try_emplace(f.field, and_together(f.field) ? all : DocSet{});
      DocSet merged;
      if (and_together(f.field)) {
        std::set_intersection(it->second.begin(), it->second.end(), m.begin(), m.end(),
                              std::inserter(merged, merged.end()));
      } else {
        std::set_union(it->second.begin(), it->second.end(), m.begin(), m.end(),
                       std::inserter(merged, merged.end()));
      }
      it->second = std::move(merged);
    }
    for (const auto& [field, allowed] : by_field) {
      DocSet kept;
      std::set_intersection(expected.begin(), expected.end(), allowed.begin(), allowed.end(),
                            std::inserter(kept, kept.end()));
      expected = std::move(kept);
    }
    // Every hit satisfies every top-level filter...
    for (Xapian::docid id : found) {
      for (const auto& [f, negated] : g.filters) {
        if (and_together(f.field) || negated)
          CHECK((filter_matches.at(f.text).count(id) == 1) == !negated);
      }
      for (const auto& [field, allowed] : by_field) CHECK(allowed.count(id) == 1);
    }
    // ... the hits are exactly those, and as many as the hand-bracketed form finds.
    CHECK(found == expected);
    CHECK(found.size() == matches(db, hand).size());
    if (!found.empty()) ++non_empty;
  }
  // The grammar and the data give queries that find something, or the test proves little.
  CHECK(non_empty > 100);
}
