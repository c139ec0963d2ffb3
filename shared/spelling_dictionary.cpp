#include "spelling_dictionary.hpp"

#include "analyzer.hpp"
#include "text_normaliser.hpp"

namespace ombud {

std::string spelling_form(std::string_view word) {
  if (word.size() < kMinSpellingWordBytes || word.size() > kMaxWordBytes) return {};
  bool ascii = true;
  for (const char ch : word) {
    const auto c = static_cast<unsigned char>(ch);
    if ((c >= '0' && c <= '9') || c == '_' || c == '\'') return {};
    if (c >= 0x80) ascii = false;
  }
  if (ascii) {
    // Most words: NFKC_Casefold of ASCII letters is their lower case, without ICU's cost.
    std::string out(word);
    for (char& c : out)
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return out;
  }
  std::string folded = fold_case(word);  // typographic apostrophes become '
  for (const char c : folded)
    if (c == '\'' || (c >= '0' && c <= '9')) return {};
  // Other scripts' digits are letters to this rule: rare enough not to matter.
  return folded.size() < kMinSpellingWordBytes ? std::string() : folded;
}

}  // namespace ombud
