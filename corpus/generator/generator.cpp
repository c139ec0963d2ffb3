// From a plan to text and facts.
#include "generator.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <stdexcept>

#include "case_plan.hpp"
#include "content.hpp"
#include "field_vocabulary.hpp"
#include "layouts.hpp"
#include "prose.hpp"

namespace ombud::gen {
namespace {

std::string_view outcome_slug(Outcome outcome) {
  switch (outcome) {
    case Outcome::kUpheld:
      return slug(ombud::Outcome::kUpheld);
    case Outcome::kNotUpheld:
      return slug(ombud::Outcome::kNotUpheld);
    case Outcome::kClosed:
      return slug(ombud::Outcome::kClosedAfterInitialEnquiries);
  }
  return slug(ombud::Outcome::kUnknown);
}

template <class T>
void sort_unique(std::vector<T>& v) {
  std::sort(v.begin(), v.end());
  v.erase(std::unique(v.begin(), v.end()), v.end());
}

Decision facts_of(const CasePlan& plan, PlantedFacts& planted) {
  Decision d;
  d.source = "lgsco";
  d.organisation = plan.org->name;
  d.case_ref = plan.case_ref;
  d.doc_type = plan.layout == Layout::kReport ? "report" : "decision";
  // Only the saved page prints the metadata block: elsewhere category and date are unknown.
  const bool page = plan.layout == Layout::kSavedPage;
  if (page) {
    d.category = std::string(plan.category->name);
    d.subcategory = std::string(plan.subcategory->name);
    d.decision_date = iso_date(plan.decision_date);
  }
  d.outcome = outcome_slug(plan.outcome);
  d.outcome_source = page ? "stated" : "inferred";
  d.ofsted_shared = plan.ofsted;
  d.cqc_shared = plan.cqc;
  sort_unique(planted.amounts);
  sort_unique(planted.remedy_payments);
  d.amounts = planted.amounts;
  d.remedy_payments = planted.remedy_payments;
  for (Remedy r : plan.remedies) d.remedies.emplace_back(slug(r));
  sort_unique(d.remedies);
  // Every remedy the generator plants is in an Agreed action or Recommendations section.
  if (!d.remedies.empty()) d.remedy_source = "sections";
  for (std::string_view law : planted.legislation) d.legislation.emplace_back(law);
  sort_unique(d.legislation);
  return d;
}

}  // namespace

Generator::Generator(std::uint64_t seed) : seed_(seed), orgs_(seed) {}

std::string Generator::relative_path(std::size_t index) {
  return fmt::format("{:03}/{:06}.txt", index / 1000, index);
}

void Generator::generate(std::size_t index, GeneratedDecision& out) const {
  if (index >= kMaxDocuments) {
    throw std::out_of_range(
        fmt::format("document {} is beyond the {} a run can hold", index, kMaxDocuments));
  }
  Rng rng(mix_seed(seed_, index + 1));
  const CasePlan plan = draw_plan(rng, seed_, index, orgs_);
  PlantedFacts planted;
  Prose prose(rng, plan, planted);
  const Document doc = write_document(prose);
  out.relative_path = relative_path(index);
  out.text.clear();
  out.text.reserve(plan.target_bytes + 4096);
  render(doc, plan.layout, out.text);
  out.facts = facts_of(plan, planted);
}

}  // namespace ombud::gen
