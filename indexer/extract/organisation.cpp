// Naming the organisation: tidy the title's name, or find named bodies in the text.
#include "extract/organisation.hpp"

#include <re2/re2.h>

#include <algorithm>
#include <array>
#include <map>
#include <vector>

#include "read/checked_pattern.hpp"
#include "read/text_util.hpp"

namespace ombud {
namespace {

std::string collapse_spaces(std::string_view s) {
  std::string out;
  bool space = false;
  for (char c : trim(s)) {
    if (c == ' ' || c == '\t') {
      space = true;
      continue;
    }
    if (space) out.push_back(' ');
    space = false;
    out.push_back(c);
  }
  return out;
}

// The patterns of this file (read/checked_pattern.hpp).
struct Patterns {
  const Pattern title_lead_in{
      "title_lead_in",
      R"((?i)^(?:(?:report (?:on|of) )?(?:an )?investigation into (?:a )?complaints? )"
      R"((?:(?:made )?(?:against|about) )|complaint against |decision on a complaint )"
      R"(against |re:? ))"};

  // Named bodies. A run of capitalised words (with "and", "of", "upon", "on", "in", "the"
  // between them) ending in a body word, or "London Borough of X" style names.
  const Pattern named_body{
      "named_body",
      R"(((?:London|Royal) Borough of [A-Z][\w'-]*(?: (?:and |upon |on |in |of )?[A-Z][\w'-]*)*)"
      R"(|(?:City|County|Borough|Council) of [A-Z][\w'-]*(?: (?:and |upon |on |of )?)"
      R"([A-Z][\w'-]*)*(?: (?:City|County|Borough|Metropolitan District|District) Council)?)"
      R"(|Transport for London|Greater London Authority)"
      R"(|(?:[A-Z][\w'.&-]* (?:(?:and|upon|on|of|in|the|le|next|under|with) )?){1,6}(?:Council|)"
      R"(Combined Authority|Fire and Rescue Authority|National Park Authority|Waste Authority|)"
      R"(Police and Crime Commissioner|Limited|Ltd|LLP|PLC|plc|Academy Trust|Trust))\b)"};
};

const PatternTable<Patterns> patterns("extract/organisation.cpp");

// Words that start a run but are not part of a body's name (sentence starts, titles, pronouns).
constexpr std::array<std::string_view, 45> kNotName = {
    "The",   "This",   "That",     "These",   "Those", "A",     "An",   "Full",  "Each",
    "Every", "Our",    "Its",      "His",     "Her",   "Their", "Both", "Whole", "Any",
    "In",    "On",     "At",       "By",      "For",   "From",  "To",   "When",  "While",
    "After", "Before", "Although", "However", "Then",  "So",    "But",  "And",   "Also",
    "As",    "If",     "Under",    "Mr",      "Mrs",   "Ms",    "Miss", "Dr",    "Another"};

// Words that are generic on their own: "County Council" names nothing.
constexpr std::array<std::string_view, 14> kGeneric = {
    "County",  "City",    "District", "Borough", "Metropolitan", "Town",     "Parish",
    "Council", "Limited", "Ltd",      "Trust",   "Authority",    "Combined", "Local"};

template <std::size_t N>
bool in(const std::array<std::string_view, N>& list, std::string_view w) {
  return std::find(list.begin(), list.end(), w) != list.end();
}

bool is_single_letter(std::string_view w) {
  return w.size() == 1 && w[0] >= 'A' && w[0] <= 'Z';
}

// Drops leading non-name words ("In Kent County Council" -> "Kent County Council"); empty when
// nothing specific is left ("The County Council").
std::string clean_candidate(std::string_view found) {
  std::vector<std::string_view> words;
  std::size_t start = 0;
  while (start < found.size()) {
    std::size_t sp = found.find(' ', start);
    if (sp == std::string_view::npos) sp = found.size();
    if (sp > start) words.push_back(found.substr(start, sp - start));
    start = sp + 1;
  }
  std::size_t first = 0;
  while (first < words.size() &&
         (in(kNotName, words[first]) || is_single_letter(words[first]) || words[first] == "and" ||
          words[first] == "of" || words[first] == "the"))
    ++first;
  bool specific = false;
  std::string out;
  for (std::size_t i = first; i < words.size(); ++i) {
    if (words[i].front() >= 'A' && words[i].front() <= 'Z' && !in(kGeneric, words[i]) &&
        !in(kNotName, words[i]))
      specific = true;
    if (!out.empty()) out.push_back(' ');
    out.append(words[i]);
  }
  return specific ? out : std::string();
}

}  // namespace

std::string organisation_from_title(std::string_view title_name) {
  std::string name = collapse_spaces(title_name);
  RE2::Replace(&name, patterns().title_lead_in, "");
  while (!name.empty() &&
         (name.back() == '-' || name.back() == ':' || name.back() == ',' || name.back() == ' '))
    name.pop_back();
  return name;
}

std::string organisation_from_text(std::string_view raw) {
  const std::string text = straighten_quotes(raw);
  re2::StringPiece input(text);
  std::string found;
  std::map<std::string, std::pair<int, std::size_t>> seen;  // name -> (count, first position)
  std::size_t order = 0;
  while (RE2::FindAndConsume(&input, patterns().named_body, &found)) {
    std::string name = clean_candidate(found);
    if (name.empty() || name.find("Ombudsman") != std::string::npos) continue;
    auto [it, inserted] = seen.try_emplace(name, 0, order++);
    ++it->second.first;
  }
  std::string best;
  int best_count = 0;
  std::size_t best_order = 0;
  for (const auto& [name, stats] : seen) {
    if (stats.first > best_count || (stats.first == best_count && stats.second < best_order)) {
      best = name;
      best_count = stats.first;
      best_order = stats.second;
    }
  }
  return best;
}

}  // namespace ombud
