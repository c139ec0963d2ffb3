#include "analyzer.hpp"

#include <unicode/brkiter.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utext.h>
#include <unicode/utf8.h>

#include <cstdint>
#include <stdexcept>

#include "schema.hpp"
#include "spelling_variants.hpp"

namespace ombud {
namespace {

constexpr std::size_t kStemCacheLimit = 200000;

// QueryParser's idea of a word character: letters, marks, numbers and connector punctuation.
bool is_word_char(UChar32 c) {
  if (c < 0x80) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
  }
  switch (u_charType(c)) {
    case U_UPPERCASE_LETTER:
    case U_LOWERCASE_LETTER:
    case U_TITLECASE_LETTER:
    case U_MODIFIER_LETTER:
    case U_OTHER_LETTER:
    case U_NON_SPACING_MARK:
    case U_ENCLOSING_MARK:
    case U_COMBINING_SPACING_MARK:
    case U_DECIMAL_DIGIT_NUMBER:
    case U_LETTER_NUMBER:
    case U_OTHER_NUMBER:
    case U_CONNECTOR_PUNCTUATION:
      return true;
    default:
      return false;
  }
}

bool is_apostrophe(UChar32 c) {
  return c == '\'' || c == 0x2019 || c == 0x2018 || c == 0x02BC;
}

bool is_digit(UChar32 c) {
  return c < 0x80 ? (c >= '0' && c <= '9') : u_charType(c) == U_DECIMAL_DIGIT_NUMBER;
}

bool is_upper(UChar32 c) {
  return c < 0x80 ? (c >= 'A' && c <= 'Z') : u_isupper(c);
}

// A span of ASCII word characters only ("council", "2023"): is_word_char() of every byte.
bool is_plain_ascii_word(std::string_view span) {
  for (const char ch : span) {
    const auto c = static_cast<unsigned char>(ch);
    if (c >= 0x80 || !is_word_char(c)) return false;
  }
  return true;
}

using CodePoint = Analyzer::CodePoint;

void decode(std::string_view text, std::size_t begin, std::size_t end,
            std::vector<CodePoint>& out) {
  out.clear();
  const auto* s = reinterpret_cast<const std::uint8_t*>(text.data());
  auto i = static_cast<int32_t>(begin);
  const auto n = static_cast<int32_t>(end);
  while (i < n) {
    const int32_t at = i;
    UChar32 c;
    U8_NEXT(s, i, n, c);
    out.push_back({c, static_cast<std::size_t>(at), static_cast<std::size_t>(i)});
  }
}

// "U.K." and "N.H.S": single upper-case letters each followed by a dot. QueryParser reads them as
// one word without the dots ("uk"); lower-case "e.g." stays separate letters.
bool is_acronym(const std::vector<CodePoint>& cps) {
  std::size_t letters = 0;
  for (std::size_t i = 0; i < cps.size(); ++i) {
    if (i % 2 == 0) {
      if (!is_upper(cps[i].c)) return false;
      ++letters;
    } else if (cps[i].c != '.') {
      return false;
    }
  }
  return letters >= 2;
}

class FoldingStemmer : public Xapian::StemImplementation {
 public:
  std::string operator()(const std::string& word) override {
    // MSet::snippet stems every word of every shown text: cache, as the index side does.
    auto it = cache_.find(word);
    if (it != cache_.end()) return it->second;
    if (cache_.size() >= kStemCacheLimit) cache_.clear();
    return cache_.emplace(word, english_(stemmer_input(word))).first->second;
  }
  std::string get_description() const override { return "ombud(nfkc_casefold+spelling+english)"; }

 private:
  Xapian::Stem english_{"english"};
  std::unordered_map<std::string, std::string> cache_;
};

}  // namespace

struct Analyzer::WordBreaker {
  std::unique_ptr<icu::BreakIterator> it;
};

Analyzer::Analyzer() : breaker_(std::make_unique<WordBreaker>()) {
  UErrorCode status = U_ZERO_ERROR;
  breaker_->it.reset(icu::BreakIterator::createWordInstance(icu::Locale::getRoot(), status));
  if (U_FAILURE(status) || !breaker_->it)
    throw std::runtime_error("ICU: cannot create a word BreakIterator");
}

Analyzer::~Analyzer() = default;

template <typename Emit>
void Analyzer::for_each_word(std::string_view utf8, Emit&& emit) {
  // The break iterator reads the UTF-8 in place (UText), so boundaries are byte offsets and a
  // word is a slice of the input: no conversion of the whole text to UTF-16 and back.
  UErrorCode status = U_ZERO_ERROR;
  UText* ut = utext_openUTF8(nullptr, utf8.data(), static_cast<int64_t>(utf8.size()), &status);
  if (U_FAILURE(status)) return;
  breaker_->it->setText(ut, status);
  if (U_FAILURE(status)) {
    utext_close(ut);
    return;
  }
  std::vector<CodePoint>& cps = code_points_;  // the current word, decoded once
  std::string word;
  int32_t start = breaker_->it->first();
  for (int32_t end = breaker_->it->next(); end != icu::BreakIterator::DONE;
       start = end, end = breaker_->it->next()) {
    if (breaker_->it->getRuleStatus() < UBRK_WORD_NONE_LIMIT) continue;  // spaces, punctuation
    const std::string_view span =
        utf8.substr(static_cast<std::size_t>(start), static_cast<std::size_t>(end - start));
    if (is_plain_ascii_word(span)) {
      // Most words: nothing to cut or join, so the rules below would give the span itself.
      word.assign(span);
      emit(word);
      continue;
    }
    decode(utf8, static_cast<std::size_t>(start), static_cast<std::size_t>(end), cps);
    if (is_acronym(cps)) {
      word.clear();
      for (const CodePoint& cp : cps)
        if (cp.c != '.') word.append(utf8.substr(cp.begin, cp.end - cp.begin));
      emit(word);
      continue;
    }
    // ICU joins across '.', ':' and ',' where QueryParser cuts: keep only what it keeps
    // ("1,000", "3.14", "council's"), cut the rest ("foo.bar" -> "foo", "bar").
    std::size_t piece = cps.size();  // index of the first code point of the current piece
    for (std::size_t i = 0; i <= cps.size(); ++i) {
      bool joins = i < cps.size() && is_word_char(cps[i].c);
      if (!joins && i < cps.size() && piece < cps.size() && i + 1 < cps.size()) {
        const UChar32 c = cps[i].c, prev = cps[i - 1].c, after = cps[i + 1].c;
        joins = ((c == '.' || c == ',') && is_digit(prev) && is_digit(after)) ||
                (is_apostrophe(c) && is_word_char(prev) && is_word_char(after));
      }
      if (joins) {
        if (piece == cps.size()) piece = i;
      } else if (piece < cps.size()) {
        word.assign(utf8.substr(cps[piece].begin, cps[i - 1].end - cps[piece].begin));
        emit(word);
        piece = cps.size();
      }
    }
  }
  breaker_->it->setText(icu::UnicodeString());  // let go of the UText before closing it
  utext_close(ut);
}

std::vector<std::string> Analyzer::words(std::string_view utf8) {
  std::vector<std::string> out;
  for_each_word(utf8, [&](const std::string& w) { out.push_back(w); });
  return out;
}

Analyzer::WordEntry& Analyzer::entry(const std::string& word) {
  auto it = word_cache_.find(word);
  if (it != word_cache_.end()) return it->second;
  WordEntry e;
  e.term = schema::kTextPrefix;
  e.term += english_(stemmer_input(word));
  e.spelling = spelling_form(word);
  return word_cache_.emplace(word, std::move(e)).first->second;
}

void Analyzer::limit_cache() {
  if (word_cache_.size() >= kStemCacheLimit) word_cache_.clear();
}

std::vector<std::string> Analyzer::terms(std::string_view utf8) {
  limit_cache();
  std::vector<std::string> out;
  for_each_word(utf8, [&](const std::string& w) {
    if (w.size() <= kMaxWordBytes) out.push_back(entry(w).term);
  });
  return out;
}

Xapian::termpos Analyzer::index_text(Xapian::Document& doc, std::string_view utf8,
                                     Xapian::termpos pos, SpellingCounts* spelling) {
  // The cache is only ever cleared between texts, so the entries counted below stay put
  // (unordered_map never moves its nodes) until they are handed over at the end.
  forget_counts();  // a count is left over only when the last text threw part-way
  limit_cache();
  for_each_word(utf8, [&](const std::string& w) {
    if (w.size() > kMaxWordBytes) return;
    WordEntry& e = entry(w);
    doc.add_posting(e.term, ++pos);
    if (spelling && !e.spelling.empty() && e.count_in_text++ == 0) counted_.push_back(&e);
  });
  // One look-up in `spelling` per distinct word, not one per word: most words of a text repeat.
  for (const WordEntry* e : counted_) (*spelling)[e->spelling] += e->count_in_text;
  forget_counts();
  return pos;
}

void Analyzer::forget_counts() {
  for (WordEntry* e : counted_) e->count_in_text = 0;
  counted_.clear();
}

Xapian::Stem Analyzer::stemmer() {
  return Xapian::Stem(new FoldingStemmer);
}

void Analyzer::configure(Xapian::QueryParser& parser) {
  parser.set_stemmer(stemmer());
  parser.set_stemming_strategy(Xapian::QueryParser::STEM_ALL);
  parser.add_prefix("", std::string(schema::kTextPrefix));
}

}  // namespace ombud
