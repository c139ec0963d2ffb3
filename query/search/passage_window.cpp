#include "search/passage_window.hpp"

#include <xapian.h>

#include "search/snippet_words.hpp"

namespace ombud {
namespace {

// How much a word's relevance falls for each copy of it already in the window.
constexpr double kDecay = 2.0;

// How much punctuation a passage keeps before its first word or after its last.
constexpr std::size_t kMaxEdgePunctuation = 4;

bool ends_sentence(unsigned ch) {
  return ch == '.' || ch == '?' || ch == '!';
}

// Punctuation that belongs to the word after it: brackets and quotes that open, currency signs,
// and the ASCII marks MSet::snippet keeps.
bool opens_passage(unsigned ch) {
  const auto category = Xapian::Unicode::get_category(ch);
  if (category == Xapian::Unicode::CURRENCY_SYMBOL ||
      category == Xapian::Unicode::OPEN_PUNCTUATION ||
      category == Xapian::Unicode::INITIAL_QUOTE_PUNCTUATION)
    return true;
  switch (ch) {
    case '"':
    case '#':
    case '%':
    case '&':
    case '\'':
    case '+':
    case '-':
    case '/':
    case '<':
    case '@':
    case '\\':
    case '`':
    case '~':
    case 0xa1:  // inverted exclamation mark
    case 0xa7:  // section sign
    case 0xbf:  // inverted question mark
      return true;
    default:
      return false;
  }
}

// Punctuation that belongs to the word before it.
bool closes_passage(unsigned ch) {
  const auto category = Xapian::Unicode::get_category(ch);
  if (category == Xapian::Unicode::CURRENCY_SYMBOL ||
      category == Xapian::Unicode::CLOSE_PUNCTUATION ||
      category == Xapian::Unicode::FINAL_QUOTE_PUNCTUATION)
    return true;
  switch (ch) {
    case '"':
    case '%':
    case '\'':
    case '+':
    case '-':
    case '/':
    case '>':
    case '@':
    case '\\':
    case '`':
    case '~':
      return true;
    default:
      return false;
  }
}

void append_escaped(std::string& out, std::string_view text) {
  for (char c : text) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      default:
        out.push_back(c);
    }
  }
}

}  // namespace

PassageWindow::PassageWindow(std::size_t length, std::vector<double>& relevance)
    : relevance_(relevance), length_(length + 1) {}

void PassageWindow::add(std::size_t word_end, std::int32_t slot) {
  entries_.push_back({word_end, slot});
  if (slot != kNoWeight) {
    double& r = relevance_[static_cast<std::size_t>(slot)];
    sum_ += r;
    r /= kDecay;
  }
  while (word_end - begin_ > length_) {
    const Entry first = entries_[head_++];
    if (first.slot != kNoWeight) {
      double& r = relevance_[static_cast<std::size_t>(first.slot)];
      r *= kDecay;
      sum_ -= r;
    }
    begin_ = first.end;
    if (head_ == entries_.size()) break;  // a word longer than the window
  }
  if (head_ > 1024) {  // keep the buffer small: drop what has left the window
    entries_.erase(entries_.begin(), entries_.begin() + static_cast<std::ptrdiff_t>(head_));
    head_ = 0;
  }
  // At least as high, not higher: a later window with the same sum wins, as in MSet::snippet.
  if (sum_ >= best_sum_) {
    best_sum_ = sum_;
    best_begin_ = begin_;
    best_end_ = word_end;
  }
}

std::string render_passage(std::string_view text, std::size_t begin, std::size_t end,
                           const std::function<bool(const std::string& word)>& marked,
                           const PassageMarkers& markers) {
  std::string out;
  std::size_t at = begin;  // what is rendered so far ends here
  bool first = true;
  SnippetWordReader words(text, begin);
  while (words.next() && words.end() <= end) {
    std::size_t next = 0;
    if (first) {
      first = false;
      // The passage starts a sentence at the start of the text, or after ". " (or "?! ", ...).
      enum { kNo, kAfterStop, kYes } boundary = at == 0 ? kYes : kNo;
      for (std::size_t i = at; i < words.end(); i = next) {
        const unsigned ch = snippet_char_at(text, i, next);
        if (boundary == kNo && ends_sentence(ch)) {
          boundary = kAfterStop;
        } else if (boundary == kAfterStop) {
          if (is_snippet_space(ch))
            boundary = kYes;
          else if (!ends_sentence(ch))
            boundary = kNo;
        }
        if (is_snippet_word_char(ch)) {
          // At most 4 bytes of an opening bracket, quote, currency sign... before the word.
          if (i - at > kMaxEdgePunctuation) at = i;
          break;
        }
        if (!opens_passage(ch)) at = next;
      }
      if (boundary != kYes) out += markers.omit;
    }
    const bool mark = marked(words.word());
    if (mark) {
      // The characters between words stay outside the marks.
      for (std::size_t i = at; i < text.size(); i = next) {
        if (is_snippet_word_char(snippet_char_at(text, i, next))) {
          append_escaped(out, text.substr(at, i - at));
          at = i;
          break;
        }
      }
      out += markers.start;
    }
    append_escaped(out, text.substr(at, words.end() - at));
    at = words.end();
    if (mark) out += markers.end;
  }
  if (text.size() <= end) return out;
  // The sentence's closing punctuation if the passage ends one.
  bool stop = false;
  std::size_t i = end;
  for (std::size_t next = 0; i < text.size(); i = next) {
    const unsigned ch = snippet_char_at(text, i, next);
    if (stop && is_snippet_space(ch)) break;
    stop = ends_sentence(ch);
    if (is_snippet_word_char(ch)) break;
  }
  if (stop) {
    append_escaped(out, text.substr(end, i - end));
    return out;
  }
  // Else up to 4 closing brackets, quotes, ... (none if there are more), then the omission mark
  // unless the text ends there.
  std::size_t closing = 0;
  i = end;
  for (std::size_t next = 0; i < text.size(); i = next) {
    if (!closes_passage(snippet_char_at(text, i, next))) break;
    if (++closing > kMaxEdgePunctuation) {
      closing = 0;
      break;
    }
  }
  if (closing > 0) {
    append_escaped(out, text.substr(end, i - end));
    if (i >= text.size()) return out;
  }
  out += markers.omit;
  return out;
}

}  // namespace ombud
