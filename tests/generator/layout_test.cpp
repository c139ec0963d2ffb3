// What each layout looks like: the compact statement, the saved page with its furniture, the
// public report and the closure; and that nothing of the templates leaks into the text.
#include <catch2/catch.hpp>
#include <regex>

#include "sample_corpus.hpp"

using ombud::test::sample_corpus;
using ombud::test::seen_layout;
using ombud::test::SeenLayout;

namespace {

bool contains(std::string_view text, std::string_view what) {
  return text.find(what) != std::string_view::npos;
}

bool valid_utf8(std::string_view s) {
  std::size_t i = 0;
  while (i < s.size()) {
    const auto c = static_cast<unsigned char>(s[i]);
    const std::size_t n = c < 0x80         ? 1
                          : (c >> 5) == 6  ? 2
                          : (c >> 4) == 14 ? 3
                          : (c >> 3) == 30 ? 4
                                           : 0;
    if (n == 0 || i + n > s.size()) return false;
    for (std::size_t k = 1; k < n; ++k) {
      if ((static_cast<unsigned char>(s[i + k]) >> 6) != 2) return false;
    }
    i += n;
  }
  return true;
}

}  // namespace

TEST_CASE("page furniture appears only in saved pages, and in every one", "[generator][layout]") {
  std::size_t pages = 0;
  for (const auto& d : sample_corpus()) {
    INFO(d.relative_path);
    const bool page = seen_layout(d.text) == SeenLayout::kSavedPage;
    pages += page;
    CHECK(contains(d.text, "\nBack to top\n") == page);
    CHECK(contains(d.text, "\nPrint this page\n") == page);
    CHECK(contains(d.text, "logo\n") == page);
    CHECK((contains(d.text, "cookies") || contains(d.text, "Cookies")) == page);
    if (page) {
      // The furniture ends the page: nothing of the decision after "Print this page".
      const std::string_view tail = std::string_view(d.text).substr(d.text.find("Print this page"));
      CHECK_FALSE(contains(tail, "Council"));
      CHECK_FALSE(contains(tail, "£"));
    }
  }
  CHECK(pages > 1000);
}

TEST_CASE("statements are compact: no blank lines, '- ' paragraphs, the standard headings",
          "[generator][layout]") {
  for (const auto& d : sample_corpus()) {
    if (seen_layout(d.text) != SeenLayout::kStatement) continue;
    INFO(d.relative_path);
    CHECK_FALSE(contains(d.text, "\n\n"));
    CHECK(contains(d.text, "\nThe Ombudsman's final decision:\nSummary: "));
    for (const char* h : {"\nThe complaint\n- ", "s role and powers\n- ",
                          "\nHow I considered this complaint\n- ", "\nFinal decision\n- "}) {
      CHECK(contains(d.text, h));
    }
    if (d.facts.outcome == "closed-after-initial-enquiries") {
      CHECK(contains(d.text, "\nMy assessment\n- "));
      CHECK_FALSE(contains(d.text, "\nWhat I found\n"));
    } else {
      CHECK(contains(d.text, "\nWhat I found\n"));
      CHECK(contains(d.text, "\nWhat happened\n- "));
      CHECK(contains(d.text, "\nAnalysis\n- "));
    }
  }
}

TEST_CASE("saved pages: metadata block, numbered and nested paragraphs", "[generator][layout]") {
  static const std::regex kMetadata(
      "^[^\\n]+ \\(\\d\\d \\d{3} \\d{3}\\)\\n\\nCategory : [^\\n]+ > [^\\n]+\\n\\n"
      "Decision : (Upheld|Not upheld|Closed after initial enquiries)\\n\\n"
      "Decision date : \\d{1,2} [A-Z][a-z]{2} \\d{4}\\n\\n"
      "The Ombudsman's final decision:\\n\\nSummary: ");
  std::size_t nested = 0;
  for (const auto& d : sample_corpus()) {
    if (seen_layout(d.text) != SeenLayout::kSavedPage) continue;
    INFO(d.relative_path);
    CHECK(std::regex_search(d.text, kMetadata));
    CHECK(contains(d.text, "\n\n  1. "));
    CHECK(contains(d.text, "\n  2. "));
    if (contains(d.text, "\n      1. ")) ++nested;
  }
  CHECK(nested > 300);
}

TEST_CASE("reports: overview, key to names, summary, finding, bulleted recommendations",
          "[generator][layout]") {
  std::size_t reports = 0;
  for (const auto& d : sample_corpus()) {
    if (seen_layout(d.text) != SeenLayout::kReport) continue;
    INFO(d.relative_path);
    ++reports;
    CHECK(contains(d.text, "\nOverview:\nKey to names used\n-"));
    CHECK(contains(d.text, "\nSummary\n"));
    CHECK(contains(d.text, "\nFinding\n"));
    CHECK(contains(d.text, "\nRecommendations\n"));
    CHECK(contains(d.text, "section 31(2)"));
    CHECK(contains(ombud::test::remedy_section(d.text), "\n-"));
    CHECK_FALSE(contains(d.text, "Summary: "));
    CHECK_FALSE(contains(d.text, "Back to top"));
  }
  CHECK(reports > 50);
}

TEST_CASE("no template slot or stray brace reaches the text and it is UTF-8 with LF line ends",
          "[generator][layout]") {
  for (const auto& d : sample_corpus()) {
    INFO(d.relative_path);
    REQUIRE_FALSE(contains(d.text, "{"));
    REQUIRE_FALSE(contains(d.text, "}"));
    REQUIRE_FALSE(contains(d.text, "\r"));
    REQUIRE_FALSE(contains(d.text, "  ."));
    REQUIRE(valid_utf8(d.text));
    REQUIRE(d.text.back() == '\n');
  }
}
