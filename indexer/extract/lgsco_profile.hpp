// The Local Government and Social Care Ombudsman: decision statements and public reports as its
// website prints them (titles "Organisation (NN NNN NNN)", the "Category :" / "Decision :" /
// "Decision date :" block, sections from "The complaint" to "Final decision").
#pragma once

#include "extract/profile.hpp"

namespace ombud {

class LgscoRules final : public PageRules {
 public:
  bool is_heading(std::string_view name) const override;
  bool is_inline_heading(std::string_view name) const override;
  bool is_case_ref(std::string_view ref) const override;
};

class LgscoProfile final : public Profile {
 public:
  std::string_view name() const override { return "lgsco"; }
  const PageRules& rules() const override { return rules_; }
  int detect(std::string_view text, const TitleLine* title) const override;
  Decision extract(const DecisionPage& page) const override;

 private:
  LgscoRules rules_;
};

}  // namespace ombud
