// The one place where text becomes terms. Words are found with ICU's word BreakIterator, then cut
// and joined the way Xapian's QueryParser cuts query text, case-folded with NFKC_Casefold and
// stemmed with the English Snowball stemmer. The query side gives QueryParser the same
// normalisation through stemmer(), so a document's own sentences always find it.
#pragma once

#include <xapian.h>

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "spelling_dictionary.hpp"

namespace ombud {

// Words longer than this many UTF-8 bytes are not indexed (TermGenerator's default too): they are
// never real words, and Xapian's limit on a term is 245 bytes.
inline constexpr std::size_t kMaxWordBytes = 64;

class Analyzer {
 public:
  // One code point of a word, with its byte offsets in the text (an implementation detail the
  // word splitter shares with its helpers).
  struct CodePoint {
    int32_t c;
    std::size_t begin;
    std::size_t end;
  };

  Analyzer();
  ~Analyzer();
  Analyzer(const Analyzer&) = delete;
  Analyzer& operator=(const Analyzer&) = delete;

  // The words of `utf8` as QueryParser would see them, before folding and stemming.
  std::vector<std::string> words(std::string_view utf8);

  // The terms of `utf8` in order: each word folded, stemmed and given the text prefix.
  std::vector<std::string> terms(std::string_view utf8);

  // Adds the terms of `utf8` to `doc` with positions pos+1, pos+2, ...; returns the last
  // position used, so several texts can be indexed one after another.
  // With `spelling`, also counts each word there in its spelling_form() (spelling_dictionary.hpp),
  // for the index's spelling dictionary: one pass over the text for both.
  Xapian::termpos index_text(Xapian::Document& doc, std::string_view utf8, Xapian::termpos pos = 0,
                             SpellingCounts* spelling = nullptr);

  // The stemmer to give QueryParser (with the text prefix and STEM_ALL) and MSet::snippet:
  // NFKC_Casefold and one spelling (stemmer_input()), then English stemming, exactly as the
  // index side does. It caches its answers, so each thread needs its own.
  static Xapian::Stem stemmer();

  // Sets up `parser` to read free text into the terms index_text() writes: the stemmer above,
  // STEM_ALL, and the text prefix for unprefixed words (so wildcards expand over stems too).
  static void configure(Xapian::QueryParser& parser);

 private:
  template <typename Emit>
  void for_each_word(std::string_view utf8, Emit&& emit);
  // What the analyzer knows of one word as it appears in a text: its term, its spelling form
  // (empty when it has none), and while a text is indexed, how often it occurred there.
  struct WordEntry {
    std::string term;
    std::string spelling;
    Xapian::termcount count_in_text = 0;
  };
  WordEntry& entry(const std::string& word);
  void limit_cache();
  void forget_counts();  // sets the counts of counted_ back to 0 and empties it

  // ICU's word BreakIterator, behind a type of our own so that no ICU header reaches the
  // analyzer's users (shared/ links ICU privately).
  struct WordBreaker;
  std::unique_ptr<WordBreaker> breaker_;
  std::vector<CodePoint> code_points_;  // reused for every word, to save an allocation each
  Xapian::Stem english_{"english"};
  // Decision texts reuse a small vocabulary: caching each word's term and spelling form roughly
  // halves analysis time.
  std::unordered_map<std::string, WordEntry> word_cache_;
  std::vector<WordEntry*> counted_;  // the words of the text being indexed that have a count
};

}  // namespace ombud
