// Remedy kinds from the wording of remedy sections, all patterns tried at once (RE2::Set).
#include "extract/remedy_kinds.hpp"

#include <re2/re2.h>

#include <algorithm>

#include "extract/pattern_set.hpp"
#include "field_vocabulary.hpp"
#include "read/checked_pattern.hpp"
#include "read/text_util.hpp"

namespace ombud {
namespace {

// PatternSet's tags are the kinds' values.
constexpr int tag(RemedyKind kind) {
  return static_cast<int>(kind);
}

// Shorthands spliced into the patterns below. Verbs come in both forms: statements say "the
// Council will review", reports "we recommend the Council reviews".
#define PERSON R"((?:mr|mrs|ms|miss|mx|dr|him|her|them|the complainant|the family|the resident))"
#define STAFF                                                                              \
  R"((?:staff|officers?|employees|teams?|workers|caseworkers|managers|colleagues|)"        \
  R"(practitioners|assessors|investigators|social workers|carers|advisers|call handlers|)" \
  R"(crews?|supervisors|drivers|operatives|clerks|panel members|contractors?))"
#define DO                                                                           \
  R"((?:carr(?:y|ies) out|complet(?:e|es)|arrang(?:e|es)|undertak(?:e|es)|starts?|)" \
  R"(begins?|do(?:es)?|commissions?|makes?|holds?))"

// The patterns of this file (read/checked_pattern.hpp).
struct Patterns {
  using enum RemedyKind;

  const PatternSet kind_patterns{
      "kind_patterns",
      {
          {R"(\bapologi[sz](?:e|es|ed|ing)\b|\bapolog(?:y|ies)\b|\bsay sorry\b)", tag(kApology)},

          {R"(\bpays?\b[^.;]{0,60}?(?:£|\b)" PERSON R"(\b))", tag(kPayment)},
          {R"(\bmakes? (?:a|an) [a-z ,-]{0,40}?payments?\b|\bpayment of\b)", tag(kPayment)},
          {R"(\bfinancial (?:remedy|redress)\b|\bcompensat(?:e|es|ion|ing)\b)", tag(kPayment)},

          {R"(\btrain(?:ing|ed|s)?\b|\bbriefings?\b)", tag(kTraining)},
          // "brief the planning officers involved"; not "a brief explanation".
          {R"(\bbrief(?:s)? (?:the|its|all|relevant|any|those|staff|officers|managers|teams?)\b)",
           tag(kTraining)},
          // Sharing the decision with staff, and reminding them of something, is how councils
          // spread the learning.
          {R"(\bshar(?:e|es|ing) (?:this|the|our|my) (?:final )?(?:decision|report|statement|)"
           R"(findings)\b[^.;]{0,20}?\bwith (?:its |all |relevant |the |any )?[a-z ]{0,30}?)" STAFF,
           tag(kTraining)},
          {R"(\bremind(?:s|ing)? them\b)", tag(kTraining)},
          {R"(\bremind(?:s|ing|er|ers)?\b[^.;]{0,60}?\b)" STAFF R"(\b)", tag(kTraining)},
          {R"(\b)" STAFF R"( (?:are|is|were|will be|should be) reminded\b)", tag(kTraining)},
          {R"(\bshar(?:e|es|ing) (?:the |any |its )?(?:learning|lessons)\b)", tag(kTraining)},
          {R"(\b(?:guidance|instructions?) to (?:its |all |relevant |the )?)" STAFF,
           tag(kTraining)},

          {R"(\breview(?:s|ed|ing)?\b[^.;]{0,60}?\b(?:polic(?:y|ies)|procedures?|process(?:es)?|)"
           R"(practices?|arrangements|protocols?|systems?|guidance|criteria|approach|the way)\b)",
           tag(kProcedureReview)},
          {R"(\breview(?:s|ing)? (?:how|whether|the way)\b)", tag(kProcedureReview)},
          {R"(\b(?:amend|update|revise|change|improve)s?\b[^.;]{0,40}?\b(?:polic(?:y|ies)|)"
           R"(procedures?|process(?:es)?|protocols?)\b)",
           tag(kProcedureReview)},

          {R"(\b(?:website|web ?pages?|online information|leaflets?|factsheets?|booklets?)\b)",
           tag(kServiceImprovement)},
          {R"(\bpublish(?:es|ed|ing)?\b|\bpublicly available\b|\bservice improvements?\b)",
           tag(kServiceImprovement)},
          {R"(\b(?:amend|change|update|revise|improve|rewrite|redesign)s?\b[^.;]{0,40}?\b(?:letters?|)"
           R"(templates?|forms?|information|communications?|literature|records?)\b)",
           tag(kServiceImprovement)},
          {R"(\bdecision letters\b|\bimproves? (?:its |the )?(?:services?|communication|)"
           R"(record[- ]keeping)\b)",
           tag(kServiceImprovement)},
          {R"(\b(?:introduce|add|set up|put in place|implement|start)s?\b[^.;]{0,30}?\b(?:checks?|)"
           R"(system|audit|monitoring|log|alerts?|flags?|reminders?|templates?|forms?)\b)",
           tag(kServiceImprovement)},
          {R"(\b(?:inform|notify) (?:all )?(?:parents|residents|service users|)"
           R"(applicants|customers|families|carers|tenants|the public)\b)",
           tag(kServiceImprovement)},

          {R"(\b(?:)" DO R"(|escalat(?:e|es)|progress(?:es)?|convenes?|considers?|reconsiders?|)"
           R"(investigat(?:e|es)|responds?)\b[^.;]{0,40}?\bstage (?:two|three|2|3) )"
           R"((?:investigation|review|panel|complaint|response)\b)",
           tag(kReconsiderComplaint)},
          {R"(\b(?:reconsiders?|re-consider|re-?investigat(?:e|es)|re-?opens?|resumes?|)"
           R"(restarts?)\b[^.;]{0,40}?\b(?:complaints?|stage (?:one|two|three|1|2|3))\b)",
           tag(kReconsiderComplaint)},
          // An independent investigation is of the complaint; an independent review may be of
          // anything ("of its system of support"), so it counts only when it is of the complaint.
          {R"(\b)" DO R"(\b[^.;]{0,30}?\b(?:independent|new|fresh|further) (?:complaint )?)"
           R"(investigation\b|\b(?:independent|new|fresh|further) review of (?:the |this |her |his |)"
           R"(their |[a-z]+ [a-z]+'s )?complaints?\b)",
           tag(kReconsiderComplaint)},
          {R"(\b(?:considers?|investigat(?:e|es)|responds? to|deals? with)\b[^.;]{0,40}?)"
           R"(\b(?:complaints?|concerns)\b[^.;]{0,40}?\b(?:under|through|via|at) )"
           R"((?:the |its |stage )?(?:statutory|stage|two|three|2|3|children's|)"
           R"(complaints? (?:procedure|process)))",
           tag(kReconsiderComplaint)},
          {R"(\b(?:convenes?|arranges?|holds?) (?:a |the )?(?:stage (?:three|3) )?review panel\b)",
           tag(kReconsiderComplaint)},
          // "A new or resumed complaint investigation or assessment": a fresh assessment of the
          // person or their case is one, and is also a reassessment (below).
          {R"(\b(?:new|fresh) (?:complaint )?(?:investigation|assessment of (?:the|her|his|their) )"
           R"(complaint)\b)",
           tag(kReconsiderComplaint)},
          {R"(\b(?:new|fresh)\b[^.;]{0,30}?\bassessment\b|\breassess(?:es|ing)? )"
           R"((?:(?:mr|mrs|ms|miss|mx|dr) [a-z]+'s |[a-z]+'s |his |her |their |the child's )?)"
           R"((?:needs|care needs)\b|)"
           R"(\b)" DO R"(\b[^.;]{0,20}?\b(?:needs|carer'?s?|care|child and family) assessments?\b)",
           tag(kReconsiderComplaint)},

          {R"(\brefund(?:s|ing)?\b|\brepay(?:s|ing)?\b|\bwaiv(?:e|es|ed|ing)\b|)"
           R"(\bwrit(?:e|es|ing)[- ]off\b|)"
           R"(\bwrite-off\b)",
           tag(kRefundOrWaiver)},
          {R"(\b(?:cancel|remove|withdraw)s?\b[^.;]{0,30}?\b(?:charges?|invoices?|debts?|)"
           R"(penalty|pcns?|fines?|arrears|bills?|fees?|costs)\b)",
           tag(kRefundOrWaiver)},
          {R"(\bcredit (?:the|his|her|their) (?:rent )?account\b)", tag(kRefundOrWaiver)},

          {R"(\bre-?assess|\b(?:new|fresh)\b[^.;]{0,30}?\bassessment\b)", tag(kReassessment)},
          {R"(\b)" DO R"(\b[^.;]{0,30}?\bassessments?\b)", tag(kReassessment)},
          {R"(\breviews? (?:mr|mrs|ms|miss|mx|his|her|their)\b[^.;]{0,30}?\b(?:care|needs|support|)"
           R"(plan|package|assessment|ehc)\b)",
           tag(kReassessment)},
          {R"(\b(?:amend|update|review|issue|finalise)s?\b[^.;]{0,20}?\b(?:ehc ?p|ehc plan|)"
           R"(education,? health and care plan|care plan|support plan)\b)",
           tag(kReassessment)},
          {R"(\breconsiders? (?:its|the|their) decision\b)", tag(kReassessment)},
          // The underlying decision made again: "reconsider Mrs X's application", "redo the
          // financial assessment", "review Mr Y's banding", "reopen the noise investigation".
          {R"(\breconsiders? (?:(?:mr|mrs|ms|miss|mx|dr) [a-z]+'s|his|her|their|the|its) )"
           R"((?:[a-z-]+ )?(?:request|claim|application|appeal|case|eligibility|entitlement|banding|)"
           R"(band|priority|decision|assessment|needs|award|bill|charges?|liability|refusal)\b)",
           tag(kReassessment)},
          {R"(\bre-?do(?:es)?\b|\bre-?consider(?:s|ing)? whether\b)", tag(kReassessment)},
          {R"(\breviews? (?:(?:(?:mr|mrs|ms|miss|mx|dr|child) )?[a-z]+'s|his|her|their) )"
           R"((?:[a-z-]+ ){0,3}?(?:case|application|claim|banding|band|priority|eligibility|)"
           R"(entitlement|account|file|needs|care|support|plan|package|assessment|ehc|housing|)"
           R"(benefit|award|decision|request|appeal|bill|charges?|placement|tenancy|liability)\b)",
           tag(kReassessment)},
          {R"(\bre-?opens? (?:the|its|his|her|their) (?:[a-z-]+ ){0,3}?(?:investigation|case|)"
           R"(enforcement|application|claim|file)\b)",
           tag(kReassessment)},
          {R"(\b(?:new|fresh) (?:[a-z-]+ )?(?:review|decision)\b|\brecalculat(?:e|es|ing)\b|)"
           R"(\bdecide (?:again )?(?:whether|what|how much)\b)",
           tag(kReassessment)},
          {R"(\b(?:fresh|new|second) (?:independent )?(?:appeal|hearing|appeal hearing|)"
           R"(review hearing)\b|\bre-?hear)",
           tag(kReassessment)},

          {R"(\bmeets? (?:with )?)" PERSON R"(\b|\barranges? a meeting\b)", tag(kOther)},
          {R"(\b(?:provide|give|send)s? )" PERSON
           R"(\b[^.;]{0,30}?\b(?:explanation|update|decision|copy)\b)",
           tag(kOther)},
          {R"(\bwrites? to )" PERSON
           R"(\b[^.;]{0,60}?\b(?:explain|confirm|tell|set(?:ting)? out)\b)",
           tag(kOther)},
          {R"(\b)" DO R"(\b[^.;]{0,30}?\b(?:repairs?|works|inspection|survey)\b|\binspects?\b)",
           tag(kOther)},
          {R"(\b(?:monitor|check)s? (?:mr|mrs|ms|miss|mx|his|her|their|the resident's|the )"
           R"(family's)\b[^.;]{0,40}?\b(?:each|every|for the next|weekly|monthly)\b|)"
           R"(\b(?:check|audit)s?\b[^.;]{0,30}?\b(?:all|other|past|previous|similar) )"
           R"((?:cases|referrals|files|applications|decisions|claims|complaints)\b)",
           tag(kOther)},
      }};

  // What the organisation did before the decision, not what the decision asks of it.
  const Pattern history_sentence{
      "history_sentence",
      R"((?i)\b(?:has|have|had) (?:already|previously)\b|\balready (?:apologised|paid|)"
      R"(provided|made|reviewed|trained|refunded|offered)\b|)"
      R"(\b(?:it|they|the council|the landlord|the agency|the provider|the care home) )"
      R"((?:has |had )?(?:previously |already |originally |then )?(?:offered|refunded|paid|)"
      R"(reimbursed|apologised)\b|\b(?:previously|originally) offered\b|\boffered (?:at|in|)"
      R"(during|earlier|before)\b)"};

  // Sentences every remedy section has, which ask for nothing by themselves.
  const Pattern boilerplate_sentence{
      "boilerplate_sentence",
      R"((?i)provide us with evidence|evidence (?:that )?it has complied|consider the report|)"
      R"(confirm within three months|guidance on remedies|has agreed to take the following|)"
      R"(will (?:take|do) the following|the council (?:will|should|has agreed to):?$|)"
      R"(^(?:within|by) [^.]*:$|section 31|we recommend)"};
};

const PatternTable<Patterns> patterns("extract/remedy_kinds.cpp");

#undef PERSON
#undef STAFF
#undef DO

}  // namespace

std::vector<std::string> remedy_kinds(std::string_view remedy_text, bool has_payment,
                                      UnknownAction unknown) {
  const std::string straight = straighten_quotes(remedy_text);
  std::vector<int> tags;
  bool asks_something = false;
  for (std::string_view sentence : split_sentences(straight)) {
    if (RE2::PartialMatch(sentence, patterns().history_sentence)) continue;
    const std::vector<int> found = patterns().kind_patterns.match(sentence);
    tags.insert(tags.end(), found.begin(), found.end());
    if (found.empty() && !RE2::PartialMatch(sentence, patterns().boilerplate_sentence) &&
        sentence.size() > 20)
      asks_something = true;
  }
  if (has_payment) tags.push_back(tag(RemedyKind::kPayment));
  if (tags.empty() && asks_something && unknown == UnknownAction::kOther)
    tags.push_back(tag(RemedyKind::kOther));
  std::vector<std::string> out;
  for (int t : tags) out.emplace_back(slug(static_cast<RemedyKind>(t)));
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

}  // namespace ombud
