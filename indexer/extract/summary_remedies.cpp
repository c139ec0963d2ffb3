// Picking a Summary's statements of the remedy.
#include "extract/summary_remedies.hpp"

#include <re2/re2.h>

#include "read/checked_pattern.hpp"
#include "read/text_util.hpp"

namespace ombud {
namespace {

// The patterns of this file (read/checked_pattern.hpp). Both are tried on one sentence, after
// straighten_quotes().
struct Patterns {
  // A sentence saying what is to be done: the organisation agreed to it, will, should or must do
  // it, or we recommended it ("We recommended the Council pays", "It has accepted our
  // recommendations"). A recommendation by anyone else ("action recommended by the Review
  // Panel") is the complaint's history.
  const Pattern statement{
      "statement",
      R"((?i)\b(?:has|have)(?: now| since| also| therefore)? agreed\b|\bagreed to\b|)"
      R"(\b(?:will|shall|should|must)\b|)"
      R"(\b(?:i|we|the ombudsman)(?: have| has| also| therefore| now)* recommend(?:s|ed)?\b|)"
      R"(\b(?:our|my|the ombudsman's) recommendations?\b)"};

  // Wording that makes such a sentence something else:
  // - the Ombudsman's own future ("We will not investigate", "I will share this decision");
  // - a negative or a counterfactual ("will not", "should have told her");
  // - an agreement made before, or only referred to ("it had agreed to", "previously agreed",
  //   "the actions it agreed", "Mrs X agreed to");
  // - someone's words or wishes ("Mrs X says the Council should pay her £500", "she wants");
  // - what the organisation agreed in its own complaint process ("The Council agreed to pay
  //   £200 at stage two"; but "has agreed to pay the £150 it offered at stage one" is a
  //   statement, whose earlier offer the payment rules leave out).
  const Pattern not_statement{
      "not_statement",
      R"((?i)\b(?:we|i|you)(?: \w+)? (?:will|shall|should|must|would|could)\b|)"
      R"(\b(?:will|shall|should|must)(?: \w+)? (?:not|never|have)\b|)"
      R"(\b(?:won't|shouldn't|mustn't)\b|)"
      R"(\b(?:had|previously|already|originally|earlier|once) (?:\w+ )?agreed\b|)"
      R"(\b(?:what|actions?|steps|things|everything|all) (?:that )?(?:it|they|the council|)"
      R"(the organisation|the landlord|the provider) (?:had |has |have )?agreed\b|)"
      R"(\b(?:mr|mrs|ms|miss|mx|dr) [a-z]+ (?:has |had )?agreed\b|\b(?:he|she) (?:has |had )?agreed\b|)"
      R"(\b(?:complains?|complained|says|said|wants|wanted|asks|asked|believes|thinks|feels|)"
      R"(felt|argues|argued|disputes|disputed)\b|)"
      R"(\b(?:it|they|council|landlord|provider|agency|home|school|trust) agreed to [^.;]*)"
      R"(\b(?:stage (?:one|two|three|1|2|3)|(?:complaint|final) response)\b)"};
};

const PatternTable<Patterns> patterns("extract/summary_remedies.cpp");

}  // namespace

std::string summary_remedy_statements(std::string_view summary) {
  const std::string straight = straighten_quotes(summary);
  std::string out;
  for (std::string_view sentence : split_sentences(straight)) {
    if (!RE2::PartialMatch(sentence, patterns().statement)) continue;
    if (RE2::PartialMatch(sentence, patterns().not_statement)) continue;
    if (!out.empty()) out.push_back('\n');
    out.append(sentence);
  }
  return out;
}

}  // namespace ombud
