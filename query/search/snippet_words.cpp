#include "search/snippet_words.hpp"

#include <xapian.h>

#include <limits>

namespace ombud {
namespace {

// MSet::snippet leaves longer words out of every passage's score.
constexpr std::size_t kMaxWordBytes = 64;
// An infix character that joins a word without being part of it (zero-width spaces and joiners).
constexpr unsigned kJoinsUnseen = std::numeric_limits<unsigned>::max();

inline unsigned lower(unsigned ch) {
  if (ch < 128) return (ch >= 'A' && ch <= 'Z') ? ch + ('a' - 'A') : ch;
  return Xapian::Unicode::tolower(ch);
}

bool is_digit(unsigned ch) {
  if (ch < 128) return ch >= '0' && ch <= '9';
  return Xapian::Unicode::get_category(ch) == Xapian::Unicode::DECIMAL_DIGIT_NUMBER;
}

inline void append(std::string& s, unsigned ch) {
  if (ch < 128)
    s.push_back(static_cast<char>(ch));
  else
    Xapian::Unicode::append_utf8(s, ch);
}

// What joins two runs of word characters into one word, as TermGenerator decides it: the
// character to keep in the word, kJoinsUnseen, or 0 when the word ends there.
unsigned infix_between_letters(unsigned ch) {
  switch (ch) {
    case '\'':
    case '&':
    case 0xb7:
    case 0x5f4:
    case 0x2027:
      return ch;
    case 0x2019:  // right single quotation mark, read as an apostrophe
    case 0x201b:
      return '\'';
    default:
      break;
  }
  if (ch >= 0x200b && (ch <= 0x200d || ch == 0x2060 || ch == 0xfeff)) return kJoinsUnseen;
  return 0;
}

unsigned infix_between_digits(unsigned ch) {
  switch (ch) {
    case ',':
    case '.':
    case ';':
    case 0x037e:
    case 0x0589:
    case 0x060d:
    case 0x07f8:
    case 0x2044:
    case 0xfe10:
    case 0xfe13:
    case 0xfe14:
      return ch;
    default:
      break;
  }
  if (ch >= 0x200b && (ch <= 0x200d || ch == 0x2060 || ch == 0xfeff)) return kJoinsUnseen;
  return 0;
}

bool is_ascii_upper(unsigned ch) {
  return ch >= 'A' && ch <= 'Z';
}

}  // namespace

bool is_non_ascii_word_char(unsigned ch) {
  return Xapian::Unicode::is_wordchar(ch);
}

bool is_non_ascii_space(unsigned ch) {
  return Xapian::Unicode::is_whitespace(ch);
}

unsigned non_ascii_char_at(std::string_view text, std::size_t at, std::size_t& next) {
  // Xapian's own decoder, so that invalid UTF-8 splits into the same characters. (GCC cannot
  // see that the iterator's constructor sets its sequence length for a non-empty string.)
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wmaybe-uninitialized"
  Xapian::Utf8Iterator it(text.data() + at, text.size() - at);
  const unsigned ch = *it;
  ++it;
#pragma GCC diagnostic pop
  next = static_cast<std::size_t>(it.raw() - text.data());
  return ch;
}

SnippetWordReader::SnippetWordReader(std::string_view text, std::size_t from)
    : text_(text), at_(from) {}

bool SnippetWordReader::next() {
  while (read_one()) {
    if (word_.size() <= kMaxWordBytes) return true;
  }
  return false;
}

bool SnippetWordReader::read_one() {
  const std::size_t size = text_.size();
  std::size_t after = 0;  // offset of the character after the current one
  unsigned ch = 0;
  for (;; at_ = after) {
    if (at_ >= size) return false;
    ch = snippet_char_at(text_, at_, after);
    if (is_snippet_word_char(ch)) break;
  }
  start_ = at_;
  word_.clear();

  // Capital initials with dots ("U.K.", "N.H.S"): one word without the dots, unless a letter or
  // digit follows at once.
  if (is_ascii_upper(ch)) {
    std::size_t p = at_;
    for (;;) {
      word_.push_back(static_cast<char>(lower(static_cast<unsigned char>(text_[p]))));
      ++p;
      if (p >= size || text_[p] != '.') break;
      ++p;
      if (p >= size || !is_ascii_upper(static_cast<unsigned char>(text_[p]))) break;
    }
    if (word_.size() > 1) {
      std::size_t unused = 0;
      if (p >= size || !is_snippet_word_char(snippet_char_at(text_, p, unused))) {
        at_ = end_ = p;
        return true;
      }
    }
    word_.clear();
  }

  // Runs of word characters, joined by an infix between two of them.
  std::size_t p = at_;  // the current word character
  unsigned current = lower(ch);
  for (;;) {
    unsigned previous = 0;
    for (;;) {
      append(word_, current);
      previous = current;
      p = after;
      if (p >= size) {
        at_ = end_ = p;
        return true;
      }
      ch = snippet_char_at(text_, p, after);
      if (!is_snippet_word_char(ch)) break;
      current = lower(ch);
    }
    // `ch` at p is not a word character; `after` follows it.
    if (after >= size) break;
    std::size_t after_next = 0;
    const unsigned next_ch = snippet_char_at(text_, after, after_next);
    if (!is_snippet_word_char(next_ch)) break;
    const unsigned infix = is_digit(previous) && is_digit(next_ch) ? infix_between_digits(ch)
                                                                   : infix_between_letters(ch);
    if (infix == 0) break;
    if (infix != kJoinsUnseen) append(word_, infix);
    current = lower(next_ch);
    p = after;
    after = after_next;
  }

  // Up to three '+' or '#' ("C++", "C#"), unless a word character follows them.
  const std::size_t length = word_.size();
  for (unsigned count = 0; ch == '+' || ch == '#';) {
    if (++count > 3) {
      word_.resize(length);
      break;
    }
    append(word_, ch);
    p = after;
    if (p >= size) {
      at_ = end_ = p;
      return true;
    }
    ch = snippet_char_at(text_, p, after);
  }
  if (is_snippet_word_char(ch)) word_.resize(length);
  at_ = end_ = p;
  return true;
}

}  // namespace ombud
