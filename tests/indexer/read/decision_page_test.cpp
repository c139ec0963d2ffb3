// The page reader: title line, furniture, metadata, sections, in each page layout.
#include "read/decision_page.hpp"

#include <catch2/catch.hpp>

#include "extract/lgsco_profile.hpp"
#include "extract/profile.hpp"
#include "extract/section_kinds.hpp"
#include "read/text_util.hpp"

using namespace ombud;

namespace {

std::vector<std::string> section_names(const DecisionPage& page) {
  std::vector<std::string> names;
  for (const Section& s : page.sections) names.push_back(s.name);
  return names;
}

using Names = std::vector<std::string>;

// The pages here are LGSCO's and the Housing Ombudsman's: read them with every source's rules.
DecisionPage read_page(std::string_view text) {
  return ombud::read_page(text, any_source_rules());
}

}  // namespace

TEST_CASE("spaced layout: metadata block, numbered paragraphs, Back to top", "[page]") {
  const std::string text =
      "Pelham Vale Council (22 100 200)\n\n"
      "Category : Education > School transport\n\n"
      "Decision : Upheld\n\n"
      "Decision date : 03 Mar 2023\n\n"
      "The Ombudsman's final decision:\n\n"
      "Summary: Ms A complained about a bus pass. We found fault.\n\n"
      "The complaint\n\n"
      "  1. Ms A says the Council lost her form.\n"
      "      1. She sent it twice.\n\n"
      "Back to top\n\n"
      "Agreed action\n\n"
      "  1. The Council will apologise.\n\n"
      "Back to top\n\n"
      "Final decision\n\n"
      "  1. I have found fault.\n\n"
      "Back to top\n\n"
      "Investigator's decision on behalf of the Ombudsman\n\n"
      "Print this page\n";
  const DecisionPage page = read_page(text);
  CHECK(page.title == "Pelham Vale Council (22 100 200)");
  CHECK(page.title_name == "Pelham Vale Council");
  CHECK(page.title_ref == "22 100 200");
  CHECK(page.meta("category") == "Education > School transport");
  CHECK(page.meta("Decision") == "Upheld");
  CHECK(page.meta("DECISION DATE") == "03 Mar 2023");
  CHECK(page.meta("remedy").empty());
  CHECK(section_names(page) == Names{"The Ombudsman's final decision", "Summary", "The complaint",
                                     "Agreed action", "Final decision",
                                     "Investigator's decision on behalf of the Ombudsman"});
  REQUIRE(page.find_section({"summary"}));
  CHECK(page.find_section({"summary"})->text ==
        "Ms A complained about a bus pass. We found fault.");
  CHECK(page.find_section({"The complaint"})->text ==
        "1. Ms A says the Council lost her form.\n1. She sent it twice.");
  CHECK(page.find_section({"agreed action"})->text == "1. The Council will apologise.");
  CHECK(page.text.find("Back to top") == std::string::npos);
  CHECK(page.text.find("Print this page") == std::string::npos);
  CHECK(page.text.find("Pelham Vale Council (22 100 200)") == std::string::npos);
  CHECK(page.text.find("Investigator's decision on behalf of the Ombudsman") != std::string::npos);
  CHECK(page.text.find("\n\n") == std::string::npos);
}

TEST_CASE("compact layout: a table of contents of bullets is not sections", "[page]") {
  const std::string text =
      "Dunmere Borough Council (23 400 500)\n"
      "- The complaint\n"
      "- What I found\n"
      "- Final decision\n"
      "The Ombudsman’s final decision:\n"
      "Summary: Mr B complained about noise.\n"
      "The complaint\n"
      "- Mr B says a bar is too loud.\n"
      "The Ombudsman’s role and powers\n"
      "- We investigate fault.\n"
      "What I have and have not investigated\n"
      "- I have looked at the licence.\n"
      "What I found\n"
      "Noise law\n"
      "- Councils must look into noise.\n"
      "Final decision\n"
      "- I do not uphold Mr B's complaint.\n";
  const DecisionPage page = read_page(text);
  CHECK(section_names(page) == Names{"", "The Ombudsman’s final decision", "Summary",
                                     "The complaint", "The Ombudsman’s role and powers",
                                     "What I have and have not investigated", "What I found",
                                     "Final decision"});
  CHECK(page.sections.front().text == "- The complaint\n- What I found\n- Final decision");
  // Sub-headings stay in their section's text; curly apostrophes match straight names.
  CHECK(page.find_section({"What I found"})->text == "Noise law\n- Councils must look into noise.");
  CHECK(page.find_section({"the ombudsman's role and powers"}) != nullptr);
}

TEST_CASE("banner, logo and menu before the title are dropped", "[page]") {
  const std::string text =
      "We use cookies to make this site work\n"
      "Accept all cookies\n"
      "LGO logogram\n"
      "Home\n"
      "Decisions\n"
      "Home > Decisions > Housing\n"
      "Orbridge City Council (24 001 002)\n"
      "Summary: We will not investigate.\n";
  const DecisionPage page = read_page(text);
  CHECK(page.title_name == "Orbridge City Council");
  CHECK(page.text == "Summary: We will not investigate.");
}

TEST_CASE("a cookie banner after the decision is dropped whatever its lines say", "[page]") {
  const std::string text =
      "Orbridge City Council (24 001 003)\n"
      "Final decision\n"
      "- I uphold the complaint.\n"
      "Print this page\n"
      "LGO logogram\n"
      "Review your privacy settings\n"
      "Required cookies\n"
      "These cookies keep the site working and cannot be switched off.\n"
      "We suggest you leave these 'ON'.\n"
      "Analytical cookies\n"
      "Privacy settings\n";
  const DecisionPage page = read_page(text);
  CHECK(page.text == "Final decision\n- I uphold the complaint.");
  CHECK(page.find_section({"final decision"})->text == "- I uphold the complaint.");
}

TEST_CASE("a banner between the title and the decision ends at the first heading", "[page]") {
  const std::string text =
      "Orbridge City Council (24 001 004)\n"
      "This website uses cookies to improve your experience\n"
      "Some long explanation of cookies that goes on for a while and mentions nothing else.\n"
      "Category : Planning > Enforcement\n"
      "The complaint\n"
      "- Mrs C says a shed was built.\n";
  const DecisionPage page = read_page(text);
  CHECK(page.meta("category") == "Planning > Enforcement");
  CHECK(page.text ==
        "Category : Planning > Enforcement\nThe complaint\n- Mrs C says a shed was built.");
}

TEST_CASE("a metadata line with a curly apostrophe in its key ends a banner too", "[page]") {
  // One reading of "Key : Value" lines: the banner's end and the metadata block agree on it.
  const std::string text =
      "17 300 401\n"
      "Report summary\n"
      "Fault found.\n"
      "Review your privacy settings\n"
      "Required cookies\n"
      "Ombudsman satisfied with council\u2019s response : 02 May 2018\n";
  const DecisionPage page = read_page(text);
  CHECK(page.meta("Ombudsman satisfied with council's response") == "02 May 2018");
  CHECK(page.text ==
        "Report summary\nFault found.\n"
        "Ombudsman satisfied with council\u2019s response : 02 May 2018");
}

TEST_CASE("old public reports: a title line that is only the reference", "[page]") {
  const std::string text =
      "17 300 400\n"
      "Report summary\n"
      "Adult care: a council lost a care plan.\n"
      "Finding\n"
      "Fault found causing injustice and recommendations made.\n"
      "Recommendations\n"
      "-\n"
      "apologise to Mr D; and\n"
      "-\n"
      "-\n"
      "review its procedure.\n"
      "Ombudsman satisfied with council's response: 02 May 2018\n";
  const DecisionPage page = read_page(text);
  CHECK(page.title == "17 300 400");
  CHECK(page.title_name.empty());
  CHECK(page.title_ref == "17 300 400");
  CHECK(section_names(page) == Names{"Report summary", "Finding", "Recommendations"});
  // Bullets on lines of their own are joined to their text; empty ones dropped.
  CHECK(page.find_section({"recommendations"})->text ==
        "- apologise to Mr D; and\n- review its procedure.");
  CHECK(page.meta("Ombudsman satisfied with council's response") == "02 May 2018");
}

TEST_CASE("title line variants", "[page]") {
  TitleLine t;
  CHECK(find_title_line("Transport for London (22 333 444)\n", any_source_rules(), t));
  CHECK(t.name == "Transport for London");
  CHECK(find_title_line("Oak Lodge AKA Elm Care Limited (23 444 555)", any_source_rules(), t));
  CHECK(t.name == "Oak Lodge AKA Elm Care Limited");
  CHECK(find_title_line("Hollins Homes (North) Limited (202312345)", any_source_rules(), t));
  CHECK(t.name == "Hollins Homes (North) Limited");
  CHECK(t.ref == "202312345");
  CHECK(find_title_line("menu\nCall us on 0300 061 0614\nAsh Council (21-555-666)\n",
                        any_source_rules(), t));
  CHECK(t.line == 2);
  CHECK(t.ref == "21-555-666");
  CHECK(find_title_line("Ash Council (21 555 666) - Local Government and Social Care Ombudsman",
                        any_source_rules(), t));
  CHECK(t.name == "Ash Council");
  // Not titles: a phone number, a year, a reference of the wrong shape.
  CHECK_FALSE(
      find_title_line("Call 0300 061 0614\n(2023)\nAsh Council (1234)\n", any_source_rules(), t));
  // A profile's rules accept only its own references.
  CHECK_FALSE(find_title_line("Hollins Homes (202312345)", LgscoRules(), t));
}

TEST_CASE("no title line: an empty title and the whole text", "[page]") {
  const DecisionPage page = read_page("Just some text\nwith no reference.\n");
  CHECK(page.title.empty());
  CHECK(page.title_ref.empty());
  CHECK(page.text == "Just some text\nwith no reference.");
}

TEST_CASE("furniture lines", "[page][furniture]") {
  for (const char* line : {"Back to top", "  Print this page ", "LGO logogram", "Share",
                           "Required cookies", "View analytical cookies", "Privacy settings",
                           "Skip to main content", "Home > Decisions > Adult care"}) {
    INFO(line);
    CHECK(is_furniture_line(line));
  }
  for (const char* line :
       {"The complaint", "Back to the council, Mr E said no.", "- Print the letter again.", ""}) {
    INFO(line);
    CHECK_FALSE(is_furniture_line(line));
  }
}

TEST_CASE("a long banner paragraph is still a banner", "[page]") {
  const std::string text = "Tarn Council (23 111 998)\nFinal decision\n- I uphold it.\n" +
                           std::string("We use cookies ") + std::string(500, 'x') +
                           "\nAnother banner line.\n";
  CHECK(read_page(text).text == "Final decision\n- I uphold it.");
}

TEST_CASE("a reference deep in the text is not a title", "[page]") {
  std::string text;
  for (int i = 0; i < 500; ++i) text += "A line of menu or text.\n";
  text += "We considered a related complaint (21 000 222)\n";
  TitleLine t;
  CHECK_FALSE(find_title_line(text, any_source_rules(), t));
}

TEST_CASE("remedy sections by heading", "[page][sections]") {
  for (const char* name : {"Agreed action", "Agreed actions", "Recommended action", "Action",
                           "Recommendations", "Orders", "Orders and recommendations", "Remedy",
                           "What the Council has agreed to do", "AGREED ACTION"}) {
    INFO(name);
    CHECK(is_remedy_heading(name));
    CHECK(any_source_rules().is_heading(rule_form(name)));
  }
  for (const char* name : {"Final decision", "What I found", "Analysis", "Summary", ""}) {
    INFO(name);
    CHECK_FALSE(is_remedy_heading(name));
  }
  const DecisionPage page = read_page(
      "Fir Council (22 000 333)\nAgreed action\n- pay £10.\nAnalysis\n- more.\n"
      "Recommendations\n- pay £20.\nFinal decision\n- done.\n");
  CHECK(remedy_text(page) == "- pay £10.\n- pay £20.");
}

TEST_CASE("banners and footers in other wordings", "[page][furniture]") {
  const std::string text =
      "We use cookies so the site works and, if you say yes, to count visitors.\n"
      "Accept cookies Reject cookies\n"
      "Linden Council (23 222 111)\n"
      "Final decision\n"
      "- I uphold the complaint.\n"
      "Investigator's decision for the Ombudsman\n"
      "Privacy\n"
      "© Ombudsman 2023\n"
      "We use necessary cookies to run this site. With your permission we also set others.\n"
      "Accept all cookies\n"
      "Manage cookie settings\n";
  const DecisionPage page = read_page(text);
  for (const char* banner :
       {"Manage your privacy settings", "Manage your cookie choices", "Cookies we need"}) {
    INFO(banner);
    CHECK(read_page("Linden Council (23 222 111)\nFinal decision\n- I uphold it.\n" +
                    std::string(banner) + "\nThese keep the site working.\nSave my choices\n")
              .text == "Final decision\n- I uphold it.");
  }
  CHECK(page.text ==
        "Final decision\n- I uphold the complaint.\nInvestigator's decision for the Ombudsman");
}
