#include "search/nearest_values.hpp"

#include <algorithm>

#include "parse/edit_distance.hpp"
#include "parse/name_words.hpp"
#include "text_normaliser.hpp"

namespace ombud {
namespace {

using schema::FieldId;

NameKind kind_of(FieldId field) {
  return field == FieldId::kOrganisation ? NameKind::kOrganisation : NameKind::kLabel;
}

std::vector<std::string> typed_words(FieldId field, std::string_view value) {
  std::vector<std::string> words = name_words(fold_case(value), kind_of(field));
  if (field == FieldId::kOrganisation && words.size() > 1)
    words.erase(std::remove(words.begin(), words.end(), "council"), words.end());
  return words;
}

// One typed word against one word of a value: 1, 3/4, 1/2 or 0 (nearest_values.hpp).
double word_score(std::string_view typed, std::string_view word) {
  if (typed == word) return 1;
  const std::size_t shorter = std::min(typed.size(), word.size());
  if (shorter >= 3 && (typed.starts_with(word) || word.starts_with(typed))) return 0.75;
  if (shorter >= 4) {
    const std::size_t slips = shorter >= 7 ? 2 : 1;
    if (edit_distance(typed, word) <= slips) return 0.5;
  }
  return 0;
}

// The best score of each typed word among the words of `candidate`, and in `extra` the number
// of its words that no typed word matched.
std::vector<double> word_scores(const std::vector<std::string>& typed, FieldId field,
                                std::string_view candidate, std::size_t* extra) {
  const std::vector<std::string> words = name_words(candidate, kind_of(field));
  std::vector<double> out;
  std::vector<bool> used(words.size());
  for (const std::string& t : typed) {
    double best = 0;
    std::size_t at = words.size();
    for (std::size_t i = 0; i < words.size(); ++i) {
      const double s = word_score(t, words[i]);
      if (s > best) {
        best = s;
        at = i;
      }
    }
    out.push_back(best);
    if (at < words.size()) used[at] = true;
  }
  if (extra != nullptr) {
    *extra = 0;
    for (std::size_t i = 0; i < words.size(); ++i) {
      // The word the filter leaves out is not one the user failed to type.
      const bool optional = field == FieldId::kOrganisation && words[i] == "council";
      if (!used[i] && !optional) ++*extra;
    }
  }
  return out;
}

// The weighted mean of `scores`.
double weighted(const std::vector<double>& scores, const std::vector<double>& weights) {
  double sum = 0, total = 0;
  for (std::size_t i = 0; i < scores.size(); ++i) {
    sum += scores[i] * weights[i];
    total += weights[i];
  }
  return total > 0 ? sum / total : 0;
}

}  // namespace

double value_similarity(FieldId field, std::string_view value, std::string_view candidate,
                        std::size_t* extra) {
  const std::vector<std::string> typed = typed_words(field, value);
  return weighted(word_scores(typed, field, candidate, extra),
                  std::vector<double>(typed.size(), 1.0));
}

std::vector<NearValue> rank_near_values(
    FieldId field, std::string_view value,
    const std::vector<std::pair<std::string, Xapian::doccount>>& candidates, std::size_t max) {
  const std::vector<std::string> typed = typed_words(field, value);
  struct Scored {
    NearValue near;
    std::vector<double> scores;  // per typed word
    std::size_t extra = 0;
  };
  std::vector<Scored> scored;
  std::vector<std::size_t> having(typed.size());  // values each typed word matches
  for (const auto& [candidate, count] : candidates) {
    Scored s{{candidate, count, 0}, {}, 0};
    s.scores = word_scores(typed, field, candidate, &s.extra);
    bool any = false;
    for (std::size_t i = 0; i < typed.size(); ++i) {
      if (s.scores[i] > 0) ++having[i];
      any = any || s.scores[i] > 0;
    }
    if (any) scored.push_back(std::move(s));
  }
  // A word few values have says more about which one was meant than one many have.
  std::vector<double> weights(typed.size());
  for (std::size_t i = 0; i < typed.size(); ++i)
    weights[i] = 1.0 / static_cast<double>(std::max<std::size_t>(having[i], 1));
  for (Scored& s : scored) s.near.score = weighted(s.scores, weights);
  std::erase_if(scored, [](const Scored& s) { return s.near.score < kNearEnough - 1e-9; });
  std::sort(scored.begin(), scored.end(), [](const Scored& a, const Scored& b) {
    if (a.near.score != b.near.score) return a.near.score > b.near.score;
    if (a.extra != b.extra) return a.extra < b.extra;
    if (a.near.count != b.near.count) return a.near.count > b.near.count;
    return a.near.value < b.near.value;
  });
  if (scored.size() > max) scored.resize(max);
  std::vector<NearValue> out;
  for (Scored& s : scored) out.push_back(std::move(s.near));
  return out;
}

std::vector<NearValue> nearest_values(const Xapian::Database& db, FieldId field,
                                      std::string_view value, std::size_t max) {
  const schema::Field& f = schema::field(field);
  const std::string prefix(f.prefix);
  std::vector<std::pair<std::string, Xapian::doccount>> candidates;
  for (auto it = db.allterms_begin(prefix); it != db.allterms_end(prefix); ++it)
    candidates.emplace_back((*it).substr(prefix.size()), it.get_termfreq());
  std::vector<NearValue> near = rank_near_values(field, value, candidates, max);

  // The term holds the value case-folded; its decisions' value slot holds it as written.
  for (NearValue& n : near) {
    const std::string term = prefix + n.value;
    const Xapian::PostingIterator first = db.postlist_begin(term);
    if (first == db.postlist_end(term)) continue;
    const std::string slot = db.get_document(*first).get_value(f.slot);
    std::string_view rest = slot;
    while (!rest.empty()) {
      const std::size_t cut = rest.find(schema::kListSeparator);
      const std::string_view one = rest.substr(0, cut);
      if (schema::term_value(one) == n.value) {
        n.value = std::string(one);
        break;
      }
      rest.remove_prefix(cut == std::string_view::npos ? rest.size() : cut + 1);
    }
  }
  return near;
}

}  // namespace ombud
