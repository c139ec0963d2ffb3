// The planted facts agree with the text, read back with small independent readers: the facts
// file is only useful for checking extraction if it is right.
#include <algorithm>
#include <catch2/catch.hpp>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <regex>
#include <set>

#include "corpus_writer.hpp"
#include "dates.hpp"
#include "sample_corpus.hpp"
#include "temp_dir.hpp"

namespace fs = std::filesystem;
using ombud::test::remedy_section;
using ombud::test::sample_corpus;
using ombud::test::section_between;
using ombud::test::seen_layout;
using ombud::test::SeenLayout;

namespace {

bool contains(std::string_view text, std::string_view what) {
  return text.find(what) != std::string_view::npos;
}

// The paragraphs and lines of a text that contain `a` and one of `any`.
bool has_line_with(std::string_view text, std::string_view a,
                   std::initializer_list<std::string_view> any) {
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    const std::string_view line = text.substr(start, end - start);
    if (contains(line, a)) {
      for (std::string_view b : any) {
        if (contains(line, b)) return true;
      }
    }
    start = end + 1;
  }
  return false;
}

}  // namespace

TEST_CASE("the facts file has one valid line per file, with extract's keys in order",
          "[generator][facts]") {
  ombud::test::TempDir dir;
  ombud::gen::write_corpus({.seed = 5, .count = 200, .out = dir.path(), .facts = {}});
  const std::vector<std::string> keys = {
      "file",          "source",        "organisation", "case_ref",        "doc_type",
      "category",      "subcategory",   "outcome",      "outcome_source",  "decision_date",
      "ofsted_shared", "cqc_shared",    "amounts",      "remedy_payments", "paid",
      "remedies",      "remedy_source", "legislation"};
  std::ifstream in(dir / "facts.jsonl");
  std::set<std::string> files;
  std::size_t n = 0;
  for (std::string line; std::getline(in, line); ++n) {
    const auto j = nlohmann::ordered_json::parse(line);
    std::vector<std::string> seen;
    for (const auto& item : j.items()) seen.push_back(item.key());
    REQUIRE(seen == keys);
    const std::string file = j.at("file").get<std::string>();
    REQUIRE(fs::is_regular_file(dir / file));
    files.insert(file);
    CHECK(j.at("source") == "lgsco");
    CHECK((j.at("doc_type") == "decision" || j.at("doc_type") == "report"));
    CHECK(j.at("amounts").is_array());
    CHECK(j.at("remedies").is_array());
  }
  CHECK(n == 200);
  CHECK(files.size() == 200);
}

TEST_CASE("case references are unique, canonical and printed in the title", "[generator][facts]") {
  static const std::regex kCanonical(R"(\d{2}-\d{3}-\d{3})");
  std::set<std::string> refs;
  for (const auto& d : sample_corpus()) {
    const std::string& ref = d.facts.case_ref;
    REQUIRE(std::regex_match(ref, kCanonical));
    refs.insert(ref);
    std::string printed = ref;
    std::replace(printed.begin(), printed.end(), '-', ' ');
    const std::string title = d.text.substr(0, d.text.find('\n'));
    CHECK(title == d.facts.organisation + " (" + printed + ")");
  }
  CHECK(refs.size() == sample_corpus().size());
}

TEST_CASE("amounts are exactly the pound sums the text mentions", "[generator][facts]") {
  std::size_t with_other_amounts = 0;
  for (const auto& d : sample_corpus()) {
    INFO(d.relative_path);
    REQUIRE(ombud::test::pound_amounts(d.text) == d.facts.amounts);
    REQUIRE(ombud::test::pound_amounts(remedy_section(d.text)) == d.facts.remedy_payments);
    for (ombud::Pence p : d.facts.remedy_payments) {
      REQUIRE(std::binary_search(d.facts.amounts.begin(), d.facts.amounts.end(), p));
    }
    if (d.facts.amounts.size() > d.facts.remedy_payments.size()) ++with_other_amounts;
  }
  // Earlier offers, fees and benefit rates: sums that are not remedy payments.
  CHECK(with_other_amounts > sample_corpus().size() / 5);
}

TEST_CASE("statutes in the facts are cited in the text", "[generator][facts]") {
  std::map<std::string, int> seen;
  for (const auto& d : sample_corpus()) {
    INFO(d.relative_path);
    REQUIRE(std::is_sorted(d.facts.legislation.begin(), d.facts.legislation.end()));
    for (const std::string& law : d.facts.legislation) {
      REQUIRE(contains(d.text, law));
      ++seen[law];
    }
    CHECK(seen.count("Local Government Act 1974") == 1);
  }
  CHECK(seen["Local Government Act 1974"] == static_cast<int>(sample_corpus().size()));
  for (const char* law : {"Children Act 1989", "Care Act 2014", "Housing Act 1996",
                          "Education Act 1996", "Children and Families Act 2014"}) {
    CHECK(seen[law] > 10);
  }
}

TEST_CASE("category, subcategory and date are facts only where the page prints them",
          "[generator][facts]") {
  static const std::map<std::string, std::string> kDecision = {
      {"upheld", "Upheld"},
      {"not-upheld", "Not upheld"},
      {"closed-after-initial-enquiries", "Closed after initial enquiries"}};
  for (const auto& d : sample_corpus()) {
    INFO(d.relative_path);
    const bool page = seen_layout(d.text) == SeenLayout::kSavedPage;
    REQUIRE(d.facts.category.has_value() == page);
    REQUIRE(d.facts.subcategory.has_value() == page);
    REQUIRE(d.facts.decision_date.has_value() == page);
    CHECK(d.facts.outcome_source == (page ? "stated" : "inferred"));
    if (!page) {
      CHECK_FALSE(contains(d.text, "Decision date :"));
      continue;
    }
    CHECK(contains(d.text,
                   "\nCategory : " + *d.facts.category + " > " + *d.facts.subcategory + "\n"));
    CHECK(contains(d.text, "\nDecision : " + kDecision.at(d.facts.outcome) + "\n"));
    const std::size_t at = d.text.find("Decision date : ");
    REQUIRE(at != std::string::npos);
    const std::string written = d.text.substr(at + 16, d.text.find('\n', at) - at - 16);
    const auto parsed = ombud::parse_written_date(written);
    REQUIRE(parsed.has_value());
    CHECK(parsed->iso() == *d.facts.decision_date);
  }
}

TEST_CASE("the final decision's wording agrees with the outcome", "[generator][facts]") {
  for (const auto& d : sample_corpus()) {
    INFO(d.relative_path);
    const auto layout = seen_layout(d.text);
    if (layout == SeenLayout::kReport) {
      CHECK(d.facts.outcome == "upheld");
      CHECK(contains(section_between(d.text, "Finding", {"Recommendations"}), "ault"));
      continue;
    }
    const std::string_view final_section =
        section_between(d.text, "Final decision", {"Back to top"});
    REQUIRE_FALSE(final_section.empty());
    const bool no_fault =
        contains(final_section, "no fault") || contains(final_section, "not found fault");
    const bool closed = contains(final_section, "will not investigate");
    if (d.facts.outcome == "upheld") {
      CHECK(contains(final_section, "injustice"));
      CHECK_FALSE(no_fault);
      CHECK_FALSE(closed);
    } else if (d.facts.outcome == "not-upheld") {
      CHECK(no_fault);
      CHECK_FALSE(closed);
      CHECK_FALSE(contains(d.text, "\nAgreed action\n"));
    } else {
      REQUIRE(d.facts.outcome == "closed-after-initial-enquiries");
      CHECK(closed);
      CHECK(contains(d.text, "\nMy assessment\n"));
      CHECK_FALSE(contains(d.text, "\nAgreed action\n"));
    }
  }
}

TEST_CASE("sharing with Ofsted and the CQC is stated exactly where the facts say",
          "[generator][facts]") {
  std::size_t ofsted = 0, cqc = 0, other_mentions = 0;
  for (const auto& d : sample_corpus()) {
    INFO(d.relative_path);
    const bool says_ofsted =
        has_line_with(d.text, "Ofsted", {"copy of this decision", "shared with Ofsted"});
    const bool says_cqc = has_line_with(d.text, "Care Quality Commission",
                                        {"copy of this decision", "shared with the Care"});
    CHECK(says_ofsted == d.facts.ofsted_shared);
    CHECK(says_cqc == d.facts.cqc_shared);
    ofsted += d.facts.ofsted_shared;
    cqc += d.facts.cqc_shared;
    if (!d.facts.ofsted_shared && !d.facts.cqc_shared &&
        (contains(d.text, "Ofsted") || contains(d.text, "Care Quality Commission"))) {
      ++other_mentions;  // an inspection mentioned, not a sharing line
    }
  }
  CHECK(ofsted > 20);
  CHECK(cqc > 20);
  CHECK(other_mentions > 0);
}

TEST_CASE("remedy kinds match the actions written", "[generator][facts]") {
  // What each kind's action says, in words an extractor can look for.
  static const std::map<std::string, std::vector<std::string_view>> kWords = {
      {"apology", {"apologise", "apology"}},
      {"payment", {"pay ", "payment"}},
      {"training", {"remind", "training", "brief"}},
      {"procedure-review", {"review"}},
      {"service-improvement", {"website", "letters", "publish"}},
      {"reconsider-complaint", {"complaint"}},
      {"refund-or-waiver", {"refund", "waive", "cancel", "write off", "repay", "reimburse"}},
      {"reassessment",
       {"assess", "review", "reconsider", "redo", "recalculate", "reopen", "visit"}},
  };
  std::map<std::string, int> seen;
  for (const auto& d : sample_corpus()) {
    INFO(d.relative_path);
    const std::string_view remedies = remedy_section(d.text);
    CHECK(d.facts.remedies.empty() == remedies.empty());
    CHECK((d.facts.remedy_source == "sections") == !remedies.empty());
    CHECK(d.facts.remedy_source.has_value() == !remedies.empty());
    for (const std::string& kind : d.facts.remedies) {
      INFO(kind);
      bool found = false;
      for (std::string_view w : kWords.at(kind)) found = found || contains(remedies, w);
      CHECK(found);
      ++seen[kind];
    }
    const bool pays = std::find(d.facts.remedies.begin(), d.facts.remedies.end(), "payment") !=
                      d.facts.remedies.end();
    if (pays) CHECK_FALSE(d.facts.remedy_payments.empty());
    CHECK(d.facts.paid() == [&] {
      ombud::Pence total = 0;
      for (ombud::Pence p : d.facts.remedy_payments) total += p;
      return total;
    }());
  }
  for (const auto& [kind, words] : kWords) CHECK(seen[kind] > 10);
}
