// What one generated decision is about, decided before any text is written: its layout and
// outcome, the body and category, the people, the dates, the remedies and the payments. The
// text is then written to match the plan, so the facts file can be taken from it.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "calendar.hpp"
#include "decision.hpp"
#include "field_vocabulary.hpp"
#include "organisations.hpp"
#include "random.hpp"
#include "taxonomy.hpp"

namespace ombud::gen {

enum class Layout {
  kStatement,  // the compact decision statement
  kSavedPage,  // a decision page saved from the web: metadata block, numbered paragraphs
  kReport,     // a public report
};

enum class Outcome { kUpheld, kNotUpheld, kClosed };

// The remedy kinds, the indexer's own (field_vocabulary.hpp): the facts file names them by their
// slug(). A plan never holds kOther, which is what extraction says of a remedy it cannot name.
using Remedy = RemedyKind;

// Why a complaint was closed after initial enquiries.
enum class ClosureReason {
  kNoEvidenceOfFault,
  kTribunalAppeal,
  kLate,
  kNothingToAchieve,
  kAlreadyRemedied,
  kForTheCourts,
  kPremature,
};

struct Person {
  std::string name;  // "Mrs X"
  bool female = true;
};

struct CasePlan {
  std::size_t index = 0;
  Layout layout = Layout::kStatement;
  Outcome outcome = Outcome::kUpheld;
  const Organisation* org = nullptr;
  const Category* category = nullptr;
  const Subcategory* subcategory = nullptr;
  std::string case_ref;  // canonical NN-NNN-NNN

  CivilDate decision_date{};
  long events_start = 0;  // days since 1970 of the first event in "What happened"
  long events_end = 0;

  Person complainant;
  std::string client;          // the adult receiving care ("Mrs Y"), or the complainant
  std::string child;           // "Child B", "Y"
  std::string child_relation;  // "son", "daughter"
  std::string representative;  // "Mr M", or empty

  bool ofsted = false;             // the text says the decision is shared with Ofsted
  bool cqc = false;                // ... with the Care Quality Commission
  bool regulator_mention = false;  // a mention of Ofsted or the CQC that is not a sharing line
  bool remedied_before = false;    // upheld, but the body had already put things right
  ClosureReason closure = ClosureReason::kNoEvidenceOfFault;

  std::vector<Remedy> remedies;  // in the order the actions are written
  std::vector<Pence> payments;   // remedy payments, distinct
  Pence refund = 0;              // the refund-or-waiver amount, or 0 when none is written

  bool curly_apostrophes = true;  // "Mrs X’s" (most published text) or "Mrs X's"
  std::size_t target_bytes = 7000;
};

// The plan of document `index` of a run, drawn from `rng` (the document's own stream); the
// case reference's serial part depends on the seed and the index only.
CasePlan draw_plan(Rng& rng, std::uint64_t seed, std::size_t index, const Organisations& orgs);

// The serial part of case references: a bijection of 0..999,999, so references never repeat.
inline constexpr std::size_t kMaxDocuments = 1000000;

}  // namespace ombud::gen
