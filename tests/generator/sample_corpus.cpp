#include "sample_corpus.hpp"

#include <algorithm>
#include <regex>

namespace ombud::test {

const std::vector<gen::GeneratedDecision>& sample_corpus() {
  static const std::vector<gen::GeneratedDecision> corpus = [] {
    const gen::Generator generator(kSampleSeed);
    std::vector<gen::GeneratedDecision> docs(kSampleSize);
    for (std::size_t i = 0; i < kSampleSize; ++i) generator.generate(i, docs[i]);
    return docs;
  }();
  return corpus;
}

SeenLayout seen_layout(std::string_view text) {
  const std::size_t first_line = text.find('\n');
  if (text.substr(first_line + 1).starts_with("Overview:")) return SeenLayout::kReport;
  if (text.find("\n\nCategory : ") != std::string_view::npos) return SeenLayout::kSavedPage;
  return SeenLayout::kStatement;
}

std::vector<Pence> pound_amounts(std::string_view text) {
  static const std::regex kPounds(R"(£(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d{2}))?)");
  std::vector<Pence> out;
  const std::string s(text);
  for (auto it = std::sregex_iterator(s.begin(), s.end(), kPounds); it != std::sregex_iterator();
       ++it) {
    std::string digits = (*it)[1].str();
    digits.erase(std::remove(digits.begin(), digits.end(), ','), digits.end());
    Pence pence = std::stoll(digits) * 100;
    if ((*it)[2].matched) pence += std::stoll((*it)[2].str());
    out.push_back(pence);
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

std::string_view section_between(std::string_view text, std::string_view heading,
                                 std::initializer_list<std::string_view> stops) {
  const std::string line = "\n" + std::string(heading) + "\n";
  const std::size_t start = text.find(line);
  if (start == std::string_view::npos) return {};
  std::size_t end = text.size();
  for (std::string_view stop : stops) {
    const std::size_t at = text.find("\n" + std::string(stop) + "\n", start + line.size());
    end = std::min(end, at == std::string_view::npos ? text.size() : at);
  }
  return text.substr(start + line.size(), end - start - line.size());
}

std::string_view remedy_section(std::string_view text) {
  std::string_view s = section_between(text, "Agreed action", {"Final decision"});
  if (s.empty()) s = section_between(text, "Recommendations", {});
  return s;
}

}  // namespace ombud::test
