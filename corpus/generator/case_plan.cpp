// Drawing a decision's plan: the mixes of layouts, outcomes, remedies and sizes live here.
#include "case_plan.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cmath>

namespace ombud::gen {
namespace {

// Layouts: about 55% saved pages, 35% statements, 5% reports; closed decisions come in the
// first two. Outcomes over all documents: about 55% upheld, 30% closed, 15% not upheld.
constexpr double kReportShare = 0.05;
constexpr double kSavedPageShare = 0.58;
constexpr double kUpheldShare = 0.55;
constexpr double kClosedShare = 0.30;

// The serial digits: index * kSerialStep + offset, mod 10^6. kSerialStep is coprime to 10^6, so
// this is a bijection and references never repeat within a run.
constexpr std::uint64_t kSerialStep = 738421;

constexpr std::array<char, 16> kLetters = {'B', 'C', 'D', 'F', 'J', 'K', 'L', 'M',
                                           'N', 'P', 'R', 'S', 'T', 'W', 'Y', 'Z'};

Person draw_person(Rng& rng, char letter) {
  const double u = rng.unit();
  Person p;
  p.female = u >= 0.37;
  const std::string_view title = u < 0.37 ? "Mr" : u < 0.74 ? "Mrs" : u < 0.95 ? "Ms" : "Miss";
  p.name = fmt::format("{} {}", title, letter);
  return p;
}

char other_letter(Rng& rng, char taken) {
  for (;;) {
    const char c = rng.pick(std::span<const char>(kLetters));
    if (c != taken) return c;
  }
}

Pence draw_payment(Rng& rng) {
  static constexpr std::array<int, 16> kCommon = {100, 150, 200, 250, 300, 350, 400, 450,
                                                  500, 500, 600, 700, 750, 800, 900, 1000};
  const double u = rng.unit();
  Pence pounds = 0;
  if (u < 0.85) {
    pounds = rng.pick(std::span<const int>(kCommon));
  } else if (u < 0.93) {
    pounds = 1000 + 50 * rng.between(1, 40);
  } else if (u < 0.97) {
    // Backdated or recalculated sums are exact: "£1,684.20".
    return 100 * (1000 + rng.between(1, 2000)) + rng.between(1, 99);
  } else {
    pounds = 3000 + 100 * rng.between(1, 70);
  }
  return pounds * 100;
}

std::size_t draw_size(Rng& rng, double median, double sigma) {
  const double bytes = median * std::exp(sigma * rng.normal());
  return static_cast<std::size_t>(std::clamp(bytes, 3000.0, 19500.0));
}

void draw_remedies(Rng& rng, CasePlan& plan) {
  const bool report = plan.layout == Layout::kReport;
  const Category& cat = *plan.category;
  auto add = [&](Remedy r, double p) {
    if (rng.chance(p)) plan.remedies.push_back(r);
  };
  add(Remedy::kApology, report ? 0.95 : 0.85);
  add(Remedy::kPayment, report ? 0.6 : 0.33);
  add(Remedy::kRefundOrWaiver, cat.waive.empty() ? 0 : 0.08);
  add(Remedy::kReassessment, cat.reassess.empty() ? 0 : 0.15);
  add(Remedy::kReconsiderComplaint, cat.children ? 0.25 : 0.08);
  add(Remedy::kTraining, report ? 0.7 : 0.35);
  add(Remedy::kProcedureReview, report ? 0.6 : 0.25);
  add(Remedy::kServiceImprovement, 0.15);
  if (plan.remedies.empty()) plan.remedies.push_back(Remedy::kApology);

  if (std::find(plan.remedies.begin(), plan.remedies.end(), Remedy::kPayment) !=
      plan.remedies.end()) {
    plan.payments.push_back(draw_payment(rng));
    if (rng.chance(0.15)) {
      Pence second = draw_payment(rng);
      while (second == plan.payments.front()) second = draw_payment(rng);
      plan.payments.push_back(second);
    }
  }
  if (std::find(plan.remedies.begin(), plan.remedies.end(), Remedy::kRefundOrWaiver) !=
      plan.remedies.end()) {
    plan.refund = 100 * rng.between(25, 1500);
    if (rng.chance(0.5)) plan.refund += rng.between(1, 99);
    // A refund equal to a payment would make the payment list ambiguous to read back.
    while (std::find(plan.payments.begin(), plan.payments.end(), plan.refund) !=
           plan.payments.end()) {
      plan.refund += 100;
    }
  }
}

}  // namespace

CasePlan draw_plan(Rng& rng, std::uint64_t seed, std::size_t index, const Organisations& orgs) {
  CasePlan plan;
  plan.index = index;

  const double layout_u = rng.unit();
  plan.layout = layout_u < kReportShare                     ? Layout::kReport
                : layout_u < kReportShare + kSavedPageShare ? Layout::kSavedPage
                                                            : Layout::kStatement;
  if (plan.layout == Layout::kReport) {
    plan.outcome = Outcome::kUpheld;
  } else {
    // Reports are all upheld, so the other layouts take a little less than kUpheldShare.
    const double upheld = (kUpheldShare - kReportShare) / (1 - kReportShare);
    const double closed = kClosedShare / (1 - kReportShare);
    const double u = rng.unit();
    plan.outcome = u < upheld            ? Outcome::kUpheld
                   : u < upheld + closed ? Outcome::kClosed
                                         : Outcome::kNotUpheld;
  }
  const bool investigated = plan.outcome != Outcome::kClosed;

  plan.org = &orgs.draw(rng);
  const Taxonomy& taxonomy = Taxonomy::get();
  plan.category = &taxonomy.draw(plan.org->kind, rng);
  plan.subcategory = &taxonomy.draw_subcategory(*plan.category, plan.org->kind, rng);

  // Decision dates from 1 April 2013 to 31 October 2026, uniformly; the reference year is one
  // or two years earlier for investigations, the same or the year before for closures.
  const long first = days_from_civil({2013, 4, 1});
  const long last = days_from_civil({2026, 10, 31});
  const long decided =
      first + static_cast<long>(rng.below(static_cast<std::size_t>(last - first + 1)));
  plan.decision_date = civil_from_days(decided);
  const int lag = investigated ? (rng.chance(0.7) ? 1 : 2) : (rng.chance(0.6) ? 0 : 1);
  const int ref_year = std::max(2012, plan.decision_date.year - lag);
  const std::uint64_t serial =
      (static_cast<std::uint64_t>(index) * kSerialStep + mix_seed(seed, 0x5e7ULL) % 1000000) %
      1000000;
  plan.case_ref = fmt::format("{:02}-{:03}-{:03}", ref_year % 100, serial / 1000, serial % 1000);

  // The events told in "What happened" run up to the complaint to us, in the reference year.
  const long ref_start = days_from_civil({ref_year, 1, 1});
  const long received = std::min(decided - 20, ref_start + static_cast<long>(rng.below(300)));
  plan.events_start = received - rng.between(60, 540);
  plan.events_end = received + (decided - received) / 2;

  const char letter = rng.chance(0.75) ? 'X' : rng.pick(std::span<const char>(kLetters));
  plan.complainant = draw_person(rng, letter);
  plan.client = plan.complainant.name;
  if (plan.category->adults && rng.chance(0.5)) {
    plan.client = draw_person(rng, other_letter(rng, letter)).name;
  }
  const char child_letter = other_letter(rng, letter);
  plan.child =
      rng.chance(0.6) ? fmt::format("Child {}", child_letter) : std::string(1, child_letter);
  plan.child_relation = rng.chance(0.5) ? "son" : "daughter";
  if (rng.chance(0.12)) {
    plan.representative = draw_person(rng, other_letter(rng, letter)).name;
  }

  // Reports have no role-and-powers section, where the sharing lines go.
  if (investigated && plan.layout != Layout::kReport) {
    plan.ofsted = plan.category->children && plan.category->name == "Children's care services" &&
                  rng.chance(0.9);
    const double cqc_share = plan.org->kind == OrgKind::kCareProvider ? 0.7 : 0.45;
    plan.cqc = plan.category->adults && rng.chance(cqc_share);
  }
  plan.regulator_mention = !plan.ofsted && !plan.cqc &&
                           (plan.category->adults || plan.category->name == "Education") &&
                           rng.chance(0.06);

  if (plan.outcome == Outcome::kUpheld) {
    plan.remedied_before = plan.layout != Layout::kReport && rng.chance(0.10);
    if (!plan.remedied_before) draw_remedies(rng, plan);
  }
  if (plan.outcome == Outcome::kClosed) {
    plan.closure = static_cast<ClosureReason>(rng.below(7));
  }

  plan.curly_apostrophes = rng.chance(0.8);
  switch (plan.outcome) {
    case Outcome::kClosed:
      plan.target_bytes = draw_size(rng, 4100, 0.25);
      break;
    case Outcome::kUpheld:
    case Outcome::kNotUpheld:
      plan.target_bytes =
          plan.layout == Layout::kReport ? draw_size(rng, 6000, 0.45) : draw_size(rng, 9100, 0.45);
      break;
  }
  return plan;
}

}  // namespace ombud::gen
