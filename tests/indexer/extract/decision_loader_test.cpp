// The loader: size limit, decoding, HTML by name or content, profile choice, extraction.
#include "extract/decision_loader.hpp"

#include <catch2/catch.hpp>

#include "read/input_error.hpp"
#include "temp_dir.hpp"

using namespace ombud;

namespace {

const std::string kText =
    "Quenby County Council (22 555 777)\n"
    "\n"
    "Category : Adult care services > Charging\n"
    "\n"
    "Decision : Upheld\n"
    "\n"
    "Decision date : 1st Sept 2022\n"
    "\n"
    "The Ombudsman's final decision:\n"
    "\n"
    "Summary: Mrs J complained about a care bill. The Council was at fault.\n"
    "\n"
    "The Ombudsman's role and powers\n"
    "\n"
    "  1. Under our information sharing agreement, we will share this decision with the Care "
    "Quality Commission.\n"
    "\n"
    "Agreed action\n"
    "\n"
    "  1. The Council will apologise and pay Mrs J £120.\n"
    "\n"
    "Back to top\n";

}  // namespace

TEST_CASE("a decision read from text", "[loader]") {
  const Decision d = parse_decision(kText, "a.txt", LoadOptions{});
  CHECK(d.source == "lgsco");
  CHECK(d.organisation == "Quenby County Council");
  CHECK(d.case_ref == "22-555-777");
  CHECK(d.category == "Adult care services");
  CHECK(d.subcategory == "Charging");
  CHECK(d.outcome == "upheld");
  CHECK(d.outcome_source == "stated");
  CHECK(d.decision_date == "2022-09-01");
  CHECK(d.cqc_shared);
  CHECK_FALSE(d.ofsted_shared);
  CHECK(d.remedy_payments == std::vector<Pence>{12000});
  CHECK(d.remedies == std::vector<std::string>{"apology", "payment"});
  CHECK(d.title == "Quenby County Council (22 555 777)");
  CHECK(d.text.find("Back to top") == std::string::npos);
}

TEST_CASE("CRLF and a byte-order mark are decoded first", "[loader]") {
  std::string crlf = "\xEF\xBB\xBF";
  for (char c : kText) {
    if (c == '\n') crlf += '\r';
    crlf += c;
  }
  const Decision d = parse_decision(crlf, "a.txt", LoadOptions{});
  CHECK(d.case_ref == "22-555-777");
  CHECK(d.decision_date == "2022-09-01");
  CHECK(d.text.find('\r') == std::string::npos);
}

TEST_CASE("a saved page is read as HTML, by its name or its content", "[loader]") {
  const std::string html =
      "<!DOCTYPE html>\n<html><head><title>Decision</title></head><body>"
      "<nav><a href='/'>Home</a></nav>"
      "<main><h1>Quenby County Council (22 555 778)</h1>"
      "<p><strong>Decision :</strong> Not upheld</p>"
      "<h2>Final decision</h2><p>I do not uphold Mrs K&rsquo;s complaint about a &pound;40 fee.</p>"
      "</main></body></html>";
  for (const char* name : {"page.html", "page.HTM", "page.txt"}) {
    INFO(name);
    const Decision d = parse_decision(html, name, LoadOptions{});
    CHECK(d.case_ref == "22-555-778");
    CHECK(d.organisation == "Quenby County Council");
    CHECK(d.outcome == "not-upheld");
    CHECK(d.amounts == std::vector<Pence>{4000});
    CHECK(d.text.find("<") == std::string::npos);
  }
}

namespace {

// `utf8` (code points below U+10000 only) as UTF-16 LE with its byte-order mark.
std::string utf16le(std::string_view utf8) {
  std::string out = "\xFF\xFE";
  for (std::size_t i = 0; i < utf8.size();) {
    const auto b = static_cast<unsigned char>(utf8[i]);
    const int len = b < 0x80 ? 1 : b < 0xE0 ? 2 : 3;
    unsigned cp = len == 1 ? b : len == 2 ? b & 0x1Fu : b & 0x0Fu;
    for (int k = 1; k < len; ++k)
      cp = (cp << 6) | (static_cast<unsigned char>(utf8[i + k]) & 0x3Fu);
    out += static_cast<char>(cp & 0xFF);
    out += static_cast<char>(cp >> 8);
    i += static_cast<std::size_t>(len);
  }
  return out;
}

}  // namespace

TEST_CASE("a .txt that is a saved page once decoded reads as the same page named .html",
          "[loader]") {
  // Sniffed only after decoding (UTF-16; U+00A0 before the markup), it is laid out from the
  // characters decoding found, not from the cleaned text: in <pre> two no-break spaces stay one
  // collapsible space, as html_to_text reads them from the page's bytes.
  const std::string page =
      "\u00A0<!DOCTYPE html>\n<html><body><main><h1>Quenby County Council (22 555 779)</h1>"
      "<h2>Final decision</h2><p>I uphold Mrs L\u2019s complaint.</p>"
      "<pre>a\u00A0\u00A0b</pre></main></body></html>";
  for (const std::string& bytes : {page, utf16le(page)}) {
    const Decision as_txt = parse_decision(bytes, "page.txt", LoadOptions{});
    const Decision as_html = parse_decision(bytes, "page.html", LoadOptions{});
    CHECK(as_txt.case_ref == "22-555-779");
    CHECK(as_txt.text == as_html.text);
    CHECK(as_txt.text.find("a b") != std::string::npos);
  }
}

TEST_CASE("files the loader refuses, with the reason", "[loader]") {
  LoadOptions small;
  small.max_size = 100;
  CHECK_THROWS_WITH(parse_decision(kText, "a.txt", small),
                    "file is " + std::to_string(kText.size()) + " bytes, over --max-size 100");
  CHECK_THROWS_WITH(parse_decision("No reference here.\nAt all.\n", "a.txt", LoadOptions{}),
                    Catch::Contains("no case reference in the title line"));
  CHECK_THROWS_AS(
      parse_decision(std::string("Ash (21 000 111)\n\0\0\0", 21), "a.txt", LoadOptions{}),
      InputError);
  CHECK_THROWS_AS(parse_decision("Ash (21 000 111)\n\xff\xfe bad", "a.txt", LoadOptions{}),
                  InputError);
  LoadOptions housing;
  housing.profile = "housing";
  CHECK_THROWS_AS(parse_decision(kText, "a.txt", housing), InputError);
}

TEST_CASE("load_decision reads the file, and reports what it cannot read", "[loader]") {
  test::TempDir dir;
  test::write_file(dir / "d.txt", kText);
  CHECK(load_decision(dir / "d.txt", LoadOptions{}).case_ref == "22-555-777");
  CHECK_THROWS_WITH(load_decision(dir / "missing.txt", LoadOptions{}),
                    Catch::StartsWith("cannot read"));
  LoadOptions small;
  small.max_size = 10;
  CHECK_THROWS_WITH(load_decision(dir / "d.txt", small), Catch::Contains("over --max-size 10"));
}
