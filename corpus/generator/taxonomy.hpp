// The LGSCO category taxonomy as decision pages print it ("Category : Housing > Homelessness"),
// with, for each category, the words and sentence templates its decisions are written from:
// the officers and things involved, what went wrong, the law cited, and the non-remedy sums of
// money a story mentions. Templates use the slots that prose.hpp expands.
#pragma once

#include <span>
#include <string_view>
#include <vector>

#include "organisations.hpp"
#include "random.hpp"

namespace ombud::gen {

struct Subcategory {
  std::string_view name;
  double weight;
  std::vector<std::string_view> topics;  // "the assessment of {c's} care needs"
  // Who deals with it. Empty: every council kind the category lists (county, district,
  // unitary, London borough), but not care providers, admission authorities or combined
  // authorities, which must be named.
  std::vector<OrgKind> kinds = {};

  bool dealt_with_by(OrgKind kind) const;
};

struct Category {
  std::string_view name;
  double weight;
  bool children = false;       // decisions may be shared with Ofsted
  bool adults = false;         // decisions may be shared with the Care Quality Commission
  bool child_focused = false;  // the story is about a child of the complainant
  std::vector<OrgKind> kinds;  // who deals with it
  std::vector<Subcategory> subcategories;
  std::vector<std::string_view> officers;  // "social worker"
  std::vector<std::string_view> things;    // "care and support plan"
  std::vector<std::string_view> faults;    // past-tense verb phrases, no subject
  std::vector<std::string_view> events;    // neutral past-tense verb phrases, no subject
  std::vector<std::string_view> law;       // paragraphs citing statutes with {law:...}
  std::vector<std::string_view> money;     // sentences with non-remedy {money:...} amounts
  std::vector<std::string_view> reassess;  // remedy actions of kind reassessment
  // Remedy actions of kind refund-or-waiver. A sum ({refund}) is written only where money goes
  // back to the complainant: a cancelled charge is not a payment, so it names no amount.
  std::vector<std::string_view> waive;
  std::string_view subheading;  // the law subheading in "What I found"

  bool dealt_with_by(OrgKind kind) const;
};

class Taxonomy {
 public:
  static const Taxonomy& get();

  const std::vector<Category>& categories() const { return categories_; }
  // A category this kind of body deals with, by the categories' weights.
  const Category& draw(OrgKind kind, Rng& rng) const;
  // A subcategory of `category` this kind of body deals with, by weight.
  const Subcategory& draw_subcategory(const Category& category, OrgKind kind, Rng& rng) const;

 private:
  Taxonomy();
  std::vector<Category> categories_;
};

}  // namespace ombud::gen
