#include "search/term_words.hpp"

#include <map>

#include "analyzer.hpp"
#include "ascii.hpp"
#include "schema.hpp"

namespace ombud {

std::unordered_map<std::string, std::string> common_forms(
    const std::vector<std::string_view>& texts, const std::unordered_set<std::string>& terms) {
  Analyzer analyzer;
  Xapian::Stem stem = Analyzer::stemmer();  // the analyzer's folding and stemming, word by word
  std::unordered_map<std::string, std::string> term_of;  // lower-case word -> its term
  std::unordered_map<std::string, std::map<std::string, std::size_t>> tally;
  for (std::string_view text : texts) {
    for (const std::string& word : analyzer.words(text)) {
      if (word.size() > kMaxWordBytes) continue;  // not indexed
      std::string lower = ascii_lower(word);
      auto it = term_of.find(lower);
      if (it == term_of.end()) {
        const std::string term = std::string(schema::kTextPrefix) + stem(lower);
        it = term_of.emplace(lower, term).first;
      }
      if (terms.count(it->second) != 0) ++tally[it->second][lower];
    }
  }
  std::unordered_map<std::string, std::string> out;
  for (const auto& [term, forms] : tally) {
    const std::pair<const std::string, std::size_t>* best = nullptr;
    for (const auto& form : forms)
      if (best == nullptr || form.second > best->second) best = &form;  // map order breaks ties
    out.emplace(term, best->first);
  }
  return out;
}

}  // namespace ombud
