// The writers of each part of a decision: summary, the standard sections, the story, the
// analysis and the conclusion, each matching the plan's outcome. content.cpp puts them in the
// order each layout uses.
#pragma once

#include <string>

#include "document.hpp"
#include "prose.hpp"

namespace ombud::gen {

// Summary line of a statement or page (after "Summary: ").
void write_summary(Prose& prose, std::string& out);

void write_complaint(Prose& prose, DocSection& section);
void write_role(Prose& prose, DocSection& section);
void write_considered(Prose& prose, DocSection& section);
// "What I found": the law subheading and paragraphs, then "What happened" and its events.
void write_findings(Prose& prose, DocSection& section);
// One more paragraph of events, appended (used to pad to length).
void write_event_paragraph(Prose& prose, std::string& out);
void write_analysis(Prose& prose, DocSection& section);
// One more paragraph of analysis, for padding: reasoning, no conclusion.
void write_analysis_paragraph(Prose& prose, std::string& out);
void write_final_decision(Prose& prose, DocSection& section);

// Closed after initial enquiries: "My assessment", its paragraphs and padding.
void write_assessment(Prose& prose, DocSection& section);
void write_assessment_paragraph(Prose& prose, std::string& out);

// Remedies: "Agreed action" of statements and pages, "Recommendations" of reports. Every
// amount written here is a remedy payment.
void write_agreed_action(Prose& prose, DocSection& section);
void write_recommendations(Prose& prose, DocSection& section);
// A short list of what was agreed, for summaries ("apologise, pay Mrs X £300 and ...").
void write_remedy_gist(Prose& prose, std::string& out);

}  // namespace ombud::gen
