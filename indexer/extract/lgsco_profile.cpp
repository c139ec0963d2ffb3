// The LGSCO profile: its headings and references, and its facts.
#include "extract/lgsco_profile.hpp"

#include <re2/re2.h>

#include "case_ref.hpp"
#include "extract/category.hpp"
#include "extract/decision_date.hpp"
#include "extract/organisation.hpp"
#include "extract/outcome_inference.hpp"
#include "extract/profile.hpp"
#include "extract/section_kinds.hpp"
#include "field_vocabulary.hpp"
#include "read/checked_pattern.hpp"
#include "read/input_error.hpp"
#include "read/text_util.hpp"

namespace ombud {
namespace {

// The patterns of this file (read/checked_pattern.hpp).
struct Patterns {
  // Top-level headings of LGSCO decision statements and reports (normalised: lower case,
  // straight apostrophes, no trailing colon). Sub-headings inside "What I found" ("Analysis",
  // "What happened", a topic) are left in their section's text, except the common ones, which do
  // no harm as sections. The remedy headings are section_kinds.hpp's.
  const Pattern heading_re{
      "heading_re",
      R"((?:the )?ombudsman'?s? (?:final |provisional |draft )?decision)"
      R"(|(?:the |my |our )?(?:final |provisional |draft )?decision)"
      R"(|(?:report |complaint )?summary|summary of (?:the )?(?:complaint|decision|report|findings))"
      R"(|overview|key to names used)"
      R"(|(?:the )?complaints?|what the complaint is about|the complaint and background)"
      R"(|(?:the )?(?:ombudsman'?s|our) role(?: and powers)?|role and powers)"
      R"(|legal and administrative background|relevant (?:law|legislation)(?: and guidance)?)"
      R"(|(?:the )?law and guidance|legislation and guidance)"
      R"(|what (?:i|we) (?:have )?(?:and (?:have|did) not )?investigated(?: and why)?)"
      R"(|what (?:i|we) (?:have|did) not investigated?(?: and why)?)"
      R"(|(?:the )?(?:parts?|aspects?) of (?:the|mr \w+'?s?|mrs \w+'?s?|ms \w+'?s?|miss \w+'?s?) )"
      R"(complaints? (?:that )?(?:i|we) (?:did not|have not|will not|cannot|could not) )"
      R"(investigated?(?: and why)?)"
      R"(|how (?:i|we) (?:have )?considered (?:this|the|your) complaints?)"
      R"(|what (?:i|we) (?:have )?found|findings?|conclusions?|(?:my|our) assessment)"
      R"(|background|analysis|key facts|what happened)"
      R"(|[a-z' ]{0,60}decision on behalf of the (?:local government (?:and social care )?)?)"
      R"(ombudsman|)" +
          std::string(kActionHeadingPattern)};

  const Pattern inline_heading_re{
      "inline_heading_re",
      R"((?:report |complaint )?summary|summary of (?:the )?complaint|findings?|final decision)"
      R"(|decision|(?:the )?ombudsman'?s (?:final )?decision|conclusions?)"
      R"(|recommendations?|(?:agreed |recommended )?actions?)"};

  const Pattern report_wording{
      "report_wording",
      R"((?i)section 31\(2\)|consider (?:the|this|our) report(?: at its full council)?,? and )"
      R"(confirm|satisfied with (?:the )?council'?s response)"};

  // Wording only the LGSCO's pages use, for detecting them without a title line.
  const Pattern markers{"markers",
                        R"(Local Government and Social Care Ombudsman|Local Government Ombudsman|)"
                        R"(Local Government Act 1974)"};
};

const PatternTable<Patterns> patterns("extract/lgsco_profile.cpp");

// Sections whose wording settles an unstated outcome, most decisive first.
const std::vector<std::vector<std::string_view>>& decisive_sections() {
  static const std::vector<std::vector<std::string_view>> groups = {
      {"final decision", "decision", "our decision", "my decision", "the ombudsman's decision",
       "ombudsman's decision"},
      {"finding", "findings"},
      summary_headings(),
      {"the ombudsman's final decision", "ombudsman's final decision",
       "the ombudsmans final decision"},
      {"conclusion", "conclusions"},
      {"my assessment", "our assessment"},
  };
  return groups;
}

// Public reports carry these headings; decision statements do not.
bool has_report_heading(const DecisionPage& page) {
  return page.find_section({"key to names used", "report summary", "finding", "overview"}) !=
         nullptr;
}

bool is_report(const DecisionPage& page) {
  if (page.title_name.empty()) return true;  // old public-report pages: only the reference
  if (has_report_heading(page)) return true;
  if (!page.meta("ombudsman satisfied with council's response").empty() ||
      !page.meta("council's response").empty())
    return true;
  return RE2::PartialMatch(straighten_quotes(remedy_text(page)), patterns().report_wording);
}

void set_outcome(const DecisionPage& page, Decision& d) {
  if (const auto slug = stated_outcome_slug(page.meta("decision"))) {
    d.outcome = *slug;
    d.outcome_source = "stated";
    return;
  }
  for (const auto& group : decisive_sections()) {
    const std::string text = sections_text(page, group);
    if (text.empty()) continue;
    const OutcomeSignal signal = classify_outcome(text);
    if (signal == OutcomeSignal::kNone) continue;
    if (signal == OutcomeSignal::kAmbiguous) break;
    d.outcome = std::string(outcome_slug(signal));
    d.outcome_source = "inferred";
    return;
  }
  // An assessment-stage decision that says nothing decisive was still closed at assessment.
  if (page.find_section({"my assessment", "our assessment"}) &&
      !page.find_section({"what i found", "what we found"}) && remedy_text(page).empty()) {
    d.outcome = slug(Outcome::kClosedAfterInitialEnquiries);
    d.outcome_source = "inferred";
    return;
  }
  d.outcome = slug(Outcome::kUnknown);
  d.outcome_source = "unknown";
}

}  // namespace

bool LgscoRules::is_heading(std::string_view name) const {
  return RE2::FullMatch(name, patterns().heading_re);
}

bool LgscoRules::is_inline_heading(std::string_view name) const {
  return RE2::FullMatch(name, patterns().inline_heading_re);
}

bool LgscoRules::is_case_ref(std::string_view ref) const {
  return canonical_case_ref(ref).has_value();
}

int LgscoProfile::detect(std::string_view text, const TitleLine* title) const {
  if (title && rules_.is_case_ref(title->ref)) return kOwnTitleScore;
  return RE2::PartialMatch(text, patterns().markers) ? 10 : 1;
}

Decision LgscoProfile::extract(const DecisionPage& page) const {
  if (page.title_ref.empty()) throw InputError("no case reference in the title line");
  const auto ref = canonical_case_ref(page.title_ref);
  if (!ref)
    throw InputError("'" + page.title_ref + "' in the title line is not an LGSCO case reference");

  Decision d;
  d.source = "lgsco";
  d.case_ref = *ref;
  d.title = page.title;
  d.organisation = page.title_name.empty() ? organisation_from_text(page.text)
                                           : organisation_from_title(page.title_name);
  d.doc_type = is_report(page) ? "report" : "decision";

  auto [category, subcategory] = split_category(page.meta("category"));
  d.category = std::move(category);
  d.subcategory = std::move(subcategory);

  set_outcome(page, d);

  for (std::string_view key : {"decision date", "date of decision"}) {
    const std::string_view value = page.meta(key);
    if (value.empty()) continue;
    if (const auto date = parse_decision_date(value)) {
      d.decision_date = date->iso();
      break;
    }
  }

  read_common_facts(page, d);
  return d;
}

}  // namespace ombud
