// html_to_text(): a saved page becomes the lines a copy of the page gives, without furniture.
#include "read/html_text.hpp"

#include <catch2/catch.hpp>

#include "input_test_support.hpp"
#include "read/input_error.hpp"
#include "read/text_decoding.hpp"
#include "text_normaliser.hpp"

using namespace ombud;
using namespace std::string_literals;
using Catch::Matchers::Contains;

namespace {

bool has(const std::string& text, std::string_view needle) {
  return text.find(needle) != std::string::npos;
}

std::string page(std::string_view body) {
  return "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>T</title></head><body>" +
         std::string(body) + "</body></html>";
}

}  // namespace

TEST_CASE("headings and paragraphs are kept in order, blank lines between blocks", "[html]") {
  const std::string text = html_to_text(
      page("<h1>Fictional Borough Council (23 004 117)</h1>"
           "<h2>The complaint</h2><p>First   paragraph,\n  over two lines.</p>"
           "<div>A division</div><h3>What I found</h3><p>Second <b>bold</b> paragraph.</p>"));
  CHECK(text ==
        "Fictional Borough Council (23 004 117)\n\nThe complaint\n\nFirst paragraph, over two "
        "lines.\n\nA division\n\nWhat I found\n\nSecond bold paragraph.\n");
}

TEST_CASE("scripts, styles and other non-text elements are dropped", "[html]") {
  const std::string text = html_to_text(test::input_fixture("script_style.html"));
  CHECK(text.starts_with("Fictional Town Council (22 009 841)\n"));
  CHECK(has(text, "What I found\n\nThe Council wrote to Mrs E on 3 October 2022"));
  CHECK(has(text, "The Council was not at fault."));
  for (const char* decoy : {"cookie", "Cookie", "analytics", "tracker", "gtag", "dataLayer",
                            "color", "Template", "JavaScript", "Accept"}) {
    INFO(decoy);
    CHECK_FALSE(has(text, decoy));
  }
}

TEST_CASE("navigation, cookie banners and other furniture are dropped", "[html]") {
  const std::string text = html_to_text(
      page("<a class=\"skip-link\" href=\"#c\">Skip to content</a>"
           "<div id=\"cookieConsent\"><p>We use cookies</p></div>"
           "<div class=\"privacy-banner\"><p>Privacy choices</p></div>"
           "<nav><ul><li>Home menu</li></ul></nav>"
           "<ul role=\"navigation\"><li>Role menu</li></ul>"
           "<div class=\"site-breadcrumbs\">Home &gt; Decisions</div>"
           "<header><a href=\"/\">Site logo</a></header>"
           "<h1>Fictional Borough Council (23 004 117)</h1>"
           "<p>Kept paragraph.</p>"
           "<div class=\"share-links\">Share on social media</div>"
           "<p class=\"print\">Print this page</p>"
           "<div aria-label=\"Main menu\"><a>Menu item</a></div>"
           "<div hidden>Hidden text</div><span style=\"display: none\">Invisible</span>"
           "<div class=\"shared-services\"><p>Shared services text is content.</p></div>"
           "<div class=\"canvas\"><p>Canvas is not nav.</p></div>"
           "<footer>Site footer</footer><div role=\"contentinfo\">Contact details</div>"));
  CHECK(text ==
        "Fictional Borough Council (23 004 117)\n\nKept paragraph.\n\nShared services text is "
        "content.\n\nCanvas is not nav.\n");
}

TEST_CASE("an element holding the page title is never dropped as furniture", "[html]") {
  // Sites mark the whole page aria-hidden while a cookie dialog is open.
  const std::string text = html_to_text(
      page("<div class=\"page-wrapper has-nav\" aria-hidden=\"true\"><h1>Title (21 010 500)</h1>"
           "<p>Body text.</p><div class=\"nav\">Menu</div></div>"));
  CHECK(text == "Title (21 010 500)\n\nBody text.\n");
}

TEST_CASE("only <main> is read when the page has one", "[html]") {
  const std::string text =
      html_to_text(page("<div class=\"banner\">Outside main</div><main><h1>Inside main</h1></main>"
                        "<article>An article outside main</article><p>After main</p>"));
  CHECK(text == "Inside main\n");
}

TEST_CASE("without <main>, the article or the content element is read", "[html]") {
  CHECK(html_to_text(page("<p>Before</p><article><h1>Article</h1></article><p>After</p>")) ==
        "Article\n");
  CHECK(html_to_text(page("<p>Before</p><div id=\"main-content\"><p>By id</p></div>")) ==
        "By id\n");
  CHECK(html_to_text(page("<p>Before</p><div class=\"wide content\"><p>By class</p></div>")) ==
        "By class\n");
  CHECK(html_to_text(page("<p>Whole</p><div>body</div>")) == "Whole\n\nbody\n");
  // An empty <main> is no reason to lose the page.
  CHECK(html_to_text(page("<main> </main><p>Body text</p>")) == "Body text\n");
}

TEST_CASE("an article's own header keeps its title, the site header goes", "[html]") {
  const std::string text = html_to_text(
      page("<header><a>Site name</a></header><article><header><h1>Title (21 010 500)</h1>"
           "</header><p>Text.</p></article>"));
  CHECK(text == "Title (21 010 500)\n\nText.\n");
}

TEST_CASE("list items are lines: '- ' for <ul>, numbers for <ol>", "[html]") {
  CHECK(html_to_text(page("<p>Intro</p><ul><li>one</li><li> two </li></ul><p>After</p>")) ==
        "Intro\n\n- one\n- two\n\nAfter\n");
  CHECK(html_to_text(page("<ol><li>first</li><li><p>second</p></li><li>third</li></ol>")) ==
        "1. first\n2. second\n3. third\n");
  // Each list numbers from 1 as the saved pages show, unless the page says otherwise.
  CHECK(html_to_text(page("<ol><li>a</li></ol><ol><li>b</li></ol>")) == "1. a\n\n1. b\n");
  CHECK(html_to_text(page("<ol start=\"4\"><li>d</li><li>e</li><li value=\"9\">i</li>"
                          "<li>j</li></ol>")) == "4. d\n5. e\n9. i\n10. j\n");
  // An empty item keeps its number but leaves no line.
  CHECK(html_to_text(page("<ol><li>a</li><li></li><li>c</li></ol>")) == "1. a\n3. c\n");
}

TEST_CASE("nested lists are indented four spaces a level", "[html]") {
  const std::string text = html_to_text(
      page("<ol><li>The Council will:<ol><li>apologise;</li><li>pay £150.</li></ol></li>"
           "<li>Next<ul><li>bullet</li></ul></li></ol>"));
  CHECK(text ==
        "1. The Council will:\n    1. apologise;\n    2. pay £150.\n2. Next\n    - bullet\n");
  // An item whose only content is a nested list keeps its number on a line of its own.
  CHECK(html_to_text(page("<ol><li><ol><li>inner</li></ol></li></ol>")) == "1.\n    1. inner\n");
}

TEST_CASE("entities are decoded and non-breaking spaces become plain spaces", "[html]") {
  const std::string text = html_to_text(
      page("<p>Mrs C&rsquo;s &amp; Mr B&#8217;s &pound;432.50 &lt;tag&gt; &quot;q&quot; "
           "caf&eacute; &#x2019;x&nbsp;&nbsp;y&#160;z&thinsp;w</p>"));
  CHECK(text == "Mrs C’s & Mr B’s £432.50 <tag> \"q\" café ’x y z w\n");
}

TEST_CASE("<br> ends a line, and two leave a blank line", "[html]") {
  CHECK(html_to_text(page("<p>one<br>two<br/>three</p>")) == "one\ntwo\nthree\n");
  CHECK(html_to_text(page("<p>one<br><br>two</p>")) == "one\n\ntwo\n");
  CHECK(html_to_text(page("<ul><li>item<br>continued</li></ul>")) == "- item\ncontinued\n");
}

TEST_CASE("metadata blocks become 'Key : Value' lines", "[html][meta]") {
  SECTION("definition list, with or without colons in the terms") {
    CHECK(html_to_text(
              page("<h1>Title (21 010 500)</h1><dl><dt>Category :</dt><dd>Children's care services "
                   "&gt; Disabled children</dd><dt>Decision</dt><dd> Upheld </dd>"
                   "<dt>Decision date:</dt><dd>14 Jun 2022</dd></dl><p>Body</p>")) ==
          "Title (21 010 500)\n\nCategory : Children's care services > Disabled children\n\n"
          "Decision : Upheld\n\nDecision date : 14 Jun 2022\n\nBody\n");
  }
  SECTION("a term without a description stands alone") {
    CHECK(html_to_text(page("<dl><dt>Lonely</dt><dt>Key</dt><dd>Value</dd></dl>")) ==
          "Lonely\n\nKey : Value\n");
  }
  SECTION("table rows labelled by a <th> or a trailing colon") {
    CHECK(html_to_text(page("<table><tr><th>Decision</th><td>Not upheld</td></tr>"
                            "<tr><td>Decision date:</td><td>2 Feb 2022</td></tr>"
                            "<tr><td>one</td><td>two</td></tr></table>")) ==
          "Decision : Not upheld\n\nDecision date : 2 Feb 2022\n\none\n\ntwo\n");
  }
  SECTION("'label : value' paragraphs are kept as written") {
    CHECK(html_to_text(page("<p><strong>Category</strong> : Housing &gt; Allocations</p>"
                            "<div><span class=\"label\">Decision</span> : "
                            "<span>Upheld</span></div>")) ==
          "Category : Housing > Allocations\n\nDecision : Upheld\n");
  }
}

TEST_CASE("<pre> keeps its lines and indentation", "[html]") {
  CHECK(html_to_text(page("<pre>line one\n  indented   line\n</pre><p>after</p>")) ==
        "line one\n  indented   line\n\nafter\n");
}

TEST_CASE("the page's encoding is honoured, never guessed", "[html][encoding]") {
  SECTION("a Windows-1252 page with its <meta> charset") {
    CHECK(html_to_text("<meta charset=\"windows-1252\"><p>Council\x92s caf\xE9 \xA3"
                       "5</p>") == "Council’s café £5\n");
  }
  SECTION("an ISO-8859-1 label is read as browsers read it, as Windows-1252") {
    CHECK(html_to_text("<meta http-equiv=\"Content-Type\" content=\"text/html; "
                       "charset=ISO-8859-1\"><p>Council\x92s</p>") == "Council’s\n");
  }
  SECTION("valid UTF-8 is UTF-8 whatever the <meta> claims") {
    CHECK(html_to_text("<meta charset=\"windows-1252\"><p>Council’s £5</p>") == "Council’s £5\n");
  }
  SECTION("UTF-16 with a byte-order mark") {
    std::string bytes = "\xFF\xFE"s;
    for (char c : "<p>Caf\xE9</p>"s) {
      bytes += c;
      bytes += '\0';
    }
    CHECK(html_to_text(bytes) == "Café\n");
  }
  SECTION("no declaration and ill-formed UTF-8: replacement characters, not Latin-1") {
    CHECK(html_to_text("<p>na\xC3\xAFve caf\xE9</p>") == "naïve caf\xEF\xBF\xBD\n");
  }
  SECTION("a UTF-8 byte-order mark") {
    CHECK(html_to_text("\xEF\xBB\xBF<p>Council’s</p>") == "Council’s\n");
  }
}

TEST_CASE("malformed HTML gives something sane", "[html][malformed]") {
  const std::string text = html_to_text(test::input_fixture("malformed.html"));
  CHECK(text.starts_with("Fictional Parish Council (21 003 562)\n"));
  CHECK(has(text, "\nDecision : Not upheld\n"));
  CHECK(has(text,
            "Mr F complained the Council ignored his report of a fence built without "
            "permission."));
  CHECK(has(text, "\n1. First point\n2. Second point\n3. Third point\n"));
  CHECK(has(text, "\nOutcome : No fault\n"));
  CHECK_FALSE(has(text, "Hidden by the comment"));
  CHECK_FALSE(has(text, "Broken page"));  // the <title> is not content
  CHECK(is_valid_utf8(text));

  for (std::string_view broken :
       {"", "<", "<html", "</p></p></div>", "<p>unclosed <b>bold <i>italic", "<!--", "&",
        "<![CDATA[x", "<ol start=\"99999999999999999999\"><li>big", "<li value=\"-5\">neg",
        "<table><td><tr><th>", "<dl><dd>no term</dd></dl>", "\xFF\xFE", "\xFE\xFF\xD8",
        "<meta charset=\"no-such-charset\"><p>caf\xE9</p>", "text only, no tags"}) {
    INFO(broken);
    const std::string out = html_to_text(broken);
    CHECK(is_valid_utf8(out));
    CHECK(out.find('\r') == std::string::npos);
  }
  CHECK(html_to_text("<ol start=\"-99999999999999999999\"><li>x</li></ol>") == "1. x\n");
  CHECK(html_to_text("text only, no tags") == "text only, no tags\n");
}

TEST_CASE("fixture: the saved decision page reads like its copied text", "[html][fixture]") {
  const std::string html = test::input_fixture("fictional_decision.html");
  const std::string copied = decode_text(test::input_fixture("fictional_decision.txt"));
  const std::string text = html_to_text(html);
  INFO(text);

  CHECK(
      text.starts_with("Fictional Borough Council (23 004 117)\n\n"
                       "Category : Adult care services > Charging\n\n"
                       "Decision : Upheld\n\nDecision date : 9 Mar 2024\n\n"
                       "The Ombudsman's final decision:\n\nSummary: Mr B complained"));
  for (const char* furniture :
       {"Skip to main content", "Make a complaint", "Contact us", "Home", "Adult care services\n",
        "Print this page", "Privacy", "cookies", "Accessibility", "Ombudsman home"}) {
    INFO(furniture);
    CHECK_FALSE(has(text, furniture));
  }
  // The copied text is the same lines plus the furniture a copy drags along, which read_page()
  // strips: line for line, the two agree.
  std::vector<std::string> expected;
  for (const std::string& line : test::trimmed_lines(copied)) {
    if (line != "Print this page" && line != "Review your privacy settings" &&
        line != "We use required cookies to make this site work.")
      expected.push_back(line);
  }
  CHECK(test::trimmed_lines(text) == expected);
  // And the page's text is already clean: decoding it changes nothing.
  CHECK(decode_text(text) == text);
}

TEST_CASE("[prop] random bytes never break the HTML reader", "[html][prop]") {
  const auto seed = GENERATE(take(200, random(0u, 0xFFFFFFFFu)));
  const std::string bytes = test::random_input(seed);
  INFO("seed " << seed << ", " << bytes.size() << " bytes");
  const std::string text = html_to_text(bytes);
  CHECK(is_valid_utf8(text));
  CHECK(text.find('\r') == std::string::npos);
  CHECK(text.find('\0') == std::string::npos);
  CHECK(test::no_trailing_white_space(text));
  if (!text.empty()) {
    CHECK(text.back() == '\n');
    CHECK(decode_text(text) == text);
  }
}
