#include "print/terms_printer.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "print/csv_printer.hpp"

namespace ombud {
namespace {

std::string shown_word(const DistinctiveTerm& t) {
  return t.word_is_stem ? t.word + " (stem)" : t.word;
}

}  // namespace

std::string format_human_like(const LikeSummary& like, const Style& style) {
  if (like.case_ref.empty()) return {};
  std::string words;
  for (const std::string& w : like.words) words += (words.empty() ? "" : ", ") + w;
  if (words.empty()) words = "(none: its words are all too common or not words)";
  return fmt::format("Like {}, by its words: {}\n", style.case_ref(like.case_ref), words);
}

std::string format_human_terms(const DistinctiveTerms& terms, const Style& style) {
  if (!terms.asked) return {};
  std::string out = "\n" + style.bold("terms");
  out += style.dim(fmt::format(
      "  (words that set the matches apart: decisions with the word among the {} matches, "
      "and among all {})",
      terms.total, terms.collection));
  out += '\n';
  if (terms.terms.empty()) {
    out += terms.total == 0 ? "  (no matches)\n" : "  (no word is more frequent in the matches)\n";
    return out;
  }
  std::size_t width = 0;
  Xapian::doccount widest = 0;
  for (const DistinctiveTerm& t : terms.terms) {
    width = std::max(width, shown_word(t).size());
    widest = std::max(widest, t.matches);
  }
  const std::size_t count_width = std::to_string(widest).size();
  for (const DistinctiveTerm& t : terms.terms) {
    out += fmt::format("  {:<{}}  {:>{}}  {}\n", shown_word(t), width, t.matches, count_width,
                       t.collection);
  }
  if (terms.over < terms.total) {
    out += style.dim(fmt::format(
        "  (chosen from the best {} of the {} matches; the counts are over all of them)",
        terms.over, terms.total));
    out += '\n';
  }
  return out;
}

void add_terms_json(const SearchResult& result, nlohmann::ordered_json& summary) {
  if (!result.like.case_ref.empty())
    summary["like"] = {{"case_ref", result.like.case_ref}, {"words", result.like.words}};
  if (!result.terms.asked) return;
  nlohmann::ordered_json list = nlohmann::ordered_json::array();
  for (const DistinctiveTerm& t : result.terms.terms) {
    list.push_back({{"word", t.word},
                    {"stem", t.term.substr(schema::kTextPrefix.size())},
                    {"word_is_stem", t.word_is_stem},
                    {"matches", t.matches},
                    {"collection", t.collection},
                    {"weight", t.weight}});
  }
  summary["terms"] = std::move(list);
  summary["terms_over"] = result.terms.over;
}

std::string format_csv_terms(const DistinctiveTerms& terms) {
  const auto row = [](std::initializer_list<std::string> fields) {
    std::string out;
    for (const std::string& f : fields) out += (out.empty() ? "" : ",") + csv_field(f);
    return out + "\r\n";
  };
  std::string out = row({"word", "stem", "word_is_stem", "matches", "collection", "weight"});
  for (const DistinctiveTerm& t : terms.terms) {
    out += row({t.word, t.term.substr(schema::kTextPrefix.size()), t.word_is_stem ? "yes" : "no",
                std::to_string(t.matches), std::to_string(t.collection),
                fmt::format("{:.4f}", t.weight)});
  }
  return out;
}

}  // namespace ombud
