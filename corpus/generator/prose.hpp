// Sentences from templates. A template is plain text with slots in braces: "{c} says {org}
// {fault}." Slots name the people and the body of the case plan, dates from its timeline,
// words from the vocabulary, sums of money and statutes. Amounts and statutes are recorded as
// they are written, so the planted facts are exactly what the text says.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "case_plan.hpp"
#include "decision.hpp"
#include "random.hpp"
#include "vocabulary.hpp"

namespace ombud::gen {

// What the text of one decision says, collected while it is written.
struct PlantedFacts {
  std::vector<Pence> amounts;          // every amount written
  std::vector<Pence> remedy_payments;  // amounts written inside the remedy section
  std::vector<std::string_view> legislation;

  void clear() {
    amounts.clear();
    remedy_payments.clear();
    legislation.clear();
  }
};

class Prose {
 public:
  Prose(Rng& rng, const CasePlan& plan, PlantedFacts& facts);

  // Appends the expansion of `tmpl`, its first letter capitalised. Slots:
  //   {c} {c's} {pro} {Pro} {obj} {poss} {Poss}   the complainant and their pronouns
  //   {client} {client's}  the adult receiving care; {child} {child's} {rel}; {rep}
  //   {org} {Org} {org's} {Org's}   "the Council"
  //   {date} {month}   the next date of the timeline; {topic} {thing} {officer} {fault} {event}
  //   {pname} {place}  invented names; {harm} {want}
  //   {money:LO:HI} {moneyp:LO:HI}   a sum in whole pounds / with pence, in [LO, HI]
  //   {pay} {pay2} {refund}   the plan's remedy sums; {law:Name Act 1999}
  //   {noun} {adj} {adv} {vpast} {vbase} {vpp} {a_adj} {a_noun} {rare}   vocabulary
  //   {filler}   a whole filler sentence (own capitalisation)
  void sentence(std::string_view tmpl, std::string& out);
  // Appends the expansion of `tmpl` as it is (no capital): a clause continuing a sentence.
  void phrase(std::string_view tmpl, std::string& out);
  // Appends one sentence from `pool`, chosen at random.
  void sentence_from(std::span<const std::string_view> pool, std::string& out);
  // Appends a filler sentence built from the general vocabulary.
  void filler(std::string& out);
  // Appends " " before the next sentence when `out` is not empty and does not end in a space.
  static void space(std::string& out);

  // While set, amounts written count as remedy payments.
  void set_remedy_section(bool on) { in_remedy_ = on; }
  // Appends "£1,250" or "£94.50" and records the amount.
  void money(Pence pence, std::string& out);

  Rng& rng() { return rng_; }
  const CasePlan& plan() const { return plan_; }

 private:
  void expand(std::string_view tmpl, std::string& out);
  // Appends template text, with the document's apostrophe for each "'".
  void literal(std::string_view text, std::string& out) const;
  void slot(std::string_view name, std::string_view arg, std::string& out);
  void possessive(std::string_view name, std::string& out);
  CivilDate next_date();

  Rng& rng_;
  const CasePlan& plan_;
  PlantedFacts& facts_;
  const Vocabulary& vocab_;
  bool in_remedy_ = false;
  std::string_view apostrophe_;  // "’" or "'"
  long today_;                   // the timeline's last date, in days since 1970
  int max_step_ = 30;            // days between two dates, at most
  std::size_t pay_index_ = 0;
};

}  // namespace ombud::gen
