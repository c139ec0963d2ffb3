// Nothing is missing from the facet counts: for random queries over decisions that lack some
// facts (no category, no date, ...), every single-valued facet's counts, the none row included,
// add up to the total; each row is what a search for its value finds; the list facets' rows count
// the decisions with each value and those with none. Years come in date order.
#include <catch2/catch.hpp>
#include <map>
#include <random>

#include "search/searcher.hpp"
#include "search_test_db.hpp"

namespace {

using ombud::Decision;
using ombud::FacetCounts;
using ombud::Searcher;
using ombud::SearchRequest;
using ombud::schema::FieldId;

const std::vector<std::string> kWords = {"delay", "apology", "assessment", "refund", "housing"};
const std::vector<std::string> kCouncils = {"Ashcombe Borough Council", "Brindle County Council",
                                            "Coldharbour District Council"};
const std::vector<std::string> kCategories = {"Housing", "Adult care services", "Planning"};
const std::vector<std::string> kOutcomes = {"upheld", "not-upheld",
                                            "closed-after-initial-enquiries"};
const std::vector<std::string> kRemedies = {"apology", "payment", "training"};

template <typename T>
const T& pick(std::mt19937& rng, const std::vector<T>& from) {
  return from[std::uniform_int_distribution<std::size_t>(0, from.size() - 1)(rng)];
}

std::string fmt_ref(int i) {
  std::string digits = std::to_string(100000 + i).substr(0, 6);
  return "25-" + digits.substr(0, 3) + "-" + digits.substr(3);
}

bool coin(std::mt19937& rng, double p) {
  return std::bernoulli_distribution(p)(rng);
}

// Fictional decisions, each fact left out now and then.
std::vector<Decision> random_decisions(std::mt19937& rng, int n) {
  std::vector<Decision> out;
  for (int i = 0; i < n; ++i) {
    Decision d;
    d.source = "lgsco";
    d.case_ref = fmt_ref(i);
    d.organisation = pick(rng, kCouncils);
    d.doc_type = coin(rng, 0.1) ? "report" : "decision";
    if (coin(rng, 0.7)) {
      d.category = pick(rng, kCategories);
      if (coin(rng, 0.6)) d.subcategory = "Sub " + std::to_string(i % 4);
    }
    d.outcome = pick(rng, kOutcomes);
    d.outcome_source = "stated";
    if (coin(rng, 0.6))
      d.decision_date = std::to_string(2019 + i % 6) + "-0" + std::to_string(1 + i % 9) + "-1" +
                        std::to_string(i % 10);
    d.ofsted_shared = coin(rng, 0.3);
    d.cqc_shared = coin(rng, 0.2);
    for (const std::string& r : kRemedies)
      if (coin(rng, 0.3)) d.remedies.push_back(r);
    if (coin(rng, 0.2)) d.legislation.push_back("Care Act 2014");
    d.title = d.organisation + " (" + d.case_ref + ")";
    for (const std::string& w : kWords)
      if (coin(rng, 0.5)) d.text += "The complaint is about " + w + ".\n";
    out.push_back(std::move(d));
  }
  return out;
}

// A query of the grammar: up to two words (AND, OR, NOT) and up to two filters, or nothing.
std::string random_query(std::mt19937& rng) {
  std::string q;
  const int words = std::uniform_int_distribution<int>(0, 2)(rng);
  for (int i = 0; i < words; ++i) {
    // "-word" only between words that must all hold: "a OR -b" is not the query language.
    const bool alternative = i > 0 && coin(rng, 0.5);
    if (i > 0) q += alternative ? " OR " : " ";
    q += (!alternative && coin(rng, 0.2) ? "-" : "") + pick(rng, kWords);
  }
  const int filters = std::uniform_int_distribution<int>(0, 2)(rng);
  for (int i = 0; i < filters; ++i) {
    switch (std::uniform_int_distribution<int>(0, 3)(rng)) {
      case 0:
        q += " outcome:" + pick(rng, kOutcomes);
        break;
      case 1:
        q += " remedy:" + pick(rng, kRemedies);
        break;
      case 2:
        q += " ofsted:yes";
        break;
      default:
        q += " date:>=2021";
        break;
    }
  }
  return q;
}

}  // namespace

TEST_CASE("facets: every single-valued facet adds up to the total, for random queries",
          "[facets][property]") {
  std::mt19937 rng(20261207);
  const ombud::test::SearchTestDb db(random_decisions(rng, 240));
  Searcher searcher(db.open());
  const std::vector<FieldId> single = {
      FieldId::kOrganisation, FieldId::kCategory, FieldId::kSubcategory,
      FieldId::kOutcome,      FieldId::kOfsted,   FieldId::kCqc,
      FieldId::kDocType,      FieldId::kSource,   FieldId::kYear};
  int with_none = 0;
  for (int round = 0; round < 150; ++round) {
    SearchRequest r;
    r.query = random_query(rng);
    r.limit = 0;
    r.facets = single;
    r.facets.push_back(FieldId::kRemedy);
    INFO("query: " << r.query);
    const ombud::SearchResult result = searcher.search(r);
    for (const FacetCounts& f : result.facets) {
      INFO("facet " << ombud::schema::field(f.field).name);
      Xapian::doccount sum = 0, none = 0;
      for (const auto& v : f.values) {
        sum += v.count;
        if (v.none) none += v.count;
        CHECK(v.count > 0);
      }
      // The none row is the last, and there is at most one.
      if (none > 0) {
        CHECK(f.values.back().none);
        ++with_none;
      }
      if (f.field == FieldId::kRemedy) {
        // A decision may have several: each row is the decisions with that value, none those
        // with no value.
        SearchRequest without = r;
        without.facets = {};
        without.query = (r.query.empty() ? "" : "(" + r.query + ")") +
                        " -remedy:apology -remedy:payment -remedy:training";
        CHECK(searcher.search(without).total == none);
        continue;
      }
      CHECK(sum == result.total);
    }
    // Years in date order, the undated last.
    const FacetCounts& years = result.facets[single.size() - 1];
    REQUIRE(years.field == FieldId::kYear);
    for (std::size_t i = 1; i < years.values.size(); ++i)
      if (!years.values[i].none) CHECK(years.values[i - 1].value < years.values[i].value);
  }
  // Not a test that cannot fail: the none rows were there to count.
  CHECK(with_none > 100);
}
