// Finding Acts of Parliament: find "Act <year>", then walk back over the words of the name.
#include "extract/legislation.hpp"

#include <re2/re2.h>

#include <algorithm>
#include <array>

#include "ascii.hpp"
#include "read/checked_pattern.hpp"
#include "read/text_util.hpp"

namespace ombud {
namespace {

// The patterns of this file (read/checked_pattern.hpp).
struct Patterns {
  const Pattern act_year{"act_year", R"(\bAct\s+((?:1[2-9]|20)\d\d)\b)"};
};

const PatternTable<Patterns> patterns("extract/legislation.cpp");

// Small words that may sit inside a name ("Children and Families", "Town and Country Planning",
// "Local Government and Public Involvement in Health") but never start or end one.
constexpr std::array<std::string_view, 9> kJoiners = {"and", "of",  "for", "in",  "on",
                                                      "to",  "the", "etc", "etc."};

// Capitalised words that start sentences or citations but are not part of a name.
constexpr std::array<std::string_view, 34> kLeaders = {
    "The",      "In",        "Under",      "Of",      "And",     "For",      "By",
    "As",       "See",       "This",       "That",    "Section", "Sections", "Part",
    "Schedule", "Paragraph", "Regulation", "Chapter", "S",       "S.",       "Ss",
    "Both",     "Also",      "When",       "Where",   "If",      "Its",      "Their",
    "Our",      "Within",    "Following",  "Article", "Mr",      "Mrs"};

bool is_joiner(std::string_view w) {
  return std::find(kJoiners.begin(), kJoiners.end(), w) != kJoiners.end();
}

bool is_leader(std::string_view w) {
  return std::find(kLeaders.begin(), kLeaders.end(), w) != kLeaders.end();
}

// "Children", "(Miscellaneous", "Provisions)", "Anti-social", "Grants,": a word of a name.
bool is_name_word(std::string_view w) {
  while (!w.empty() && w.front() == '(') w.remove_prefix(1);
  if (w.empty()) return false;
  const char c = w.front();
  return c >= 'A' && c <= 'Z';
}

}  // namespace

std::vector<std::string> find_legislation(std::string_view raw) {
  const std::string text = straighten_quotes(raw);
  const std::string_view view = text;
  std::vector<std::string> out;
  re2::StringPiece input(view.data(), view.size());
  re2::StringPiece m[2];
  std::size_t pos = 0;
  while (pos < view.size() &&
         patterns().act_year.re().Match(input, pos, view.size(), RE2::UNANCHORED, m, 2)) {
    const std::size_t act = static_cast<std::size_t>(m[0].data() - view.data());
    pos = act + m[0].size();
    // Walk back word by word (at most 12, within the line) while the words can be a name.
    std::vector<std::string_view> words;
    std::size_t end = act;
    for (int n = 0; n < 12; ++n) {
      std::size_t e = end;
      while (e > 0 && view[e - 1] == ' ') --e;
      if (e == 0 || e == end) break;  // start of text, or no space: not a separate word
      std::size_t b = e;
      while (b > 0 && !is_ascii_space(view[b - 1])) --b;
      std::string_view w = view.substr(b, e - b);
      // A comma may end a word inside a name ("Housing Grants, Construction and Regeneration
      // Act"), but not after a year or a section number.
      if (w.ends_with(',') && !(is_name_word(w) && !words.empty())) break;
      if (!is_name_word(w) && !is_joiner(w)) break;
      words.push_back(w);
      end = b;
    }
    std::reverse(words.begin(), words.end());
    // Drop leading joiners and leaders ("of the", "Under the", "Section 17 of the").
    std::size_t first = 0;
    while (first < words.size() && (is_joiner(words[first]) || is_leader(words[first]))) ++first;
    if (first == words.size()) continue;
    // A name that starts after an unbalanced "(" keeps it out: "(Local Government Act 1974".
    std::string name;
    for (std::size_t i = first; i < words.size(); ++i) {
      std::string_view w = words[i];
      if (i == first) {
        while (!w.empty() && w.front() == '(' &&
               std::count(words[i].begin(), words[i].end(), ')') == 0)
          w.remove_prefix(1);
      }
      if (!name.empty()) name.push_back(' ');
      name.append(w);
    }
    if (name.empty()) continue;
    name += " Act ";
    name.append(m[1].data(), m[1].size());
    out.push_back(std::move(name));
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

}  // namespace ombud
