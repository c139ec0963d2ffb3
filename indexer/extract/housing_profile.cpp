// The Housing Ombudsman profile: its headings and references, its findings and its facts.
#include "extract/housing_profile.hpp"

#include <re2/re2.h>

#include <algorithm>

#include "ascii.hpp"
#include "extract/category.hpp"
#include "extract/decision_date.hpp"
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
  const Pattern heading_re{
      "heading_re",
      R"((?:our|the ombudsman'?s) approach|(?:the )?complaints?|what the complaint is about)"
      R"(|background(?: and summary of events)?|summary of events|events|what happened)"
      R"(|(?:the )?scope of (?:the |this |our )?investigation|jurisdiction)"
      R"(|assessment(?: and findings)?|findings?|summary of findings|(?:the )?summary)"
      R"(|determinations?(?: \(decision\))?|(?:our |the ombudsman'?s )?decision|conclusions?)"
      R"(|recommendations?|reasons?)"
      R"(|policies(?:,)? (?:and )?procedures(?: and guidance)?|legal and policy framework)"
      R"(|relevant (?:policies|law|legislation)(?:,? (?:policies )?and (?:procedures|guidance))?)"
      R"(|(?:the )?landlord'?s (?:complaints? handling|response)|complaints? handling)"
      R"(|(?:the )?ombudsman'?s (?:role|investigation)|learning)"
      R"(|[a-z' ]{0,60}on behalf of the (?:housing )?ombudsman|)" +
          std::string(kOrderHeadingPattern)};

  const Pattern inline_heading_re{"inline_heading_re",
                                  R"((?:the )?summary|determination|findings?|(?:our )?decision)"};

  const Pattern housing_ref_re{"housing_ref_re", R"(\d{9})"};

  const Pattern finding_re{
      "finding_re", R"((?i)\b(severe maladministration|no maladministration|maladministration|)"
                    R"(no service failure|service failure|reasonable redress|)"
                    R"(resolves? the complaint satisfactorily|)"
                    R"(outside (?:of )?(?:the (?:housing )?ombudsman'?s |our )?jurisdiction|)"
                    R"(not within (?:the (?:housing )?ombudsman'?s |our )?jurisdiction|)"
                    R"(out of jurisdiction|withdrawn)\b)"};

  const Pattern written_date_re{
      "written_date_re",
      R"((?i)\b(\d{1,2}(?:st|nd|rd|th)? (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? )"
      R"(\d{4})\b)"};

  // For detecting the Housing Ombudsman's pages without a title line.
  const Pattern housing_ombudsman{"housing_ombudsman", R"(Housing Ombudsman)"};
  const Pattern landlord{"landlord", R"((?i)\blandlord\b)"};
};

const PatternTable<Patterns> patterns("extract/housing_profile.cpp");

// Sections where the findings are stated, and those that only explain the scheme.
const std::vector<std::string_view> kFindingSections = {"determination (decision)",
                                                        "determination",
                                                        "determinations",
                                                        "findings",
                                                        "finding",
                                                        "summary of findings",
                                                        "decision",
                                                        "our decision",
                                                        "the ombudsman's decision",
                                                        "conclusion",
                                                        "conclusions",
                                                        "summary",
                                                        "the summary"};
const std::vector<std::string_view> kExplanatorySections = {
    "our approach", "the ombudsman's approach", "jurisdiction", "the ombudsman's role"};

std::optional<Date> first_written_date(std::string_view text) {
  re2::StringPiece input(text.data(), text.size());
  std::string found;
  while (RE2::FindAndConsume(&input, patterns().written_date_re, &found)) {
    if (auto date = parse_written_date(found)) return date;
  }
  return std::nullopt;
}

std::optional<Date> decision_date(const DecisionPage& page) {
  for (std::string_view key : {"decision date", "date of decision", "date"}) {
    const std::string_view value = page.meta(key);
    if (value.empty()) continue;
    if (auto date = parse_decision_date(value)) return date;
  }
  // The lines before the first heading: the date under the title, or the opening paragraph.
  if (!page.sections.empty() && page.sections.front().name.empty())
    return first_written_date(page.sections.front().text);
  return std::nullopt;
}

// Under a "COMPLAINT 202301234" header the report names the landlord on a line of its own,
// before the first heading: the first short line that is neither a date nor in capitals only.
std::string landlord_from_header(const DecisionPage& page) {
  if (page.sections.empty() || !page.sections.front().name.empty()) return {};
  for (std::string_view line : split_lines(page.sections.front().text)) {
    line = trim(line);
    if (line.empty() || line.size() > 120 || parse_decision_date(line)) continue;
    if (std::none_of(line.begin(), line.end(), [](char c) { return c >= 'a' && c <= 'z'; }))
      continue;  // "REPORT"
    return std::string(line);
  }
  return {};
}

}  // namespace

std::vector<HousingFinding> housing_findings(std::string_view raw) {
  const std::string text = straighten_quotes(raw);
  std::vector<HousingFinding> out;
  re2::StringPiece input(text);
  std::string found;
  while (RE2::FindAndConsume(&input, patterns().finding_re, &found)) {
    const std::string f = ascii_lower(found);
    if (f == "severe maladministration")
      out.push_back(HousingFinding::kSevereMaladministration);
    else if (f == "maladministration")
      out.push_back(HousingFinding::kMaladministration);
    else if (f == "service failure")
      out.push_back(HousingFinding::kServiceFailure);
    else if (f == "no maladministration" || f == "no service failure")
      out.push_back(HousingFinding::kNoMaladministration);
    else if (f == "reasonable redress" || f.starts_with("resolves"))
      out.push_back(HousingFinding::kReasonableRedress);
    else if (f == "withdrawn")
      out.push_back(HousingFinding::kWithdrawn);
    else
      out.push_back(HousingFinding::kOutsideJurisdiction);
  }
  return out;
}

std::string housing_outcome(const std::vector<HousingFinding>& findings) {
  auto any = [&](std::initializer_list<HousingFinding> kinds) {
    return std::any_of(findings.begin(), findings.end(), [&](HousingFinding f) {
      return std::find(kinds.begin(), kinds.end(), f) != kinds.end();
    });
  };
  if (any({HousingFinding::kSevereMaladministration, HousingFinding::kMaladministration,
           HousingFinding::kServiceFailure}))
    return std::string(slug(Outcome::kUpheld));
  if (any({HousingFinding::kNoMaladministration, HousingFinding::kReasonableRedress}))
    return std::string(slug(Outcome::kNotUpheld));
  if (!findings.empty()) return std::string(slug(Outcome::kClosedAfterInitialEnquiries));
  return {};
}

bool HousingRules::is_heading(std::string_view name) const {
  return RE2::FullMatch(name, patterns().heading_re);
}

bool HousingRules::is_inline_heading(std::string_view name) const {
  return RE2::FullMatch(name, patterns().inline_heading_re);
}

bool HousingRules::is_case_ref(std::string_view ref) const {
  return RE2::FullMatch(ref, patterns().housing_ref_re);
}

int HousingProfile::detect(std::string_view text, const TitleLine* title) const {
  if (title && rules_.is_case_ref(title->ref)) return kOwnTitleScore;
  if (RE2::PartialMatch(text, patterns().housing_ombudsman)) return 20;
  re2::StringPiece input(text.data(), text.size());
  int count = 0;
  while (count < 5 && RE2::FindAndConsume(&input, patterns().landlord)) ++count;
  return count >= 5 ? 5 : 0;
}

Decision HousingProfile::extract(const DecisionPage& page) const {
  if (page.title_ref.empty()) throw InputError("no case reference in the title line");
  if (!rules_.is_case_ref(page.title_ref))
    throw InputError("'" + page.title_ref +
                     "' in the title line is not a Housing Ombudsman case number");

  Decision d;
  d.source = "housing";
  d.case_ref = page.title_ref;
  d.title = page.title;
  d.organisation = std::string(trim(page.title_name));
  if (d.organisation.empty()) d.organisation = landlord_from_header(page);
  d.doc_type = "decision";

  auto [category, subcategory] = split_category(page.meta("category"));
  d.category = std::move(category);
  d.subcategory = std::move(subcategory);

  // The findings where they are stated; failing that, anywhere but the scheme's own
  // explanation ("whether there was maladministration").
  std::vector<HousingFinding> findings = housing_findings(sections_text(page, kFindingSections));
  if (findings.empty()) {
    std::string rest;
    for (const Section& s : page.sections) {
      const std::string name = rule_form(s.name);
      if (std::find(kExplanatorySections.begin(), kExplanatorySections.end(), name) !=
              kExplanatorySections.end() ||
          is_remedy_heading(s.name))
        continue;
      rest += s.text;
      rest.push_back('\n');
    }
    findings = housing_findings(rest);
  }
  d.outcome = housing_outcome(findings);
  d.outcome_source = "stated";
  if (d.outcome.empty()) {
    d.outcome = slug(Outcome::kUnknown);
    d.outcome_source = "unknown";
  }

  if (const auto date = decision_date(page)) d.decision_date = date->iso();

  read_common_facts(page, d);
  return d;
}

}  // namespace ombud
