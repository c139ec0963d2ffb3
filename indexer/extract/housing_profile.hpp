// The Housing Ombudsman: determinations titled "<Landlord> (<9-digit case number>)", with a
// finding per complaint ("Severe maladministration", "Maladministration", "Service failure",
// "No maladministration", "Reasonable redress", "Outside jurisdiction", "Withdrawn") and
// "Orders" and "Recommendations" sections.
//
// The decision date is the "Decision date:" line where there is one; otherwise the first date
// written out in full ("28 March 2024") before the first section heading, which is where these
// determinations print it (under the title, or in the opening paragraph). A date further down is
// an event in the complaint's history, never taken.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "extract/profile.hpp"

namespace ombud {

class HousingRules final : public PageRules {
 public:
  bool is_heading(std::string_view name) const override;
  bool is_inline_heading(std::string_view name) const override;
  bool is_case_ref(std::string_view ref) const override;
};

class HousingProfile final : public Profile {
 public:
  std::string_view name() const override { return "housing"; }
  const PageRules& rules() const override { return rules_; }
  int detect(std::string_view text, const TitleLine* title) const override;
  Decision extract(const DecisionPage& page) const override;

 private:
  HousingRules rules_;
};

enum class HousingFinding {
  kSevereMaladministration,
  kMaladministration,
  kServiceFailure,
  kNoMaladministration,
  kReasonableRedress,
  kOutsideJurisdiction,
  kWithdrawn,
};

// The findings `text` states, in order of appearance.
std::vector<HousingFinding> housing_findings(std::string_view text);

// The outcome slug the findings add up to: any maladministration or service failure "upheld";
// otherwise any no maladministration or reasonable redress "not-upheld"; otherwise (all outside
// jurisdiction or withdrawn) "closed-after-initial-enquiries"; no findings: empty.
std::string housing_outcome(const std::vector<HousingFinding>& findings);

}  // namespace ombud
