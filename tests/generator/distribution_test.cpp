// The mixes and distributions of a 2,000-document corpus, within generous bounds: enough to
// catch a broken mix, loose enough never to fail by chance for a fixed seed. No timing.
#include <algorithm>
#include <catch2/catch.hpp>
#include <cctype>
#include <cmath>
#include <map>
#include <set>
#include <unordered_map>

#include "organisations.hpp"
#include "sample_corpus.hpp"
#include "taxonomy.hpp"

using ombud::test::sample_corpus;
using ombud::test::seen_layout;
using ombud::test::SeenLayout;

namespace {

double share(std::size_t part) {
  return static_cast<double>(part) / static_cast<double>(sample_corpus().size());
}

// Least-squares slope of log(frequency) against log(rank), for ranks [from, to).
double zipf_slope(const std::vector<std::size_t>& descending, std::size_t from, std::size_t to) {
  double sx = 0, sy = 0, sxx = 0, sxy = 0;
  const double n = static_cast<double>(to - from);
  for (std::size_t r = from; r < to; ++r) {
    const double x = std::log(static_cast<double>(r + 1));
    const double y = std::log(static_cast<double>(descending[r]));
    sx += x;
    sy += y;
    sxx += x * x;
    sxy += x * y;
  }
  return (n * sxy - sx * sy) / (n * sxx - sx * sx);
}

}  // namespace

TEST_CASE("outcomes: about 55% upheld, 30% closed, 15% not upheld", "[generator][mix]") {
  std::map<std::string, std::size_t> outcomes;
  for (const auto& d : sample_corpus()) ++outcomes[d.facts.outcome];
  CHECK(outcomes.size() == 3);
  CHECK(share(outcomes["upheld"]) == Approx(0.55).margin(0.06));
  CHECK(share(outcomes["closed-after-initial-enquiries"]) == Approx(0.30).margin(0.06));
  CHECK(share(outcomes["not-upheld"]) == Approx(0.15).margin(0.05));
}

TEST_CASE("layouts: mostly saved pages, then statements, a few reports", "[generator][mix]") {
  std::map<SeenLayout, std::size_t> layouts;
  std::size_t closed_pages = 0, closed_statements = 0;
  for (const auto& d : sample_corpus()) {
    const SeenLayout layout = seen_layout(d.text);
    ++layouts[layout];
    CHECK((d.facts.doc_type == "report") == (layout == SeenLayout::kReport));
    if (d.facts.outcome == "closed-after-initial-enquiries") {
      closed_pages += layout == SeenLayout::kSavedPage;
      closed_statements += layout == SeenLayout::kStatement;
    }
  }
  CHECK(share(layouts[SeenLayout::kSavedPage]) == Approx(0.57).margin(0.07));
  CHECK(share(layouts[SeenLayout::kStatement]) == Approx(0.37).margin(0.07));
  CHECK(share(layouts[SeenLayout::kReport]) == Approx(0.05).margin(0.025));
  CHECK(closed_pages > 100);
  CHECK(closed_statements > 60);
}

TEST_CASE("lengths: between about 3 and 20 KB, median about 7 KB, closures short",
          "[generator][length]") {
  std::vector<std::size_t> sizes, closed, investigated;
  for (const auto& d : sample_corpus()) {
    sizes.push_back(d.text.size());
    (d.facts.outcome == "closed-after-initial-enquiries" ? closed : investigated)
        .push_back(d.text.size());
  }
  auto median = [](std::vector<std::size_t> v) {
    std::nth_element(v.begin(), v.begin() + static_cast<std::ptrdiff_t>(v.size() / 2), v.end());
    return v[v.size() / 2];
  };
  CHECK(*std::min_element(sizes.begin(), sizes.end()) >= 2500);
  CHECK(*std::max_element(sizes.begin(), sizes.end()) <= 21000);
  CHECK(median(sizes) >= 6000);
  CHECK(median(sizes) <= 8000);
  CHECK(median(closed) < median(investigated));
  // Lognormal: a long right tail, not a uniform spread.
  const auto above = std::count_if(sizes.begin(), sizes.end(), [](auto s) { return s > 12000; });
  const auto below = std::count_if(sizes.begin(), sizes.end(), [](auto s) { return s < 4500; });
  CHECK(share(static_cast<std::size_t>(above)) > 0.08);
  CHECK(share(static_cast<std::size_t>(above)) < 0.35);
  CHECK(share(static_cast<std::size_t>(below)) > 0.10);
}

TEST_CASE("word frequencies are skewed like text: common words common, a long tail",
          "[generator][zipf]") {
  std::unordered_map<std::string, std::size_t> counts;
  std::string word;
  std::size_t tokens = 0;
  for (const auto& d : sample_corpus()) {
    for (char c : d.text) {
      if (std::isalpha(static_cast<unsigned char>(c))) {
        word += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      } else if (!word.empty()) {
        ++counts[word];
        ++tokens;
        word.clear();
      }
    }
  }
  std::vector<std::pair<std::size_t, std::string>> ranked;
  for (const auto& [w, n] : counts) ranked.emplace_back(n, w);
  std::sort(ranked.begin(), ranked.end(), std::greater<>());
  std::vector<std::size_t> freq;
  for (const auto& [n, w] : ranked) freq.push_back(n);

  CHECK(ranked.front().second == "the");
  CHECK(static_cast<double>(freq[0]) / static_cast<double>(tokens) > 0.05);
  REQUIRE(freq.size() > 3000);
  // Zipf's law has slope -1; template text is steeper, but far from flat or from a cliff.
  const double slope = zipf_slope(freq, 10, 1000);
  CHECK(slope < -0.8);
  CHECK(slope > -2.0);
  // A long tail: many words seen in only a handful of places.
  const auto rare = std::count_if(freq.begin(), freq.end(), [](auto n) { return n <= 3; });
  CHECK(rare > 300);
}

TEST_CASE("organisations follow a skewed frequency: most appear and a few dominate",
          "[generator][zipf]") {
  std::map<std::string, std::size_t> per_org;
  for (const auto& d : sample_corpus()) ++per_org[d.facts.organisation];
  std::vector<std::size_t> counts;
  for (const auto& [org, n] : per_org) counts.push_back(n);
  std::sort(counts.begin(), counts.end(), std::greater<>());
  CHECK(per_org.size() > 200);
  CHECK(share(counts[0]) > 0.015);
  CHECK(share(counts[0]) < 0.08);
  std::size_t top10 = 0;
  for (std::size_t i = 0; i < 10; ++i) top10 += counts[i];
  CHECK(share(top10) > 0.12);
  // Against the model: frequency ~ 1 / (rank + 1 + q), so rank 0 over rank 29 is about 36/7.
  const ombud::gen::Organisations orgs(ombud::test::kSampleSeed);
  REQUIRE(orgs.all().size() == 350);
  CHECK(orgs.probability(0) / orgs.probability(29) ==
        Approx((30 + ombud::gen::Organisations::kZipfShift) /
               (1 + ombud::gen::Organisations::kZipfShift)));
  std::set<std::string> names;
  for (const auto& o : orgs.all()) names.insert(o.name);
  CHECK(names.size() == 350);
}

TEST_CASE("remedy payments: a minority of upheld decisions, mostly £100 to £1,000",
          "[generator][remedies]") {
  std::size_t upheld = 0, paying = 0, payments = 0, usual = 0;
  for (const auto& d : sample_corpus()) {
    if (d.facts.outcome != "upheld") {
      CHECK(d.facts.remedy_payments.empty());
      CHECK(d.facts.remedies.empty());
      continue;
    }
    ++upheld;
    if (!d.facts.remedy_payments.empty()) ++paying;
    for (ombud::Pence p : d.facts.remedy_payments) {
      ++payments;
      if (p >= 100 * 100 && p <= 1000 * 100) ++usual;
      CHECK(p <= 10000 * 100);
    }
  }
  const double paying_share = static_cast<double>(paying) / static_cast<double>(upheld);
  CHECK(paying_share > 0.2);
  CHECK(paying_share < 0.45);
  CHECK(static_cast<double>(usual) / static_cast<double>(payments) > 0.7);
}

TEST_CASE("decision dates run 2013 to 2026 and reference years come one or two years before",
          "[generator][dates]") {
  std::set<int> years;
  for (const auto& d : sample_corpus()) {
    if (!d.facts.decision_date) continue;
    const int year = std::stoi(d.facts.decision_date->substr(0, 4));
    const int ref_year = 2000 + std::stoi(d.facts.case_ref.substr(0, 2));
    years.insert(year);
    CHECK(year >= 2013);
    CHECK(year <= 2026);
    // Closures are quick (same year or the one before); investigations take a year or two.
    if (d.facts.outcome == "closed-after-initial-enquiries") {
      CHECK(year - ref_year >= 0);
      CHECK(year - ref_year <= 1);
    } else {
      CHECK(year - ref_year >= 1);
      CHECK(year - ref_year <= 2);
    }
  }
  CHECK(years.size() == 14);
}

TEST_CASE("categories: the LGSCO taxonomy, every category used", "[generator][mix]") {
  const auto& cats = ombud::gen::Taxonomy::get().categories();
  CHECK(cats.size() == 10);
  for (const auto& c : cats) {
    CHECK(c.subcategories.size() >= 3);
    CHECK(c.subcategories.size() <= 7);
  }
  std::map<std::string, std::set<std::string>> seen;
  for (const auto& d : sample_corpus()) {
    if (d.facts.category) seen[*d.facts.category].insert(*d.facts.subcategory);
  }
  CHECK(seen.size() == cats.size());
  for (const auto& c : cats) {
    for (const std::string& sub : seen[std::string(c.name)]) {
      const bool known = std::any_of(c.subcategories.begin(), c.subcategories.end(),
                                     [&](const auto& s) { return s.name == sub; });
      CHECK(known);
    }
  }
}
