// Telling remedy payments from other amounts in remedy sections.
#include "extract/remedy_payments.hpp"

#include <re2/re2.h>

#include <algorithm>
#include <string>

#include "extract/money.hpp"
#include "read/checked_pattern.hpp"
#include "read/text_util.hpp"

namespace ombud {
namespace {

// The patterns of this file (read/checked_pattern.hpp).
struct Patterns {
  // Words before an amount saying it was paid or offered before this decision. The present
  // perfect ("the Council has now paid Mrs X £200") is left alone: in a remedy section it reports
  // the decision's own remedy carried out.
  const Pattern history_before{
      "history_before",
      R"((?i)\b(?:already|previously|earlier|originally|had (?:\w+ )?(?:offered|paid)|)"
      R"(was offered|were offered|it offered|council offered|landlord offered|)"
      R"(offered (?:him|her|them|mr|mrs|ms|miss|mx)\b|(?:its|the|an|this) offer of|accepted)\b)"};

  // Words after an amount saying it was offered or paid before ("the £150 it has already paid",
  // "the £100 offered at stage 2", "the £300 it offered, if it has not already done so"). Only
  // words about offering and paying: "£300 for the distress it previously failed to see" is a
  // remedy.
  const Pattern history_after{
      "history_after",
      R"((?i)^(?:\s*(?:previously |already |originally )?(?:offered|paid|refunded)\b|)"
      R"([^£]{0,80}?(?:\balready (?:been )?(?:paid|offered|made|given|refunded)\b|)"
      R"(\bnot already\b|\b(?:it|they|the council|the landlord|the agency|the provider|)"
      R"(the care home|the school|the trust) (?:had |has |have )?(?:previously |already |)"
      R"(originally |then )?(?:offered|paid|refunded|reimbursed|gave|made)\b|)"
      R"(\b(?:was|were|had been) (?:previously |already )?(?:offered|paid|)"
      R"(refunded)\b|\b(?:previously|earlier|originally) (?:offered|paid|agreed)\b)))"};

  // After a sum: its parts follow ("£1,150 compensation, made up of: £900 ... £250 ...").
  const Pattern breakdown_after{
      "breakdown_after",
      R"((?i)\b(?:made up of|comprising|comprised of|consisting of|broken down|as follows|)"
      R"(split (?:as|between|into)|which (?:is|are) made up)\b)"};

  // Before a sum: its parts came first ("£900 for distress and £250 for delay, a total of").
  const Pattern total_before{"total_before",
                             R"((?i)\b(?:a total of|in total|totalling|totaling|altogether)\W*$)"};

  // After a sum: it is the total of the amounts before it ("£200 and £100 (£300 in total)").
  const Pattern total_after{"total_after", R"((?i)^\W{0,3}(?:in total|altogether|overall)\b)"};

  // A rate, not a sum: "£85.90 a week", "£12 per hour".
  const Pattern rate_after{
      "rate_after",
      R"((?i)^\s*(?:(?:per|a|an|each|every)\s+(?:week|hour|night|day|fortnight)\b|weekly\b|)"
      R"(hourly\b|(?:pw|p\.w\.|ph)\b))"};

  // A sum owed, billed or charged: not money paid to the complainant.
  const Pattern charge_near{
      "charge_near", R"((?i)\b(?:council tax|bills?|invoices?|arrears|debts?|fees?|charges?|rent|)"
                     R"(overpayment|fines?|contribution))"};

  // A verb of paying that governs the amount: the decision orders it paid.
  const Pattern pay_verb_before{
      "pay_verb_before",
      R"((?i)\b(?:pay|paying|refund|refunding|reimburse|reimbursing|repay|repaying|)"
      R"(compensate|award|make (?:a|an) [a-z ,-]{0,40}?payment|payment of|a further|)"
      R"(an additional|remedy of|total of|sum of)\b[^£.;]{0,80}$)"};
};

const PatternTable<Patterns> patterns("extract/remedy_payments.cpp");

// "has already made a payment of £150" is history, though "payment of" is a verb of paying; "As
// previously agreed, pay Mr X £300" is not: a pay verb in a clause after the history words
// takes the amount back.
bool history_before_amount(std::string_view before) {
  re2::StringPiece input(before.data(), before.size());
  re2::StringPiece m;
  std::size_t last_end = std::string_view::npos;
  std::size_t pos = 0;
  while (pos <= before.size() &&
         patterns().history_before.re().Match(input, pos, before.size(), RE2::UNANCHORED, &m, 1)) {
    last_end = static_cast<std::size_t>(m.data() - before.data()) + m.size();
    pos = last_end > pos ? last_end : pos + 1;
  }
  if (last_end == std::string_view::npos) return false;
  const std::string_view rest = before.substr(last_end);
  const std::size_t clause = rest.find_last_of(",:(");
  if (clause == std::string_view::npos) return true;
  return !RE2::PartialMatch(rest.substr(clause), patterns().pay_verb_before);
}

// More parts than this are not a breakdown anyone writes; the limit keeps the work linear.
constexpr std::size_t kMaxParts = 12;

// A stated total counts once: the amounts that add up to it exactly, right after a sum that
// announces its parts or right before one announced as their total, are not paid on top.
void drop_parts_of_totals(const std::vector<AmountMention>& amounts, std::vector<bool>& included,
                          const std::vector<bool>& breakdown_of,
                          const std::vector<bool>& total_of) {
  const std::size_t n = amounts.size();
  for (std::size_t i = 0; i < n; ++i) {
    if (!included[i]) continue;
    const Pence total = amounts[i].pence;
    if (breakdown_of[i]) {
      Pence sum = 0;
      std::size_t j = i + 1;
      while (j < n && j - i <= kMaxParts && sum < total) sum += amounts[j++].pence;
      if (sum == total && j > i + 1)
        for (std::size_t k = i + 1; k < j; ++k) included[k] = false;
    }
    if (total_of[i] && i > 0) {
      Pence sum = 0;
      std::size_t j = i;
      while (j > 0 && i - j < kMaxParts && sum < total) sum += amounts[--j].pence;
      if (sum == total && j < i)
        for (std::size_t k = j; k < i; ++k) included[k] = false;
    }
  }
}

bool is_sentence_break(char c) {
  return c == '.' || c == ';' || c == '\n' || c == '?' || c == '!';
}

}  // namespace

std::vector<Pence> remedy_payments(std::string_view remedy_text) {
  const std::string text = straighten_quotes(remedy_text);
  const std::string_view view = text;
  const std::vector<AmountMention> amounts = find_amounts(view);
  std::vector<bool> included(amounts.size()), breakdown_of(amounts.size()),
      total_of(amounts.size());
  for (std::size_t i = 0; i < amounts.size(); ++i) {
    const AmountMention& a = amounts[i];
    // The amount's own stretch of text: back to the sentence start or the previous amount,
    // forward to the sentence end or the next amount.
    std::size_t from = a.begin;
    const std::size_t floor = i > 0 ? amounts[i - 1].end : 0;
    while (from > floor && !is_sentence_break(view[from - 1])) --from;
    std::size_t to = a.end;
    const std::size_t ceiling = i + 1 < amounts.size() ? amounts[i + 1].begin : view.size();
    while (to < ceiling &&
           !(is_sentence_break(view[to]) && (view[to] != '.' || to + 1 >= view.size() ||
                                             view[to + 1] == ' ' || view[to + 1] == '\n')))
      ++to;
    const std::string_view before = view.substr(from, a.begin - from);
    const std::string_view after = view.substr(a.end, to - a.end);

    const bool governed = RE2::PartialMatch(before, patterns().pay_verb_before);
    bool excluded = false;
    if (history_before_amount(before)) {
      excluded = true;
    } else if (RE2::PartialMatch(after, patterns().history_after)) {
      // Even when the decision says to pay it ("pay the £300 it offered at stage 2, if not
      // already paid"), money offered before the decision is not this decision's remedy.
      excluded = true;
    } else if (RE2::PartialMatch(after, patterns().rate_after)) {
      excluded = true;
    } else if (!governed) {
      // Only the few words touching the amount: "a council tax bill of £1,200", "the £60 fee".
      const std::string_view near_before =
          before.substr(before.size() > 40 ? before.size() - 40 : 0);
      const std::string_view near_after = after.substr(0, std::min<std::size_t>(after.size(), 30));
      excluded = RE2::PartialMatch(near_before, patterns().charge_near) ||
                 RE2::PartialMatch(near_after, patterns().charge_near);
    }
    // "£1,250 (£250 a month for five months)": a smaller amount explaining the one just paid.
    if (!excluded && i > 0 && included[i - 1] && a.pence < amounts[i - 1].pence) {
      const std::string_view between =
          view.substr(amounts[i - 1].end, a.begin - amounts[i - 1].end);
      const std::size_t open = between.find('(');
      if (open != std::string_view::npos && open <= 40 &&
          between.find(')', open) == std::string_view::npos)
        excluded = true;
    }
    included[i] = !excluded;
    if (RE2::PartialMatch(after, patterns().breakdown_after)) breakdown_of[i] = true;
    if (RE2::PartialMatch(before, patterns().total_before) ||
        RE2::PartialMatch(after, patterns().total_after))
      total_of[i] = true;
  }
  drop_parts_of_totals(amounts, included, breakdown_of, total_of);
  std::vector<Pence> out;
  for (std::size_t i = 0; i < amounts.size(); ++i)
    if (included[i]) out.push_back(amounts[i].pence);
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

}  // namespace ombud
