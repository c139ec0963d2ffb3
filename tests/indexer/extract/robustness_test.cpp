// Arbitrary input: the reader and every profile return or throw InputError, never anything
// else, and what they return is bounded by what they were given, on shuffled pieces of decisions
// and on inputs built to be slow (CTest's timeout stops a run that does not finish).
#include <catch2/catch.hpp>
#include <random>

#include "extract/decision_loader.hpp"
#include "extract/profile.hpp"
#include "field_vocabulary.hpp"
#include "read/input_error.hpp"

using namespace ombud;

namespace {

// Pieces of decisions, shuffled into pages that are almost but not quite well formed.
const std::vector<std::string> kPieces = {
    "Ash Council (21 000 111)",
    "Holly Homes (202300001)",
    "21 000 111",
    "(",
    ")",
    "£",
    "£5",
    "£1,000.5",
    "£2.5k",
    "Act 1974",
    "Local Government Act 1974",
    "Summary:",
    "Summary: text",
    "Agreed action",
    "Recommendations",
    "Orders",
    "Final decision",
    "Decision : Upheld",
    "Decision date : 31 Feb 2022",
    "Decision date: 28 March 2024",
    "Category : >",
    "-",
    "- ",
    "  1.",
    "Back to top",
    "Review your privacy settings",
    "Required cookies",
    "I uphold",
    "no fault",
    "will not investigate",
    "already remedied",
    "made up of",
    "a total of",
    "Ofsted",
    "share this decision",
    "maladministration",
    "no maladministration",
    "’",
    "\t",
    "é",
    "AKA",
    "London Borough of",
    "Council",
    "pay",
    "refund",
    "already paid",
    "a week",
    ":",
};

std::string random_page(std::mt19937& rng) {
  std::uniform_int_distribution<std::size_t> piece(0, kPieces.size() - 1);
  std::uniform_int_distribution<int> count(0, 60);
  std::uniform_int_distribution<int> sep(0, 3);
  std::string out;
  const int n = count(rng);
  for (int i = 0; i < n; ++i) {
    out += kPieces[piece(rng)];
    const int s = sep(rng);
    out += s == 0 ? "\n" : s == 1 ? "\n\n" : " ";
  }
  return out;
}

std::size_t occurrences(const std::string& text, std::string_view what) {
  std::size_t n = 0;
  for (auto at = text.find(what); at != std::string::npos; at = text.find(what, at + what.size()))
    ++n;
  return n;
}

// What extraction returns is bounded by its input, however the input is built: no more text than
// the page, no more amounts than pound signs, sections than lines, statutes than "Act"s, remedy
// kinds than the vocabulary has. A rule that fed on its own output, or repeated a match, would
// break one of these.
void check_bounded_by(const Decision& d, const std::string& page) {
  CHECK(d.text.size() <= page.size());
  std::size_t section_bytes = 0;
  for (const Section& s : d.sections) section_bytes += s.name.size() + s.text.size();
  CHECK(section_bytes <= page.size());
  CHECK(d.sections.size() <= occurrences(page, "\n") + 1);
  CHECK(d.amounts.size() <= occurrences(page, "£"));
  CHECK(d.remedy_payments.size() <= d.amounts.size());
  CHECK(d.legislation.size() <= occurrences(page, "Act"));
  CHECK(d.remedies.size() <= field_vocabulary(schema::FieldId::kRemedy).size());
  CHECK(d.title.size() <= page.size());
}

// Extracts `text` with every profile; returns how many accepted it.
int extract_all_ways(const std::string& text) {
  int accepted = 0;
  for (const char* profile : {"auto", "lgsco", "housing"}) {
    LoadOptions options;
    options.profile = profile;
    try {
      const Decision d = parse_decision(text, "x.txt", options);
      ++accepted;
      CHECK(!d.case_ref.empty());
      CHECK(std::is_sorted(d.amounts.begin(), d.amounts.end()));
      CHECK(std::is_sorted(d.remedy_payments.begin(), d.remedy_payments.end()));
      CHECK(std::is_sorted(d.remedies.begin(), d.remedies.end()));
      CHECK(std::is_sorted(d.legislation.begin(), d.legislation.end()));
      check_bounded_by(d, text);
    } catch (const InputError&) {
      // Refusing a page is fine; any other exception fails the test.
    }
  }
  return accepted;
}

}  // namespace

TEST_CASE("[prop] shuffled pieces of decisions", "[robustness][prop]") {
  std::mt19937 rng(42);
  for (int i = 0; i < 400; ++i) {
    const std::string page = random_page(rng);
    INFO(page);
    extract_all_ways(page);
  }
}

TEST_CASE("inputs built to be slow finish with what they return bounded by them", "[robustness]") {
  const std::string title = "Ash Council (21 000 111)\nAgreed action\n";
  std::vector<std::string> pages;
  pages.push_back(title + std::string(2'000'000, '-'));
  std::string pounds = title;
  for (int i = 0; i < 100'000; ++i) pounds += "£1 ";
  pages.push_back(pounds);
  std::string acts = title;
  for (int i = 0; i < 50'000; ++i) acts += "Local Government Act 1974 ";
  pages.push_back(acts);
  std::string words = title;
  for (int i = 0; i < 100'000; ++i) words += "already paid offered no fault ";
  pages.push_back(words);
  std::string lines = title;
  for (int i = 0; i < 100'000; ++i) lines += "Summary\n-\n";
  pages.push_back(lines);
  // Each page has an LGSCO title, so at least the LGSCO and auto profiles take it, and what they
  // return is bounded by it (check_bounded_by).
  for (const std::string& page : pages) CHECK(extract_all_ways(page) >= 2);
  // One distinct amount and one statute, however often the page repeats them.
  const Decision paid = parse_decision(pounds, "x.txt", LoadOptions{});
  CHECK(paid.amounts == std::vector<Pence>{100});
  CHECK(paid.remedy_payments == std::vector<Pence>{100});
  CHECK(parse_decision(acts, "x.txt", LoadOptions{}).legislation.size() == 1);
  // A megabyte-long first line is no title: every profile refuses the page.
  const std::string long_line = "Ash Council (21 000 111)" + std::string(1'000'000, ' ') + "x\n";
  CHECK(extract_all_ways(long_line) == 0);
}
