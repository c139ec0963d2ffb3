// Choosing and rendering a passage the way Xapian 1.4's MSet::snippet does, over words read by
// SnippetWordReader. A window slides over the text's words; it holds at most `length` + 1 bytes,
// counted from the end of the word before its first. Each word adds its stem's relevance to the
// window's sum and halves it for the next copy; a word leaving the window doubles its stem's
// relevance and takes that off the sum (so a stem with c copies in the window adds r, r/2, ...,
// r/2^(c-1) whatever their order). The passage is the last window whose sum is at least as high as
// every sum before it. Rendering then cuts at the first word character, adds "…" (or the text
// given) where the passage does not start or end a sentence, keeps the sentence's closing
// punctuation, and wraps each marked word in the markers given, as MSet::snippet does.
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace ombud {

class PassageWindow {
 public:
  static constexpr std::int32_t kNoWeight = -1;

  // `length`: the snippet length in bytes; `relevance`: each weighed stem's current relevance,
  // indexed by the slot words give to add(), changed as words enter and leave.
  PassageWindow(std::size_t length, std::vector<double>& relevance);

  // The next word of the text: the offset just after it, and its slot in `relevance` or
  // kNoWeight for a word that weighs nothing.
  void add(std::size_t word_end, std::int32_t slot);

  // The chosen passage: the text from `begin` (0, or the end of the word before it) to `end`
  // (the end of its last word). Empty (0, 0) when every window weighed less than nothing.
  std::size_t best_begin() const { return best_begin_; }
  std::size_t best_end() const { return best_end_; }
  double best_sum() const { return best_sum_; }

 private:
  struct Entry {
    std::size_t end;
    std::int32_t slot;
  };

  std::vector<double>& relevance_;
  std::size_t length_;  // the snippet length + 1, for a space between words
  std::vector<Entry> entries_;
  std::size_t head_ = 0;   // entries_[head_...] are in the window
  std::size_t begin_ = 0;  // the end of the word before the window
  double sum_ = 0;
  std::size_t best_begin_ = 0;
  std::size_t best_end_ = 0;
  double best_sum_ = 0;
};

struct PassageMarkers {
  std::string start;
  std::string end;
  std::string omit;
};

// The passage (begin, end] of `text` as MSet::snippet renders it: '&', '<' and '>' of words
// escaped as HTML, `markers.start` and `markers.end` around each word `marked` says yes to.
std::string render_passage(std::string_view text, std::size_t begin, std::size_t end,
                           const std::function<bool(const std::string& word)>& marked,
                           const PassageMarkers& markers);

}  // namespace ombud
