// Putting the sections together per layout and outcome, then padding to length.
#include "content.hpp"

#include <array>

#include "layouts.hpp"
#include "sections.hpp"

namespace ombud::gen {
namespace {

using Kind = Block::Kind;
using Pool = std::span<const std::string_view>;

constexpr std::array<std::string_view, 3> kSignoffs = {
    "Investigator's decision on behalf of the Ombudsman",
    "Investigator's final decision on behalf of the Ombudsman",
    "Assistant Ombudsman's decision on behalf of the Ombudsman"};

constexpr std::array<std::string_view, 3> kReportFindings = {
    "Fault found causing injustice and recommendations made.",
    "Fault causing injustice; recommendations made.",
    "We found fault causing injustice and have made recommendations."};

constexpr std::array<std::string_view, 3> kReportSummaryFinding = {
    "We found {org} {fault}. This caused {c} {harm}.",
    "Our investigation found fault by {org}, which caused {c} {harm}.",
    "We found that {org} {fault}, and that this fault caused {c} an injustice.",
};

std::string_view decision_label(Outcome outcome) {
  switch (outcome) {
    case Outcome::kUpheld:
      return "Upheld";
    case Outcome::kNotUpheld:
      return "Not upheld";
    case Outcome::kClosed:
      return "Closed after initial enquiries";
  }
  return "Upheld";
}

std::string title_of(const CasePlan& plan) {
  std::string ref = plan.case_ref;
  for (char& c : ref) {
    if (c == '-') c = ' ';
  }
  return plan.org->name + " (" + ref + ")";
}

// Paragraphs are added to the story until the document reaches its planned size. `at` is the
// position in `section` where they go (before the conclusions that must stay last).
template <class Writer>
void pad(Document& doc, DocSection& section, std::size_t at, std::size_t target, Writer write) {
  for (int guard = 0; guard < 400 && doc.text_size() < target; ++guard) {
    at = std::min(at, section.blocks.size());
    auto it = section.blocks.insert(section.blocks.begin() + static_cast<std::ptrdiff_t>(at),
                                    Block{Kind::kParagraph, {}});
    write(it->text);
    ++at;
  }
}

void write_report(Prose& prose, Document& doc) {
  const CasePlan& plan = prose.plan();
  Rng& rng = prose.rng();
  doc.bare_bullets = rng.chance(0.5);

  DocSection& names = doc.add_section("Key to names used");
  std::string& complainant = names.add(Kind::kItem);
  complainant = plan.complainant.name;
  complainant += " The complainant";
  if (plan.category->child_focused) {
    std::string& child = names.add(Kind::kItem);
    prose.phrase("{child} {Poss} {rel}", child);
  }

  DocSection& summary = doc.add_section("Summary");
  std::string& opening = summary.add(Kind::kParagraph);
  prose.sentence("{c} complained about {topic}.", opening);
  prose.sentence("{Pro} says {org} {fault}.", opening);
  write_event_paragraph(prose, summary.add(Kind::kParagraph));
  prose.sentence_from(Pool(kReportSummaryFinding), summary.add(Kind::kParagraph));

  DocSection& finding = doc.add_section("Finding");
  finding.add(Kind::kPlain) = rng.pick(Pool(kReportFindings));

  write_recommendations(prose, doc.add_section("Recommendations"));

  DocSection& story = doc.sections[1];
  pad(doc, story, story.blocks.size() - 1, plan.target_bytes,
      [&](std::string& out) { write_event_paragraph(prose, out); });
}

void write_decision(Prose& prose, Document& doc) {
  const CasePlan& plan = prose.plan();
  Rng& rng = prose.rng();
  write_summary(prose, doc.summary);
  write_complaint(prose, doc.add_section("The complaint"));
  write_role(prose, doc.add_section(plan.curly_apostrophes ? "The Ombudsman’s role and powers"
                                                           : "The Ombudsman's role and powers"));
  write_considered(prose, doc.add_section("How I considered this complaint"));

  if (plan.outcome == Outcome::kClosed) {
    write_assessment(prose, doc.add_section("My assessment"));
    write_final_decision(prose, doc.add_section("Final decision"));
    DocSection& assessment = doc.sections[3];
    pad(doc, assessment, assessment.blocks.size() - 1, plan.target_bytes,
        [&](std::string& out) { write_assessment_paragraph(prose, out); });
    return;
  }

  write_findings(prose, doc.add_section("What I found"));
  write_analysis(prose, doc.add_section("Analysis"));
  if (plan.outcome == Outcome::kUpheld && !plan.remedied_before) {
    write_agreed_action(prose, doc.add_section("Agreed action"));
  }
  write_final_decision(prose, doc.add_section("Final decision"));

  // Most of the length is in the story; some in the reasoning, before the conclusions.
  DocSection& found = doc.sections[3];
  DocSection& analysis = doc.sections[4];
  const std::size_t story_target =
      doc.text_size() +
      (plan.target_bytes > doc.text_size() ? (plan.target_bytes - doc.text_size()) * 7 / 10 : 0);
  pad(doc, found, found.blocks.size(), story_target,
      [&](std::string& out) { write_event_paragraph(prose, out); });
  pad(doc, analysis, rng.chance(0.5) ? 1 : 0, plan.target_bytes,
      [&](std::string& out) { write_analysis_paragraph(prose, out); });
}

}  // namespace

Document write_document(Prose& prose) {
  const CasePlan& plan = prose.plan();
  Rng& rng = prose.rng();
  Document doc;
  doc.title = title_of(plan);
  doc.furniture_variant = rng.below(furniture_variants());
  if (plan.layout == Layout::kSavedPage) {
    // "Back to top" lines, blank lines, logo and cookie banner: about 800 bytes.
    doc.extra_bytes = 800;
    std::string category(plan.category->name);
    category += " > ";
    category += plan.subcategory->name;
    doc.metadata.emplace_back("Category", std::move(category));
    doc.metadata.emplace_back("Decision", std::string(decision_label(plan.outcome)));
    std::string date;
    append_short_date(plan.decision_date, date);
    doc.metadata.emplace_back("Decision date", std::move(date));
  }
  if (plan.layout == Layout::kReport) {
    write_report(prose, doc);
  } else {
    write_decision(prose, doc);
    if (plan.layout == Layout::kSavedPage || rng.chance(0.9)) {
      doc.signoff = rng.pick(Pool(kSignoffs));
    }
  }
  return doc;
}

}  // namespace ombud::gen
