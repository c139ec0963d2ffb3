// decode_text(): every way a text file's bytes can arrive, and every way they can be refused.
#include "read/text_decoding.hpp"

#include <catch2/catch.hpp>
#include <filesystem>

#include "input_test_support.hpp"
#include "read/input_error.hpp"
#include "text_normaliser.hpp"

using namespace ombud;
using namespace std::string_literals;
using Catch::Matchers::Contains;
using Catch::Matchers::StartsWith;

namespace {

// The InputError decode_text() throws for `bytes`, or "(decoded)". Any other exception fails the
// test that called it.
std::string error_of(std::string_view bytes) {
  try {
    decode_text(bytes);
  } catch (const InputError& e) {
    return e.what();
  }
  return "(decoded)";
}

// `text` (ASCII and BMP only) as UTF-16 in the given byte order, with a byte-order mark.
std::string utf16(std::u16string_view text, bool big_endian) {
  std::string out;
  auto put = [&](char16_t u) {
    const char hi = static_cast<char>(u >> 8), lo = static_cast<char>(u & 0xFF);
    out += big_endian ? hi : lo;
    out += big_endian ? lo : hi;
  };
  put(u'\uFEFF');
  for (char16_t u : text) put(u);
  return out;
}

}  // namespace

TEST_CASE("plain UTF-8 passes through unchanged", "[decode]") {
  const std::string text =
      "Fictional Borough Council (23 004 117)\n\nCategory : A > B\n£150 – Mrs C’s\n";
  CHECK(decode_text(text) == text);
}

TEST_CASE("a UTF-8 byte-order mark is dropped", "[decode]") {
  CHECK(decode_text("\xEF\xBB\xBFTitle (21 010 500)\nBody\n") == "Title (21 010 500)\nBody\n");
}

TEST_CASE("UTF-16 LE with a byte-order mark is converted", "[decode]") {
  const std::string bytes = utf16(u"Council’s decision\r\n£150 paid\r\n", false);
  CHECK(decode_text(bytes) == "Council’s decision\n£150 paid\n");
}

TEST_CASE("UTF-16 BE with a byte-order mark is converted", "[decode]") {
  // A character outside the BMP arrives as a surrogate pair.
  std::string bytes = utf16(u"Title\n", true) + "\xD8\x3D\xDE\x00"s + "\x00\n"s;
  CHECK(decode_text(bytes) == "Title\n\xF0\x9F\x98\x80\n");
}

TEST_CASE("UTF-32 with a byte-order mark is converted", "[decode]") {
  const std::string bytes = "\xFF\xFE\x00\x00"s + "A\x00\x00\x00"s + "\xA3\x00\x00\x00"s;
  CHECK(decode_text(bytes) == "A£");
}

TEST_CASE("CRLF line ends become LF", "[decode]") {
  CHECK(decode_text("one\r\ntwo\r\n\r\nthree\r\n") == "one\ntwo\n\nthree\n");
}

TEST_CASE("lone CR line ends become LF", "[decode]") {
  CHECK(decode_text("one\rtwo\r\rthree") == "one\ntwo\n\nthree");
  CHECK(decode_text("mixed\r\nends\rand\n") == "mixed\nends\nand\n");
}

TEST_CASE("Unicode line and page separators become LF", "[decode]") {
  CHECK(decode_text("a\xE2\x80\xA8"
                    "b\xE2\x80\xA9"
                    "c\fd\ve\xC2\x85"
                    "f") == "a\nb\nc\nd\ne\nf");
}

TEST_CASE("an empty file is refused", "[decode]") {
  CHECK_THAT(error_of(""), StartsWith("empty file"));
}

TEST_CASE("a white-space-only file is refused as empty", "[decode]") {
  CHECK_THAT(error_of(" \t\r\n\n  \n"), StartsWith("empty file"));
  CHECK_THAT(error_of("\xC2\xA0\xE2\x80\x83\n"), StartsWith("empty file"));  // NBSP, em space
  CHECK_THAT(error_of("\xEF\xBB\xBF"), StartsWith("empty file"));            // a BOM alone
  CHECK_THAT(error_of(utf16(u"  \r\n", false)), StartsWith("empty file"));
}

TEST_CASE("NUL bytes mark a binary file, with the offset", "[decode]") {
  CHECK(error_of("text\0more"s) == "binary file (NUL byte at offset 4)");
  CHECK_THAT(error_of("\x89PNG\r\n\x1A\n\0\0\0\rIHDR"s),
             StartsWith("binary file (NUL byte at offset 8)"));
}

TEST_CASE("UTF-16 without a byte-order mark is refused with a hint", "[decode]") {
  const std::string bytes =
      "T\0i\0t\0l\0e\0 \0(\0"
      "2\0"
      "1\0)\0"s;
  const std::string error = error_of(bytes);
  CHECK_THAT(error, StartsWith("binary file (NUL byte at offset 1)"));
  CHECK_THAT(error, Contains("UTF-16 without a byte-order mark"));
}

TEST_CASE("a NUL character in UTF-16 text marks a binary file", "[decode]") {
  const std::string bytes = utf16(u"ab", false) + "\0\0"s;
  CHECK(error_of(bytes) == "binary file (NUL character at byte offset 6)");
}

TEST_CASE("many control characters mark a binary file, a stray one becomes a space", "[decode]") {
  CHECK(error_of("\x01\x02\x03\x04 some text") ==
        "binary file (control character U+0001 at byte offset 0)");
  std::string text(100, 'a');
  text[50] = '\x1B';
  CHECK(decode_text(text) == std::string(50, 'a') + " " + std::string(49, 'a'));
  // A DOS end-of-file mark is not content at all.
  CHECK(decode_text("Title\r\n\x1A") == "Title\n");
}

TEST_CASE("invalid UTF-8 is reported with its byte offset, never guessed", "[decode]") {
  // Windows-1252 "café" is not read as Windows-1252.
  CHECK_THAT(error_of("Title\ncaf\xE9\n"),
             StartsWith("invalid UTF-8 at byte offset 9 (line 2, byte 0xE9)"));
  CHECK_THAT(error_of("Council\x92s"), StartsWith("invalid UTF-8 at byte offset 7"));
  CHECK_THAT(error_of("a\x80"), StartsWith("invalid UTF-8 at byte offset 1"));       // stray trail
  CHECK_THAT(error_of("ab\xE2\x82"), StartsWith("invalid UTF-8 at byte offset 2"));  // truncated
  CHECK_THAT(error_of("\xE0\x80\xAF"), StartsWith("invalid UTF-8 at byte offset 0"));   // overlong
  CHECK_THAT(error_of("x\xED\xA0\x80"), StartsWith("invalid UTF-8 at byte offset 1"));  // surrogate
  CHECK_THAT(error_of("xy\xF4\x90\x80\x80"),
             StartsWith("invalid UTF-8 at byte offset 2"));  // > U+10FFFF
  // After a BOM the offset still counts the file's bytes.
  CHECK_THAT(error_of("\xEF\xBB\xBFok\xFF"), StartsWith("invalid UTF-8 at byte offset 5"));
  CHECK_THAT(error_of("caf\xE9"), Contains("Windows-1252"));
}

TEST_CASE("invalid UTF-16 is reported with its byte offset", "[decode]") {
  // An unpaired high surrogate at bytes 4..5.
  const std::string unpaired = utf16(u"a", false) + "\x00\xD8"s + "b\0"s;
  CHECK_THAT(error_of(unpaired), StartsWith("invalid UTF-16 at byte offset 4"));
  // An odd number of bytes ends inside a code unit.
  CHECK_THAT(error_of(utf16(u"ab", false) + "c"), StartsWith("invalid UTF-16 at byte offset 6"));
}

TEST_CASE("non-breaking and other Unicode spaces become plain spaces", "[decode]") {
  // U+00A0, U+2007 figure space, U+202F narrow NBSP, U+3000 ideographic space.
  CHECK(decode_text("pay\xC2\xA0£150 on 14\xE2\x80\x87Jun\xE2\x80\xAF"
                    "2022\xE3\x80\x80x") == "pay £150 on 14 Jun 2022 x");
  // A byte-order mark inside the text (two files joined) is dropped.
  CHECK(decode_text("one\xEF\xBB\xBFtwo") == "onetwo");
}

TEST_CASE("trailing white space is stripped from every line, indentation kept", "[decode]") {
  CHECK(decode_text("Title  \n  1. First\t \n\xC2\xA0\n  - item\xC2\xA0\n") ==
        "Title\n  1. First\n\n  - item\n");
}

TEST_CASE("fixture: a decision saved with Windows line endings", "[decode][fixture]") {
  const std::string bytes = test::input_fixture("windows_line_endings.txt");
  REQUIRE(bytes.find("\r\n") != std::string::npos);  // the fixture kept its CRLFs
  const std::string text = decode_text(bytes);
  CHECK(text.find('\r') == std::string::npos);
  CHECK(std::count(text.begin(), text.end(), '\n') == std::count(bytes.begin(), bytes.end(), '\n'));
  CHECK(text.starts_with(
      "Fictional District Council (22 017 305)\nThe Ombudsman's final decision:\n"));
  CHECK(test::no_trailing_white_space(text));
}

TEST_CASE("fixture: the copied-text decision loses its non-breaking space", "[decode][fixture]") {
  const std::string bytes = test::input_fixture("fictional_decision.txt");
  REQUIRE(bytes.find("\xC2\xA0") != std::string::npos);
  const std::string text = decode_text(bytes);
  CHECK(text.find("\xC2\xA0") == std::string::npos);
  CHECK(text.find("emails. This was fault.") != std::string::npos);
}

TEST_CASE("seed decisions decode without losing a line", "[decode][seeds]") {
  namespace fs = std::filesystem;
  if (!fs::is_directory(OMBUD_SEEDS_DIR)) {
    WARN("no seeds folder at " OMBUD_SEEDS_DIR ": skipped");
    return;
  }
  int seen = 0;
  for (const auto& entry : fs::directory_iterator(OMBUD_SEEDS_DIR)) {
    if (entry.path().extension() != ".txt") continue;
    ++seen;
    INFO(entry.path().string());
    const std::string bytes = test::read_bytes(entry.path().string());
    const std::string text = decode_text(bytes);
    CHECK(is_valid_utf8(text));
    CHECK(std::count(text.begin(), text.end(), '\n') ==
          std::count(bytes.begin(), bytes.end(), '\n'));
    CHECK(test::trimmed_lines(text).front() == test::trimmed_lines(bytes).front());
  }
  CHECK(seen > 0);
}

TEST_CASE("[prop] random bytes decode to clean text or an InputError", "[decode][prop]") {
  const auto seed = GENERATE(take(200, random(0u, 0xFFFFFFFFu)));
  const std::string bytes = test::random_input(seed);
  INFO("seed " << seed << ", " << bytes.size() << " bytes");
  std::string text;
  try {
    text = decode_text(bytes);
  } catch (const InputError& e) {
    CHECK(std::string(e.what()).size() > 0);
    return;
  }
  CHECK(is_valid_utf8(text));
  CHECK(text.find('\r') == std::string::npos);
  CHECK(text.find('\0') == std::string::npos);
  CHECK(text.find("\xC2\xA0") == std::string::npos);
  CHECK(test::no_trailing_white_space(text));
  // Clean text is a fixed point: decoding it again changes nothing.
  CHECK(decode_text(text) == text);
}
