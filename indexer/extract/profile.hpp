// Extraction profiles: one per ombudsman. A profile knows its source's pages (headings, case
// references: its PageRules) and reads a Decision's facts from a DecisionPage. Adding an
// ombudsman is adding a profile and listing it in profile.cpp.
#pragma once

#include <optional>
#include <span>
#include <string_view>

#include "decision.hpp"
#include "read/decision_page.hpp"

namespace ombud {

class Profile {
 public:
  virtual ~Profile() = default;
  // The source name, as in Decision::source and --profile: "lgsco", "housing".
  virtual std::string_view name() const = 0;
  virtual const PageRules& rules() const = 0;
  // How strongly `text` (whose title line, if any, is `title`) looks like this source's
  // decision: 0 not at all; a title reference of the source's own form scores kOwnTitleScore,
  // the most any profile gives.
  static constexpr int kOwnTitleScore = 100;
  virtual int detect(std::string_view text, const TitleLine* title) const = 0;
  // The facts of `page`. Throws InputError when the page cannot be a decision of this source
  // (no case reference in the title line).
  virtual Decision extract(const DecisionPage& page) const = 0;
};

// The facts every source states the same way: the Ofsted and CQC sharing lines, pound amounts,
// the remedy's payments and kinds (from the remedy sections, else from the Summary's statement
// of the remedy) and where they came from, statutes cited, and the page's sections and text.
// Profiles call it after reading what is particular to their source.
void read_common_facts(const DecisionPage& page, Decision& d);

// Every profile, the default (LGSCO) first.
std::span<const Profile* const> all_profiles();

// The profile called `name`, or nullptr.
const Profile* find_profile(std::string_view name);

// The profile chosen for a text, and the title line under its rules (found once, while
// choosing, and passed on to read_page()).
struct ProfileChoice {
  const Profile& profile;
  std::optional<TitleLine> title;
};

// The profile for `text`: the one named, or with "auto" the one whose detect() scores highest
// (ties go to the earlier profile). Throws InputError for an unknown name.
ProfileChoice choose_profile(std::string_view name, std::string_view text);

// Rules accepting every profile's headings and references: for read_page() without a profile.
const PageRules& any_source_rules();

}  // namespace ombud
