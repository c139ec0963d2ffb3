// The list of profiles and the choice between them.
#include "extract/profile.hpp"

#include <array>
#include <string>

#include "extract/housing_profile.hpp"
#include "extract/legislation.hpp"
#include "extract/lgsco_profile.hpp"
#include "extract/money.hpp"
#include "extract/regulator_sharing.hpp"
#include "extract/remedy_kinds.hpp"
#include "extract/remedy_payments.hpp"
#include "extract/section_kinds.hpp"
#include "extract/summary_remedies.hpp"
#include "read/input_error.hpp"

namespace ombud {
namespace {

class AnySourceRules final : public PageRules {
 public:
  bool is_heading(std::string_view name) const override {
    for (const Profile* p : all_profiles())
      if (p->rules().is_heading(name)) return true;
    return false;
  }
  bool is_inline_heading(std::string_view name) const override {
    for (const Profile* p : all_profiles())
      if (p->rules().is_inline_heading(name)) return true;
    return false;
  }
  bool is_case_ref(std::string_view ref) const override {
    for (const Profile* p : all_profiles())
      if (p->rules().is_case_ref(ref)) return true;
    return false;
  }
};

// The remedy sections' payments and kinds; when they give none (there are none, or they ask for
// nothing), what the Summary states the organisation agreed or was recommended to do. Where both
// state a remedy, the remedy sections win: they are the decision's own list.
void read_remedies(const DecisionPage& page, Decision& d) {
  const std::string sections = remedy_text(page);
  d.remedy_payments = remedy_payments(sections);
  d.remedies = remedy_kinds(sections, !d.remedy_payments.empty());
  if (!d.remedies.empty()) {
    d.remedy_source = "sections";
    return;
  }
  const std::string stated = summary_remedy_statements(sections_text(page, summary_headings()));
  d.remedy_payments = remedy_payments(stated);
  d.remedies = remedy_kinds(stated, !d.remedy_payments.empty(), UnknownAction::kNothing);
  if (!d.remedies.empty()) d.remedy_source = "summary";
}

}  // namespace

void read_common_facts(const DecisionPage& page, Decision& d) {
  d.ofsted_shared = shared_with_ofsted(page.text);
  d.cqc_shared = shared_with_cqc(page.text);
  d.amounts = distinct_amounts(page.text);
  read_remedies(page, d);
  d.legislation = find_legislation(page.text);
  d.sections = page.sections;
  d.text = page.text;
}

std::span<const Profile* const> all_profiles() {
  static const LgscoProfile lgsco;
  static const HousingProfile housing;
  static const std::array<const Profile*, 2> profiles = {&lgsco, &housing};
  return profiles;
}

const Profile* find_profile(std::string_view name) {
  for (const Profile* p : all_profiles())
    if (p->name() == name) return p;
  return nullptr;
}

ProfileChoice choose_profile(std::string_view name, std::string_view text) {
  TitleLine title;
  if (name != "auto") {
    const Profile* p = find_profile(name);
    if (!p) throw InputError("unknown profile '" + std::string(name) + "'");
    if (!find_title_line(text, p->rules(), title)) return {*p, std::nullopt};
    return {*p, std::move(title)};
  }
  bool has_title = find_title_line(text, any_source_rules(), title);
  const Profile* best = all_profiles().front();
  int best_score = -1;
  for (const Profile* p : all_profiles()) {
    const int score = p->detect(text, has_title ? &title : nullptr);
    if (score > best_score) {
      best = p;
      best_score = score;
    }
    // Nothing scores more, and ties go to the earlier profile: the others need not scan the
    // text (nearly every decision names its own source in its title line).
    if (best_score == Profile::kOwnTitleScore) break;
  }
  // Every line before the title any source's rules found was refused by every profile, the
  // chosen one too: that title is the chosen profile's when its reference is of its form, and
  // otherwise the chosen profile's, if any, comes later.
  if (has_title && !best->rules().is_case_ref(title.ref))
    has_title = find_title_line(text, best->rules(), title, title.line + 1);
  if (!has_title) return {*best, std::nullopt};
  return {*best, std::move(title)};
}

const PageRules& any_source_rules() {
  static const AnySourceRules rules;
  return rules;
}

}  // namespace ombud
