// Outcome wording, with negation judged from the words just before each finding.
#include "extract/outcome_inference.hpp"

#include <re2/re2.h>

#include <algorithm>

#include "extract/pattern_set.hpp"
#include "field_vocabulary.hpp"
#include "read/checked_pattern.hpp"
#include "read/text_util.hpp"

namespace ombud {
namespace {

enum Tag { kClosedTag, kEndedTag, kNotUpheldTag, kRemediedTag };

// The patterns of this file (read/checked_pattern.hpp).
struct Patterns {
  // Wording that settles the outcome without any finding to negate.
  const PatternSet plain_patterns{
      "plain_patterns",
      {
          {R"(\b(?:will|shall|can|could|did|do|should) ?not (?:further |now )?investigate\b)",
           kClosedTag},
          {R"(\b(?:cannot|can't|won't) (?:further |now )?investigate\b|\bdecided not to )"
           R"(investigate\b|\bnot (?:to )?(?:start|begin|open) an investigation\b)",
           kClosedTag},
          {R"(\b(?:no|not have the) (?:power|legal power|jurisdiction) to investigate\b)",
           kClosedTag},
          {R"(\bnot (?:be )?investigating\b|\bnot (?:be )?(?:appropriate|reasonable|proportionate|)"
           R"(necessary|possible|justified) for (?:us|the ombudsman|me) to (?:investigate|consider))",
           kClosedTag},
          {R"(\boutside (?:of )?(?:our|the ombudsman's|my) (?:jurisdiction|remit)\b)", kClosedTag},
          {R"(\bclosed (?:after|following) (?:our |my )?initial enquiries\b)", kClosedTag},
          {R"(\b(?:ended|discontinued|discontinue|discontinuing|stopped|closed) (?:my|our|the) )"
           R"(investigation\b)",
           kEndedTag},
          {R"(\bcomplaint is premature\b|\bpremature complaint\b)", kClosedTag},

          {R"(\b(?:do|did|does|will|have|has) not (?:\w+ )?uphold\b|\bnot (?:been )?upheld\b)",
           kNotUpheldTag},
          {R"(\bno (?:evidence of )?fault\b|\bnot (?:at )?fault\b|\bnot (?:find|found) (?:any )?)"
           R"((?:evidence of )?fault\b|\bfound no (?:evidence of )?fault\b|\bwithout fault\b)",
           kNotUpheldTag},
          {R"(\bno maladministration\b)", kNotUpheldTag},

          {R"(\balready (?:been )?remed(?:ied|y)\b|\bremedied (?:the|any|its) (?:fault|injustice)\b)",
           kRemediedTag},
          {R"(\b(?:had|has|have) (?:already )?put (?:right|(?:matters|things|it|this|that) right)\b)"
           R"(|\balready (?:been )?put right\b|\balready put (?:matters|things|it) right\b)",
           kRemediedTag},
          {R"(\b(?:suitable|appropriate|proportionate|sufficient|satisfactory) remedy )"
           R"((?:has already|was already|already)\b)",
           kRemediedTag},
          {R"(\balready (?:provided|offered|made|given|agreed) (?:a |an )?(?:suitable |appropriate )"
           R"(|proportionate |sufficient )?remedy\b)",
           kRemediedTag},
      }};

  // Findings of fault, matched one by one so that the words before each can negate it.
  const Pattern fault_finding{
      "fault_finding",
      R"((?i)\b(?:(?:i|we) (?:have |has )?(?:\w+ )?(?:uphold|upheld)\b|)"
      R"(\b(?:and|to|i|we|therefore|now|partly|partially) uphold (?:the|this|mr|mrs|ms|miss|mx|dr|)"
      R"(her|his|their|part|parts|both|all|elements?|some|aspects?)\b|)"
      R"(fault (?:was )?found\b|fault causing (?:an |some |significant )?injustice\b|)"
      R"(\bbut (?:there was |i (?:have )?found |we (?:have )?found |i did find )?(?:some )?)"
      R"(fault (?:in|by|with)\b|)"
      R"(fault (?:which|that) (?:has )?caused (?:\w+ )?injustice\b|)"
      R"((?:find|finds|found) (?:some )?fault\b|(?:find|finds|found) (?:the \w+|it|them) )"
      R"((?:was |were |to be )?)"
      R"(at fault\b|(?:was|were|is|are|be) at fault\b|)"
      R"(there (?:was|is|were|has been) (?:some )?fault\b|(?:was|were|is|amounts to|amounted )"
      R"(to|constitutes|this is|that is|also) fault\b|(?:finding|findings) of fault\b|)"
      R"(maladministration (?:and|causing|which caused|that caused) (?:an )?injustice\b|)"
      R"(injustice caused by (?:maladministration|fault)\b|)"
      R"(fault and (?:an? )?injustice\b|(?:complaint|complaints) (?:is|are|was|were) )"
      R"((?:partly |partially )?upheld\b))"};

  // A negation or a hypothetical in the few words before a finding: "not found fault", "no
  // evidence the Council was at fault", "unlikely we would find fault", "to decide whether there
  // was fault".
  const Pattern negation_before{
      "negation_before",
      R"((?i)(?:\bno\b|\bnot\b|n't\b|\bnor\b|\bnever\b|\bwithout\b|\bneither\b|\bunable to\b|)"
      R"(\bunlikely\b|\binsufficient\b|\bwhether\b|\bif\b|\bwould\b|\bcould\b|\bmight\b|)"
      R"(\bmay\b|\bcannot\b)[^,;]{0,40}$)"};

  const Pattern not_word{"not_word", R"((?i)\bnot\b)"};
};

const PatternTable<Patterns> patterns("extract/outcome_inference.cpp");

// The fault findings of `sentence`: whether one stands, and whether one is negated ("no evidence
// to suggest the Council was at fault" says there was none).
struct Findings {
  bool positive = false;
  bool negated = false;
};

Findings fault_findings(std::string_view sentence) {
  Findings out;
  re2::StringPiece input(sentence.data(), sentence.size());
  re2::StringPiece m;
  std::size_t pos = 0;
  while (pos < sentence.size() &&
         patterns().fault_finding.re().Match(input, pos, sentence.size(), RE2::UNANCHORED, &m, 1)) {
    const std::size_t begin = static_cast<std::size_t>(m.data() - sentence.data());
    const std::size_t window = begin > 60 ? begin - 60 : 0;
    std::string_view before = sentence.substr(window, begin - window);
    // Only this clause: in "no fault in X but fault in Y" the "no" is not about Y.
    for (std::string_view cut : {",", ";", " but ", " however ", " although ", " whereas "}) {
      const std::size_t at = before.rfind(cut);
      if (at != std::string_view::npos) before = before.substr(at + cut.size());
    }
    const std::string_view matched(m.data(), m.size());
    if (RE2::PartialMatch(before, patterns().negation_before) ||
        RE2::PartialMatch(matched, patterns().not_word))
      out.negated = true;
    else
      out.positive = true;
    pos = begin + std::max<std::size_t>(m.size(), 1);
  }
  return out;
}

}  // namespace

std::optional<std::string> stated_outcome_slug(std::string_view value) {
  std::string v = rule_form(value);
  if (v.empty()) return std::nullopt;
  if (v.starts_with("not upheld")) return std::string(slug(Outcome::kNotUpheld));
  if (v.starts_with("upheld")) return std::string(slug(Outcome::kUpheld));
  if (v.starts_with("closed after initial enquiries"))
    return std::string(slug(Outcome::kClosedAfterInitialEnquiries));
  const std::size_t colon = v.find(':');
  if (colon != std::string::npos) v = std::string(trim(std::string_view(v).substr(0, colon)));
  // A label is a few words; a sentence ("I have decided ...") is not an outcome.
  if (v.find('.') != std::string::npos || std::count(v.begin(), v.end(), ' ') > 5)
    return std::nullopt;
  std::string slug;
  for (char c : v) {
    if (c == ' ' || c == '-') {
      if (!slug.empty() && slug.back() != '-') slug.push_back('-');
    } else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
      slug.push_back(c);
    }
  }
  while (!slug.empty() && slug.back() == '-') slug.pop_back();
  if (slug.empty()) return std::nullopt;
  return slug;
}

OutcomeSignal classify_outcome(std::string_view passage) {
  const std::string text = straighten_quotes(passage);
  bool upheld = false, closed = false, ended = false, not_upheld = false, remedied = false;
  for (std::string_view sentence : split_sentences(text)) {
    for (int tag : patterns().plain_patterns.match(sentence)) {
      if (tag == kClosedTag) closed = true;
      if (tag == kEndedTag) ended = true;
      if (tag == kNotUpheldTag) not_upheld = true;
      if (tag == kRemediedTag) remedied = true;
    }
    const Findings findings = fault_findings(sentence);
    if (findings.positive) upheld = true;
    if (findings.negated) not_upheld = true;
  }
  if (upheld) return OutcomeSignal::kUpheld;
  if (closed) return OutcomeSignal::kClosed;
  if (not_upheld) return remedied ? OutcomeSignal::kAmbiguous : OutcomeSignal::kNotUpheld;
  if (ended) return remedied ? OutcomeSignal::kAmbiguous : OutcomeSignal::kClosed;
  return OutcomeSignal::kNone;
}

std::string_view outcome_slug(OutcomeSignal signal) {
  switch (signal) {
    case OutcomeSignal::kUpheld:
      return slug(Outcome::kUpheld);
    case OutcomeSignal::kNotUpheld:
      return slug(Outcome::kNotUpheld);
    case OutcomeSignal::kClosed:
      return slug(Outcome::kClosedAfterInitialEnquiries);
    case OutcomeSignal::kAmbiguous:
      return slug(Outcome::kUnknown);
    case OutcomeSignal::kNone:
      break;
  }
  return {};
}

}  // namespace ombud
