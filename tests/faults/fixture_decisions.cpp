#include "fixture_decisions.hpp"

#include <fmt/format.h>

#include "temp_dir.hpp"

namespace ombud::test {

std::string printed_case_ref(int n) {
  return fmt::format("{:02} {:03} {:03}", 20 + n % 6, (n / 1000) % 1000, n % 1000);
}

std::string fixture_decision(int n) {
  static const char* kCouncils[] = {"Harrowgate Vale District Council",
                                    "Kestrel Heath Borough Council", "Northmoor County Council",
                                    "Brackenford City Council"};
  static const char* kTopics[] = {"a delayed housing repair", "the charge for respite care",
                                  "a school transport refusal", "a missed refuse collection"};
  std::string text = fmt::format(
      "{} ({})\n\nCategory : Housing > Allocations\n\nDecision : Upheld\n\n"
      "Decision date : {} Mar 2023\n\nThe Ombudsman's final decision:\n\n"
      "Summary: Mr B complained about {}. The Council was at fault and has agreed to apologise "
      "and pay him £{}.\n\nThe complaint\n\n",
      kCouncils[n % 4], printed_case_ref(n), 1 + n % 28, kTopics[n % 4], 100 + n % 9 * 50);
  for (int i = 1; i <= 8; ++i) {
    text += fmt::format(
        "  {}. Mr B told us that on visit {} the officer from the Council did not record what was "
        "agreed, so the work on case {} slipped again and he had to chase it by telephone and "
        "letter over several weeks while his family waited.\n\n",
        i, i + n % 7, n);
  }
  text += fmt::format(
      "Agreed action\n\n  1. Within one month the Council will apologise to Mr B and pay him "
      "£{} for his time and trouble.\n\nFinal decision\n\n  1. I have completed my "
      "investigation. I uphold the complaint: there was fault causing injustice.\n",
      100 + n % 9 * 50);
  return text;
}

void write_fixture_decisions(const std::filesystem::path& dir, int first, int count) {
  for (int n = first; n < first + count; ++n)
    write_file(dir / fmt::format("d{:05}.txt", n), fixture_decision(n));
}

}  // namespace ombud::test
