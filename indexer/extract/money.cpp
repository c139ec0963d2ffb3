// Finding pound amounts in text.
#include "extract/money.hpp"

#include <re2/re2.h>

#include <algorithm>
#include <string>

#include "read/checked_pattern.hpp"

namespace ombud {
namespace {

// The patterns of this file (read/checked_pattern.hpp).
struct Patterns {
  // £ then whole pounds (with or without thousands commas), optional pence, optional multiplier.
  // k/m/bn must touch the number ("£2.5k"); the words may follow a space ("£1.2 million").
  const Pattern amount_re{"amount_re",
                          R"(£(?:\s|\x{00A0})?(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d{1,2}))?)"
                          R"((?:(k|m|bn)|\s?(thousand|million|billion))?\b)"};
};

const PatternTable<Patterns> patterns("extract/money.cpp");

constexpr Pence kMaxPounds = 1'000'000'000'000LL;

std::optional<Pence> to_pence(std::string_view whole, std::string_view fraction,
                              std::string_view multiplier) {
  long double pounds = 0;
  for (char c : whole) {
    if (c == ',') continue;
    pounds = pounds * 10 + (c - '0');
    if (pounds > static_cast<long double>(kMaxPounds)) return std::nullopt;
  }
  long double pence_part = 0;
  if (!fraction.empty()) {
    pence_part = (fraction[0] - '0') * 10;
    if (fraction.size() > 1) pence_part += fraction[1] - '0';
  }
  long double total = pounds * 100 + pence_part;
  if (multiplier == "k" || multiplier == "thousand") total *= 1e3L;
  if (multiplier == "m" || multiplier == "million") total *= 1e6L;
  if (multiplier == "bn" || multiplier == "billion") total *= 1e9L;
  if (total > static_cast<long double>(kMaxPounds) * 100) return std::nullopt;
  return static_cast<Pence>(total + 0.5L);
}

}  // namespace

std::vector<AmountMention> find_amounts(std::string_view text) {
  std::vector<AmountMention> out;
  re2::StringPiece input(text.data(), text.size());
  re2::StringPiece m[5];
  std::size_t pos = 0;
  while (pos < text.size()) {
    const std::size_t pound = text.find("\xC2\xA3", pos);
    if (pound == std::string_view::npos) break;
    if (patterns().amount_re.re().Match(input, pound, text.size(), RE2::ANCHOR_START, m, 5)) {
      const std::string_view multiplier = !m[3].empty()
                                              ? std::string_view(m[3].data(), m[3].size())
                                              : std::string_view(m[4].data(), m[4].size());
      const auto pence = to_pence(std::string_view(m[1].data(), m[1].size()),
                                  std::string_view(m[2].data(), m[2].size()), multiplier);
      const std::size_t end = static_cast<std::size_t>(m[0].data() - text.data()) + m[0].size();
      if (pence) out.push_back({*pence, pound, end});
      pos = end;
    } else {
      pos = pound + 2;
    }
  }
  return out;
}

std::vector<Pence> distinct_amounts(std::string_view text) {
  std::vector<Pence> out;
  for (const AmountMention& a : find_amounts(text)) out.push_back(a.pence);
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

std::optional<Pence> parse_pounds(std::string_view text) {
  const auto found = find_amounts(text);
  if (found.size() != 1 || found[0].begin != 0 || found[0].end != text.size()) return std::nullopt;
  return found[0].pence;
}

}  // namespace ombud
