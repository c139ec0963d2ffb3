// Text helpers the extractors share: quote straightening must map exactly the typographic quotes
// and leave every other byte alone, however the quotes sit in the text.
#include "read/text_util.hpp"

#include <catch2/catch.hpp>

using ombud::straighten_quotes;

TEST_CASE("typographic quotes become straight ones", "[text_util]") {
  CHECK(straighten_quotes("the Council’s ‘review’") == "the Council's 'review'");
  CHECK(straighten_quotes("“fresh perspective”") == "\"fresh perspective\"");
  CHECK(straighten_quotes("Mʼ 5′") == "M' 5'");
  CHECK(straighten_quotes("") == "");
  CHECK(straighten_quotes("plain ASCII text") == "plain ASCII text");
}

TEST_CASE("other characters sharing the quotes' lead bytes are kept", "[text_util]") {
  CHECK(straighten_quotes("£500 – a dash … and ʻokina") == "£500 – a dash … and ʻokina");
  CHECK(straighten_quotes("\xE2\x80") == "\xE2\x80");  // truncated at the end
  CHECK(straighten_quotes("\xCA") == "\xCA");
}

TEST_CASE("[prop] straightening is idempotent and leaves no curly quote", "[text_util][prop]") {
  const std::string pieces[] = {"a", "’", "‘", "“", "”", "ʼ", "′", "–", "£", " ", "\xE2", "\xCA"};
  auto seed = GENERATE(take(200, random(0, 1 << 30)));
  std::string text;
  unsigned state = static_cast<unsigned>(seed);
  for (int i = 0; i < 40; ++i) {
    state = state * 1103515245u + 12345u;
    text += pieces[(state >> 16) % std::size(pieces)];
  }
  const std::string once = straighten_quotes(text);
  CHECK(straighten_quotes(once) == once);
  CHECK(once.find("’") == std::string::npos);
  CHECK(once.find("“") == std::string::npos);
  CHECK(once.size() <= text.size());
}
