// The corpus the statistical and consistency tests look at: 2,000 documents of one seed,
// generated once per test run, and small readers of its text that do not use the generator's
// own code (so a test compares two independent views of the same document).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "decision.hpp"
#include "generator.hpp"

namespace ombud::test {

inline constexpr std::size_t kSampleSize = 2000;
inline constexpr std::uint64_t kSampleSeed = 2024;

const std::vector<gen::GeneratedDecision>& sample_corpus();

// The layout a document is in, told from its text alone.
enum class SeenLayout { kStatement, kSavedPage, kReport };
SeenLayout seen_layout(std::string_view text);

// Every "£1,250" / "£94.50" / "£1000" in `text`, in pence, distinct and ascending.
std::vector<Pence> pound_amounts(std::string_view text);

// The remedy section: from "Agreed action" to "Final decision", or from "Recommendations" to
// the end; empty when there is none.
std::string_view remedy_section(std::string_view text);

// The text from the line `heading` to the next line in `stops`, or to the end.
std::string_view section_between(std::string_view text, std::string_view heading,
                                 std::initializer_list<std::string_view> stops);

}  // namespace ombud::test
