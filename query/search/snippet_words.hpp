// The words of a text as Xapian 1.4's MSet::snippet reads them: TermGenerator's rules (word
// characters, lowercased; "U.K." as one word; infixes such as the apostrophe in "council's" and
// the comma in "1,000"; up to three trailing '+' or '#'), each word with the byte offset just
// after it. The snippet maker scores and renders passages with these words, so that the passage
// it picks and the words it marks are the ones MSet::snippet would pick and mark. Reading can
// start at any white space character: no word spans one, so the words from there on are the same
// as those of a reading from the start.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace ombud {

namespace snippet_ascii {
// Xapian's classes of the ASCII characters, so that the common case needs no table lookup in
// the library (a unit test checks them against Xapian::Unicode).
constexpr bool is_word(unsigned ch) {
  return (ch >= '0' && ch <= '9') || (ch >= 'A' && ch <= 'Z') || (ch >= 'a' && ch <= 'z') ||
         ch == '_';
}
constexpr bool is_space(unsigned ch) {
  return ch <= ' ' || ch == 0x7f;  // control characters count as white space
}
}  // namespace snippet_ascii

bool is_non_ascii_word_char(unsigned ch);
bool is_non_ascii_space(unsigned ch);
unsigned non_ascii_char_at(std::string_view text, std::size_t at, std::size_t& next);

// Xapian's word characters (letters, marks, numbers, connector punctuation), as it decodes
// UTF-8: an invalid byte is a character of its own.
inline bool is_snippet_word_char(unsigned ch) {
  return ch < 128 ? snippet_ascii::is_word(ch) : is_non_ascii_word_char(ch);
}
// Xapian::Unicode::is_whitespace.
inline bool is_snippet_space(unsigned ch) {
  return ch < 128 ? snippet_ascii::is_space(ch) : is_non_ascii_space(ch);
}

// The character at `at` (a character boundary) and the offset of the next one.
inline unsigned snippet_char_at(std::string_view text, std::size_t at, std::size_t& next) {
  const auto byte = static_cast<unsigned char>(text[at]);
  if (byte < 0x80) {
    next = at + 1;
    return byte;
  }
  return non_ascii_char_at(text, at, next);
}

class SnippetWordReader {
 public:
  // Reads `text` from `from`, which must be 0 or the offset of a white space character or just
  // after the end of a word this reader returned.
  SnippetWordReader(std::string_view text, std::size_t from);

  // The next word: false at the end of the text. Words longer than Xapian's 64 bytes are
  // skipped, as MSet::snippet skips them.
  bool next();

  const std::string& word() const { return word_; }  // lowercased, as Xapian forms it
  std::size_t end() const { return end_; }           // the offset just after the word
  std::size_t start() const { return start_; }       // the offset of its first character

 private:
  bool read_one();

  std::string_view text_;
  std::size_t at_;
  std::string word_;
  std::size_t start_ = 0;
  std::size_t end_ = 0;
};

}  // namespace ombud
