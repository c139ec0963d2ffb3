// The standard sections of a decision and the story they tell, written for ombud. Wording that
// decides the outcome (findings, final decisions) is kept unambiguous, so that a reader can
// infer the outcome where there is no metadata block.
#include "sections.hpp"

#include <array>

namespace ombud::gen {
namespace {

using Pool = std::span<const std::string_view>;
using Kind = Block::Kind;

// --- Summary ---------------------------------------------------------------------------------

constexpr std::array<std::string_view, 4> kSummaryComplaint = {
    "{c} complained about {topic}.",
    "{c} complains that {org} {fault}.",
    "{c} says {org} {fault}, which caused {obj} {harm}.",
    "{c's} complaint is about {topic}.",
};
constexpr std::array<std::string_view, 4> kSummaryUpheld = {
    "We found fault by {org}, which caused {c} {harm}.",
    "There was fault in how {org} acted, and this caused {c} an injustice.",
    "We have found fault causing injustice.",
    "{Org} was at fault, and this caused {c} {harm}.",
};
constexpr std::array<std::string_view, 3> kSummaryRemediedBefore = {
    "{Org} has already taken action that puts this right, so we have completed our "
    "investigation.",
    "The remedy {org} has already given is suitable, and we do not recommend anything more.",
    "Because {org} had already apologised and offered a suitable remedy, we have ended our "
    "investigation.",
};
constexpr std::array<std::string_view, 4> kSummaryNotUpheld = {
    "We have not found fault by {org}.",
    "We found no fault in how {org} dealt with the matter.",
    "{Org} acted in line with the law and its policy, so there was no fault.",
    "We do not uphold the complaint, as we found no fault.",
};

// --- The complaint ---------------------------------------------------------------------------

constexpr std::array<std::string_view, 4> kComplaintOpen = {
    "{c} complains about {topic}. {Pro} says {org} {fault}.",
    "{c} says {org} {fault}.",
    "{c} complained to us about {topic}.",
    "{c's} complaint concerns {topic}. {Pro} says {org} {fault}.",
};
constexpr std::array<std::string_view, 4> kComplaintImpact = {
    "{c} says this caused {obj} {harm}.",
    "{Pro} says the matter caused {obj} {harm} and that {pro} had to keep chasing {org}.",
    "{c} told us the experience caused {obj} {harm}.",
    "{Pro} says {pro} has been put to {harm}.",
};
constexpr std::array<std::string_view, 3> kComplaintWant = {
    "{c} wants {org} to {want}.",
    "{Pro} would like {org} to {want}.",
    "To put things right, {c} wants {org} to {want}.",
};

// --- The Ombudsman's role and powers ---------------------------------------------------------

constexpr std::array<std::string_view, 3> kRoleFault = {
    "We look at complaints about maladministration and service failure, which this statement "
    "calls fault. We also consider whether any fault caused the person complaining an "
    "injustice, and if it did we may suggest a remedy. ({law:Local Government Act 1974}, "
    "sections 26(1) and 26A(1), as amended)",
    "Our job is to decide whether there was fault in what a council did or failed to do, and "
    "whether that fault caused injustice to the person complaining. Where it did, we may "
    "recommend a way to put things right. ({law:Local Government Act 1974}, sections 26(1) and "
    "26A(1), as amended)",
    "The law lets us investigate fault, meaning maladministration or service failure, and the "
    "injustice it causes. We call the harm that results an injustice, and we may suggest a "
    "remedy for it. ({law:Local Government Act 1974}, sections 26(1) and 26A(1), as amended)",
};
constexpr std::array<std::string_view, 2> kRoleStatement = {
    "If we are content with the action an organisation has taken or agreed to take, we can end "
    "our investigation and publish a decision statement. ({law:Local Government Act 1974}, "
    "section 30(1B) and 34H(i), as amended)",
    "We may complete an investigation and issue a decision statement once we are satisfied with "
    "what an organisation has done or has agreed to do. ({law:Local Government Act 1974}, "
    "section 30(1B) and 34H(i), as amended)",
};
constexpr std::array<std::string_view, 2> kRoleMerits = {
    "We cannot question a decision just because someone disagrees with it, if it was made "
    "without fault. ({law:Local Government Act 1974}, section 34(3), as amended)",
    "Where a decision was made properly, we cannot criticise its merits. ({law:Local "
    "Government Act 1974}, section 34(3), as amended)",
};
constexpr std::array<std::string_view, 3> kOfstedLines = {
    "We will send a copy of this decision to the Office for Standards in Education, Children's "
    "Services and Skills (Ofsted), as our information sharing agreement with it provides.",
    "Ofsted (the Office for Standards in Education, Children's Services and Skills) will receive "
    "a copy of this decision under the information sharing agreement between our two "
    "organisations.",
    "This decision will be shared with Ofsted, the Office for Standards in Education, "
    "Children's Services and Skills, under our agreement to exchange information.",
};
constexpr std::array<std::string_view, 3> kCqcLines = {
    "We will send a copy of this decision to the Care Quality Commission (CQC), the regulator "
    "of care services in England, under our agreement to share information.",
    "Under the information sharing agreement between us, this decision will be shared with the "
    "Care Quality Commission.",
    "The Care Quality Commission, which registers and inspects care providers, will receive a "
    "copy of this decision under our information sharing agreement.",
};
constexpr std::array<std::string_view, 2> kProviderRole = {
    "We can investigate complaints about adult social care providers, including care that "
    "people arrange and pay for themselves. ({law:Local Government Act 1974}, sections 34B and "
    "34C, as amended)",
    "Part 3A of the {law:Local Government Act 1974} lets us investigate complaints about "
    "registered adult social care providers, whoever pays for the care.",
};

// Closed decisions: a power for each reason we do not investigate.
constexpr std::array<std::string_view, 7> kClosureRole = {
    "We consider whether there is enough evidence of fault to justify an investigation, and we "
    "may decide not to start or continue one. ({law:Local Government Act 1974}, section 24A(6), "
    "as amended)",
    "We cannot normally investigate a complaint when someone could appeal to a tribunal, unless "
    "we think it would not be reasonable to expect them to. ({law:Local Government Act 1974}, "
    "section 26(6)(a), as amended)",
    "We cannot investigate late complaints unless we decide there are good reasons. A complaint "
    "is late if it reaches us more than twelve months after the person knew of the matter. "
    "({law:Local Government Act 1974}, sections 26B and 34D, as amended)",
    "We may decide not to investigate when it is unlikely that an investigation would lead to "
    "a different outcome or achieve more for the person. ({law:Local Government Act 1974}, "
    "section 24A(6), as amended)",
    "We may decide not to investigate when the organisation has already offered a remedy that "
    "we consider suitable. ({law:Local Government Act 1974}, section 24A(6), as amended)",
    "We cannot investigate a complaint when someone has started, or could reasonably start, "
    "court proceedings about the same matter. ({law:Local Government Act 1974}, section "
    "26(6)(c), as amended)",
    "The law says an organisation must have the chance to deal with a complaint itself before "
    "we consider it. ({law:Local Government Act 1974}, section 26(5), as amended)",
};
constexpr std::array<std::string_view, 7> kClosureReasons = {
    "there is not enough evidence of fault by {org} to justify an investigation",
    "{c} could have appealed to a tribunal, and it was reasonable to expect {obj} to do so",
    "the complaint is late and there is no good reason to look at it now",
    "an investigation would be unlikely to achieve anything more for {c}",
    "{org} has already offered a suitable remedy",
    "the matter is one for the courts",
    "{c} has not yet given {org} the chance to respond through its complaints procedure",
};

// --- How I considered this complaint ---------------------------------------------------------

constexpr std::array<std::string_view, 4> kConsidered = {
    "I read {c's} complaint and the documents {pro} sent, and I spoke to {obj} on the "
    "telephone.",
    "I asked {org} for information and considered its reply and the records it provided.",
    "{c} and {org} had the chance to comment on a draft of this decision. I took their comments "
    "into account before reaching a final decision.",
    "I took account of the law and guidance set out below and of our guidance on remedies.",
};
constexpr std::array<std::string_view, 2> kConsideredClosed = {
    "I considered the information {c} provided and {org's} response to {poss} complaint.",
    "I read what {c} sent us and the replies {org} gave {obj}. {c} had the chance to comment on "
    "a draft of this decision.",
};

// --- What happened ---------------------------------------------------------------------------

constexpr std::array<std::string_view, 3> kEventsIntro = {
    "What follows is an outline of the main events, not a complete record.",
    "These are the key events. I have not included every contact between {c} and {org}.",
    "The account below is a summary of what happened.",
};
constexpr std::array<std::string_view, 10> kEventOpeners = {
    "On {date}, {c} contacted {org} about the {thing}.",
    "In {month}, {org} {event}.",
    "On {date}, the {officer} {event}.",
    "{c} wrote to {org} on {date} to ask about the {thing}.",
    "On {date}, {org} {event}.",
    "In {month}, {c} asked {org} to look again at the {thing}.",
    "The {officer} telephoned {c} on {date}.",
    "{Org} received {c's} complaint on {date}.",
    "{Org} sent its stage one response on {date}.",
    "By {month}, {c} had heard nothing further about the {thing}.",
};
constexpr std::array<std::string_view, 6> kEventFollowers = {
    "{Org} {event}.",
    "The {officer} said the {thing} would be dealt with within four weeks.",
    "{c} said {pro} was still waiting for a decision on the {thing}.",
    "{Org} apologised for the delay and said it would reply in full.",
    "{c} was unhappy with this and asked for the complaint to go to the next stage.",
    "The {officer} agreed to look into it.",
};

// --- Analysis --------------------------------------------------------------------------------

constexpr std::array<std::string_view, 4> kAnalysisFault = {
    "{Org} {fault}. That was fault.",
    "The records show {org} {fault}. This was fault.",
    "I find {org} {fault}, which was fault.",
    "{Org} accepts it {fault}. I agree this was fault.",
};
constexpr std::array<std::string_view, 4> kAnalysisInjustice = {
    "The fault caused {c} {harm}. This is an injustice to {obj}.",
    "As a result, {c} was caused {harm}.",
    "This caused {c} {harm}, which is an injustice.",
    "I am satisfied the fault caused {c} {harm}.",
};
constexpr std::array<std::string_view, 3> kAnalysisRemediedBefore = {
    "{Org} has since apologised to {c} and paid {obj} {money:100:500}. That is in line with our "
    "guidance on remedies, so I do not recommend anything further.",
    "Before {c} came to us, {org} apologised and offered {money:150:600} for {poss} time and "
    "trouble. I consider that a suitable remedy.",
    "{Org} has already apologised and has changed its procedures so the problem should not "
    "happen again. That is a suitable remedy.",
};
constexpr std::array<std::string_view, 5> kAnalysisNoFault = {
    "{Org} {event}, which is what I would expect it to do.",
    "I understand {c's} frustration, but I have not seen evidence that {org} failed to follow "
    "the law or its own policy.",
    "{Org} considered the relevant information before making its decision, so there was no "
    "fault.",
    "The records show {org} dealt with the {thing} properly and within a reasonable time.",
    "{c} may disagree with the decision, but {org} made it properly and I cannot question it.",
};
constexpr std::array<std::string_view, 8> kAnalysisReasoning = {
    "I have considered {org's} explanation that the {thing} was delayed by staff shortages.",
    "{Org} says the {officer} followed its usual practice.",
    "There is no record of why the {thing} was not completed sooner.",
    "I have looked at the notes of the meeting on {date}.",
    "{c} says {pro} raised this with the {officer} more than once.",
    "The notes the {officer} made do not mention the {thing}.",
    "{Org} has given us copies of its correspondence with {c}.",
    "I have compared what happened with what {org's} policy says should happen.",
};

// --- Final decision --------------------------------------------------------------------------

constexpr std::array<std::string_view, 4> kFinalUpheld = {
    "I have found fault by {org}, which caused {c} an injustice. {Org} has agreed to the action "
    "above, so I have completed my investigation.",
    "I uphold {c's} complaint. There was fault causing injustice, and the agreed action is a "
    "suitable remedy.",
    "I find fault causing injustice. I have completed my investigation because {org} has agreed "
    "to put things right.",
    "I have completed my investigation. There was fault by {org} causing injustice to {c}, and "
    "{org} has agreed to remedy it.",
};
constexpr std::array<std::string_view, 2> kFinalRemediedBefore = {
    "I have found fault by {org} causing injustice. {Org} had already taken action that "
    "provides a suitable remedy, so I have completed my investigation.",
    "There was fault causing injustice, but {org} had already remedied it. I have completed my "
    "investigation.",
};
constexpr std::array<std::string_view, 4> kFinalNotUpheld = {
    "I have completed my investigation. I have not found fault by {org}.",
    "I have found no fault by {org}, so I do not uphold {c's} complaint.",
    "There was no fault in the way {org} dealt with {topic}. I have completed my investigation.",
    "I have completed my investigation and found no fault.",
};
constexpr std::array<std::string_view, 2> kFinalClosed = {
    "We will not investigate {c's} complaint about {topic}. This is because {reason}.",
    "We will not investigate this complaint because {reason}.",
};

// --- My assessment (closed) ------------------------------------------------------------------

constexpr std::array<std::string_view, 7> kAssessmentReasoning = {
    "I have seen nothing to suggest {org} made its decision without considering the relevant "
    "information.",
    "{c} had a right of appeal to a tribunal, which is the right place to decide whether the "
    "decision was correct.",
    "{c} first knew of the matter in {month}, but did not come to us until much later.",
    "Even if we found fault, we could not achieve the outcome {c} wants.",
    "{Org} has already apologised and offered to put things right, and that is what we would "
    "have recommended.",
    "The dispute is about legal rights that only a court can decide.",
    "{c} has not completed {org's} complaints procedure, and {org} should have the chance to "
    "respond first.",
};
constexpr std::array<std::string_view, 5> kAssessmentDetail = {
    "{c} says {org} {fault}.",
    "{Org} told {c} it {event}.",
    "The {officer} explained {org's} position in a letter of {date}.",
    "{c} remains unhappy with {topic}.",
    "{Org} says it has acted in line with its policy on the {thing}.",
};

// --- Remedies --------------------------------------------------------------------------------

constexpr std::array<std::string_view, 3> kActionIntro = {
    "Within one month of the final decision, {org} has agreed to:",
    "To remedy the injustice, {org} has agreed to:",
    "{Org} has agreed to take the following action within four weeks of my final decision:",
};
constexpr std::array<std::string_view, 4> kApology = {
    "apologise to {c} for the distress and frustration caused by the faults identified in this "
    "statement",
    "send {c} a written apology for the uncertainty {pro} experienced",
    "write to {c} to apologise for the delay and poor communication",
    "apologise to {c}, in line with our guidance on making an effective apology",
};
constexpr std::array<std::string_view, 4> kPayment = {
    "pay {c} {pay} to acknowledge the distress caused",
    "make a symbolic payment of {pay} to {c} for {poss} time and trouble",
    "pay {c} {pay} in recognition of the uncertainty the fault caused",
    "make a payment of {pay} to {c} to recognise the injustice described above",
};
constexpr std::array<std::string_view, 2> kPaymentTwo = {
    "pay {c} {pay} for the distress caused and {pay2} for {poss} time and trouble in pursuing "
    "the complaint",
    "make two payments to {c}: {pay} for the avoidable distress and {pay2} for the time and "
    "trouble of complaining",
};
constexpr std::array<std::string_view, 4> kTraining = {
    "remind staff in the team that deals with the {thing} of the timescales in its policy",
    "give training to {officer}s on keeping proper records of decisions",
    "share this decision with relevant officers and remind them of the importance of replying "
    "to complaints on time",
    "brief the {officer}s involved on the law and guidance described in this statement",
};
constexpr std::array<std::string_view, 3> kProcedureReview = {
    "review its procedure for handling the {thing} so that delays like this do not happen "
    "again, and tell us what it has changed",
    "review how it monitors the progress of cases and set out any changes in an action plan",
    "review its policy on the {thing} to make sure it reflects the law and statutory guidance",
};
constexpr std::array<std::string_view, 3> kServiceImprovement = {
    "update its website so that people know how to ask for a review of the {thing}",
    "change its standard letters so they explain the right of review and the timescales",
    "publish clear information about how it deals with the {thing}",
};
constexpr std::array<std::string_view, 3> kReconsider = {
    "consider {c's} complaint at stage two of the statutory complaints procedure",
    "carry out a fresh investigation of {c's} complaint and send {obj} a full response",
    "reopen {c's} complaint and reply to each point {pro} raised",
};
constexpr std::array<std::string_view, 2> kActionEvidence = {
    "{Org} should send us evidence that it has done these things.",
    "{Org} will provide us with evidence it has complied with the above actions.",
};
constexpr std::array<std::string_view, 2> kRecommendationsStatutory = {
    "Within three months, {org} must consider this report and tell us what action it has taken "
    "or proposes to take. It should consider the report at a meeting of its full council, "
    "cabinet or another committee of elected members with delegated powers, and we will ask for "
    "evidence that it has done so. ({law:Local Government Act 1974}, section 31(2), as amended)",
    "The law requires {org} to consider this report and to tell us, within three months, what it "
    "has done or intends to do about it. Elected members should consider it, and we will want to "
    "see evidence of that. ({law:Local Government Act 1974}, section 31(2), as amended)",
};

bool has(const CasePlan& plan, Remedy r) {
  for (Remedy x : plan.remedies) {
    if (x == r) return true;
  }
  return false;
}

// The action text for one remedy kind.
void write_action(Prose& prose, Remedy r, std::string& out) {
  // Bullets are lower-case clauses continuing the intro's colon: phrase(), not sentence().
  const CasePlan& plan = prose.plan();
  Rng& rng = prose.rng();
  switch (r) {
    case Remedy::kApology:
      prose.phrase(rng.pick(Pool(kApology)), out);
      break;
    case Remedy::kPayment:
      prose.phrase(rng.pick(plan.payments.size() > 1 ? Pool(kPaymentTwo) : Pool(kPayment)), out);
      break;
    case Remedy::kTraining:
      prose.phrase(rng.pick(Pool(kTraining)), out);
      break;
    case Remedy::kProcedureReview:
      prose.phrase(rng.pick(Pool(kProcedureReview)), out);
      break;
    case Remedy::kServiceImprovement:
      prose.phrase(rng.pick(Pool(kServiceImprovement)), out);
      break;
    case Remedy::kReconsiderComplaint:
      prose.phrase(rng.pick(Pool(kReconsider)), out);
      break;
    case Remedy::kRefundOrWaiver:
      prose.phrase(rng.pick(Pool(plan.category->waive)), out);
      break;
    case Remedy::kReassessment:
      prose.phrase(rng.pick(Pool(plan.category->reassess)), out);
      break;
    case Remedy::kOther:  // never planned
      break;
  }
}

void add_paragraph(Prose& prose, DocSection& section, Pool pool) {
  prose.sentence_from(pool, section.add(Kind::kParagraph));
}

}  // namespace

void write_summary(Prose& prose, std::string& out) {
  const CasePlan& plan = prose.plan();
  prose.sentence_from(Pool(kSummaryComplaint), out);
  switch (plan.outcome) {
    case Outcome::kUpheld:
      prose.sentence_from(Pool(kSummaryUpheld), out);
      if (plan.remedied_before) {
        prose.sentence_from(Pool(kSummaryRemediedBefore), out);
      } else {
        prose.sentence("{Org} has agreed to", out);
        write_remedy_gist(prose, out);
        out += '.';
      }
      break;
    case Outcome::kNotUpheld:
      prose.sentence_from(Pool(kSummaryNotUpheld), out);
      break;
    case Outcome::kClosed: {
      prose.sentence("We will not investigate this complaint. This is because", out);
      prose.phrase(kClosureReasons[static_cast<std::size_t>(plan.closure)], out);
      out += '.';
      break;
    }
  }
}

void write_remedy_gist(Prose& prose, std::string& out) {
  const CasePlan& plan = prose.plan();
  std::vector<std::string_view> parts;
  for (Remedy r : plan.remedies) {
    switch (r) {
      case Remedy::kApology:
        parts.push_back("apologise");
        break;
      case Remedy::kPayment:
        parts.push_back(prose.rng().chance(0.4) ? "pay {c} {pay}" : "make a payment to {c}");
        break;
      case Remedy::kTraining:
        parts.push_back("remind its staff of their duties");
        break;
      case Remedy::kProcedureReview:
        parts.push_back("review its procedures");
        break;
      case Remedy::kServiceImprovement:
        parts.push_back("improve the information it gives the public");
        break;
      case Remedy::kReconsiderComplaint:
        parts.push_back("look at {c's} complaint again");
        break;
      case Remedy::kRefundOrWaiver:
        parts.push_back("put right the charges");
        break;
      case Remedy::kReassessment:
        parts.push_back("look again at its decision");
        break;
      case Remedy::kOther:  // never planned
        break;
    }
  }
  for (std::size_t i = 0; i < parts.size(); ++i) {
    if (i > 0) out += i + 1 == parts.size() ? " and" : ",";
    prose.phrase(parts[i], out);
  }
}

void write_complaint(Prose& prose, DocSection& section) {
  const CasePlan& plan = prose.plan();
  std::string& first = section.add(Kind::kParagraph);
  if (!plan.representative.empty()) {
    prose.sentence("{rep} complains on behalf of {c}.", first);
  }
  prose.sentence_from(Pool(kComplaintOpen), first);
  add_paragraph(prose, section, Pool(kComplaintImpact));
  if (prose.rng().chance(0.6)) add_paragraph(prose, section, Pool(kComplaintWant));
}

void write_role(Prose& prose, DocSection& section) {
  const CasePlan& plan = prose.plan();
  Rng& rng = prose.rng();
  add_paragraph(prose, section, Pool(kRoleFault));
  if (plan.outcome == Outcome::kClosed) {
    prose.sentence(kClosureRole[static_cast<std::size_t>(plan.closure)],
                   section.add(Kind::kParagraph));
  } else {
    add_paragraph(prose, section, Pool(kRoleStatement));
    if (rng.chance(0.3)) add_paragraph(prose, section, Pool(kRoleMerits));
  }
  if (plan.org->kind == OrgKind::kCareProvider) add_paragraph(prose, section, Pool(kProviderRole));
  if (plan.ofsted) add_paragraph(prose, section, Pool(kOfstedLines));
  if (plan.cqc) add_paragraph(prose, section, Pool(kCqcLines));
}

void write_considered(Prose& prose, DocSection& section) {
  if (prose.plan().outcome == Outcome::kClosed) {
    add_paragraph(prose, section, Pool(kConsideredClosed));
    return;
  }
  for (std::string_view s : kConsidered) {
    if (prose.rng().chance(0.8)) prose.sentence(s, section.add(Kind::kParagraph));
  }
  if (section.blocks.empty()) prose.sentence(kConsidered[1], section.add(Kind::kParagraph));
}

void write_findings(Prose& prose, DocSection& section) {
  const CasePlan& plan = prose.plan();
  Rng& rng = prose.rng();
  section.add(Kind::kSubheading) = plan.category->subheading;
  const auto& law = plan.category->law;
  const std::size_t first = rng.below(law.size());
  prose.sentence(law[first], section.add(Kind::kParagraph));
  if (law.size() > 1 && rng.chance(0.6)) {
    prose.sentence(law[(first + 1 + rng.below(law.size() - 1)) % law.size()],
                   section.add(Kind::kParagraph));
  }
  section.add(Kind::kSubheading) = "What happened";
  if (rng.chance(0.5)) add_paragraph(prose, section, Pool(kEventsIntro));
  if (plan.regulator_mention) {
    prose.sentence(plan.category->adults
                       ? "The Care Quality Commission last inspected the provider in {month} and "
                         "rated it as requiring improvement."
                       : "Ofsted last inspected {pname} School in {month} and judged it good.",
                   section.add(Kind::kParagraph));
  }
  write_event_paragraph(prose, section.add(Kind::kParagraph));
  write_event_paragraph(prose, section.add(Kind::kParagraph));
}

void write_event_paragraph(Prose& prose, std::string& out) {
  Rng& rng = prose.rng();
  prose.sentence_from(Pool(kEventOpeners), out);
  if (rng.chance(0.6)) prose.sentence_from(Pool(kEventFollowers), out);
  // Non-remedy sums: earlier offers, fees, bills and benefit rates.
  if (rng.chance(0.05)) prose.sentence_from(Pool(prose.plan().category->money), out);
  const int fillers = rng.between(1, 4);
  for (int i = 0; i < fillers; ++i) prose.filler(out);
}

void write_analysis(Prose& prose, DocSection& section) {
  const CasePlan& plan = prose.plan();
  Rng& rng = prose.rng();
  switch (plan.outcome) {
    case Outcome::kUpheld: {
      std::string& p = section.add(Kind::kParagraph);
      prose.sentence_from(Pool(kAnalysisFault), p);
      prose.filler(p);
      write_analysis_paragraph(prose, section.add(Kind::kParagraph));
      std::string& q = section.add(Kind::kParagraph);
      prose.sentence_from(Pool(kAnalysisFault), q);
      prose.sentence_from(Pool(kAnalysisInjustice), section.add(Kind::kParagraph));
      if (plan.remedied_before) add_paragraph(prose, section, Pool(kAnalysisRemediedBefore));
      break;
    }
    case Outcome::kNotUpheld: {
      write_analysis_paragraph(prose, section.add(Kind::kParagraph));
      std::string& p = section.add(Kind::kParagraph);
      prose.sentence_from(Pool(kAnalysisNoFault), p);
      if (rng.chance(0.5)) prose.sentence_from(Pool(kAnalysisNoFault), p);
      break;
    }
    case Outcome::kClosed:
      break;
  }
}

void write_analysis_paragraph(Prose& prose, std::string& out) {
  prose.sentence_from(Pool(kAnalysisReasoning), out);
  const int fillers = prose.rng().between(1, 3);
  for (int i = 0; i < fillers; ++i) prose.filler(out);
}

void write_final_decision(Prose& prose, DocSection& section) {
  const CasePlan& plan = prose.plan();
  std::string& out = section.add(Kind::kParagraph);
  switch (plan.outcome) {
    case Outcome::kUpheld:
      prose.sentence_from(plan.remedied_before ? Pool(kFinalRemediedBefore) : Pool(kFinalUpheld),
                          out);
      break;
    case Outcome::kNotUpheld:
      prose.sentence_from(Pool(kFinalNotUpheld), out);
      break;
    case Outcome::kClosed: {
      // "{reason}" is not a Prose slot: splice the plan's reason into the template.
      const std::string_view tmpl = prose.rng().pick(Pool(kFinalClosed));
      const std::size_t at = tmpl.find("{reason}");
      std::string whole(tmpl.substr(0, at));
      whole += kClosureReasons[static_cast<std::size_t>(plan.closure)];
      whole += tmpl.substr(at + 8);
      prose.sentence(whole, out);
      break;
    }
  }
}

void write_assessment(Prose& prose, DocSection& section) {
  const CasePlan& plan = prose.plan();
  write_assessment_paragraph(prose, section.add(Kind::kParagraph));
  if (prose.rng().chance(0.15)) {
    prose.sentence_from(Pool(plan.category->money), section.add(Kind::kParagraph));
  }
  std::string& last = section.add(Kind::kParagraph);
  prose.sentence(kAssessmentReasoning[static_cast<std::size_t>(plan.closure)], last);
  prose.sentence("So we will not investigate.", last);
}

void write_assessment_paragraph(Prose& prose, std::string& out) {
  prose.sentence_from(Pool(kAssessmentDetail), out);
  const int fillers = prose.rng().between(1, 3);
  for (int i = 0; i < fillers; ++i) prose.filler(out);
}

void write_agreed_action(Prose& prose, DocSection& section) {
  const CasePlan& plan = prose.plan();
  add_paragraph(prose, section, Pool(kActionIntro));
  prose.set_remedy_section(true);
  bool later = false;
  for (Remedy r : plan.remedies) {
    // Procedure reviews and service changes take longer: a second paragraph for them.
    if (!later && (r == Remedy::kProcedureReview || r == Remedy::kServiceImprovement)) {
      later = true;
      prose.sentence("Within three months of the final decision, {org} has also agreed to:",
                     section.add(Kind::kParagraph));
    }
    std::string& item = section.add(Kind::kItem);
    write_action(prose, r, item);
    item += ';';
  }
  section.blocks.back().text.back() = '.';
  prose.set_remedy_section(false);
  add_paragraph(prose, section, Pool(kActionEvidence));
}

void write_recommendations(Prose& prose, DocSection& section) {
  const CasePlan& plan = prose.plan();
  add_paragraph(prose, section, Pool(kRecommendationsStatutory));
  prose.set_remedy_section(true);
  prose.sentence(
      "To remedy the injustice caused, we recommend that within one month of the date "
      "of this report {org}:",
      section.add(Kind::kParagraph));
  bool later = false;
  for (Remedy r : plan.remedies) {
    if (!later && (r == Remedy::kTraining || r == Remedy::kProcedureReview ||
                   r == Remedy::kServiceImprovement)) {
      prose.sentence(
          "We also recommend that within three months of the date of this report "
          "{org}:",
          section.add(Kind::kParagraph));
      later = true;
    }
    std::string& item = section.add(Kind::kItem);
    write_action(prose, r, item);
    item += ';';
  }
  section.blocks.back().text.back() = '.';
  prose.set_remedy_section(false);
  prose.sentence(has(plan, Remedy::kApology)
                     ? "{Org} has accepted these recommendations and has already apologised."
                     : "{Org} has accepted these recommendations.",
                 section.add(Kind::kParagraph));
}

}  // namespace ombud::gen
