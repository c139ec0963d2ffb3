#include "analyzer.hpp"

#include <unicode/brkiter.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <stdexcept>

#include "schema.hpp"
#include "text_normaliser.hpp"

namespace ombud {
namespace {

constexpr std::size_t kStemCacheLimit = 200000;

// QueryParser's idea of a word character: letters, marks, numbers and connector punctuation.
bool is_word_char(UChar32 c) {
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
  return u_charType(c) == U_DECIMAL_DIGIT_NUMBER;
}

// "U.K." and "N.H.S": single upper-case letters each followed by a dot. QueryParser reads them as
// one word without the dots ("uk"); lower-case "e.g." stays separate letters.
bool is_acronym(const icu::UnicodeString& s, int32_t begin, int32_t end) {
  int32_t letters = 0;
  int32_t i = begin;
  while (i < end) {
    UChar32 c = s.char32At(i);
    if (!u_isupper(c)) return false;
    i = s.moveIndex32(i, 1);
    ++letters;
    if (i == end) break;
    if (s.charAt(i) != u'.') return false;
    ++i;
  }
  return letters >= 2;
}

class FoldingStemmer : public Xapian::StemImplementation {
 public:
  std::string operator()(const std::string& word) override { return english_(fold_case(word)); }
  std::string get_description() const override { return "ombud(nfkc_casefold+english)"; }

 private:
  Xapian::Stem english_{"english"};
};

}  // namespace

Analyzer::Analyzer() {
  UErrorCode status = U_ZERO_ERROR;
  breaker_.reset(icu::BreakIterator::createWordInstance(icu::Locale::getRoot(), status));
  if (U_FAILURE(status) || !breaker_)
    throw std::runtime_error("ICU: cannot create a word BreakIterator");
}

Analyzer::~Analyzer() = default;

template <typename Emit>
void Analyzer::for_each_word(std::string_view utf8, Emit&& emit) {
  const icu::UnicodeString text = icu::UnicodeString::fromUTF8(
      icu::StringPiece(utf8.data(), static_cast<int32_t>(utf8.size())));
  breaker_->setText(text);
  std::string word;
  int32_t start = breaker_->first();
  for (int32_t end = breaker_->next(); end != icu::BreakIterator::DONE;
       start = end, end = breaker_->next()) {
    if (breaker_->getRuleStatus() < UBRK_WORD_NONE_LIMIT) continue;  // spaces, punctuation
    if (is_acronym(text, start, end)) {
      word.clear();
      for (int32_t i = start; i < end; i = text.moveIndex32(i, 1)) {
        if (text.charAt(i) != u'.') icu::UnicodeString(text.char32At(i)).toUTF8String(word);
      }
      emit(word);
      continue;
    }
    // ICU joins across '.', ':' and ',' where QueryParser cuts: keep only what it keeps
    // ("1,000", "3.14", "council's"), cut the rest ("foo.bar" -> "foo", "bar").
    int32_t piece = -1;
    for (int32_t i = start; i <= end;) {
      const UChar32 c = i < end ? text.char32At(i) : U_SENTINEL;
      const int32_t next = i < end ? text.moveIndex32(i, 1) : end + 1;
      bool joins = i < end && is_word_char(c);
      if (!joins && i < end && piece >= 0 && next < end) {
        const UChar32 prev = text.char32At(text.moveIndex32(i, -1));
        const UChar32 after = text.char32At(next);
        joins = ((c == '.' || c == ',') && is_digit(prev) && is_digit(after)) ||
                (is_apostrophe(c) && is_word_char(prev) && is_word_char(after));
      }
      if (joins) {
        if (piece < 0) piece = i;
      } else if (piece >= 0) {
        word.clear();
        text.tempSubStringBetween(piece, i).toUTF8String(word);
        emit(word);
        piece = -1;
      }
      i = next;
    }
  }
}

std::vector<std::string> Analyzer::words(std::string_view utf8) {
  std::vector<std::string> out;
  for_each_word(utf8, [&](const std::string& w) { out.push_back(w); });
  return out;
}

const std::string& Analyzer::stem(const std::string& word) {
  auto it = stem_cache_.find(word);
  if (it != stem_cache_.end()) return it->second;
  if (stem_cache_.size() >= kStemCacheLimit) stem_cache_.clear();
  std::string t(schema::kTextPrefix);
  t += english_(fold_case(word));
  return stem_cache_.emplace(word, std::move(t)).first->second;
}

std::vector<std::string> Analyzer::terms(std::string_view utf8) {
  std::vector<std::string> out;
  for_each_word(utf8, [&](const std::string& w) {
    if (w.size() <= kMaxWordBytes) out.push_back(stem(w));
  });
  return out;
}

Xapian::termpos Analyzer::index_text(Xapian::Document& doc, std::string_view utf8,
                                     Xapian::termpos pos) {
  for_each_word(utf8, [&](const std::string& w) {
    if (w.size() <= kMaxWordBytes) doc.add_posting(stem(w), ++pos);
  });
  return pos;
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
