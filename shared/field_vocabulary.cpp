#include "field_vocabulary.hpp"

#include <array>

namespace ombud {
namespace {

using schema::FieldId;

// Each slug is written once, in a switch over its enum: -Wswitch (an error in CI's -Werror
// build) names an enumerator left without one, and the lists below are built from the switches,
// so they cannot fall out of order with the enums.
constexpr std::string_view slug_of(Outcome outcome) {
  switch (outcome) {
    case Outcome::kUpheld:
      return "upheld";
    case Outcome::kNotUpheld:
      return "not-upheld";
    case Outcome::kClosedAfterInitialEnquiries:
      return "closed-after-initial-enquiries";
    case Outcome::kUnknown:
      return "unknown";
  }
  return {};  // not an enumerator
}

constexpr std::string_view slug_of(RemedyKind kind) {
  switch (kind) {
    case RemedyKind::kApology:
      return "apology";
    case RemedyKind::kPayment:
      return "payment";
    case RemedyKind::kTraining:
      return "training";
    case RemedyKind::kProcedureReview:
      return "procedure-review";
    case RemedyKind::kServiceImprovement:
      return "service-improvement";
    case RemedyKind::kReconsiderComplaint:
      return "reconsider-complaint";
    case RemedyKind::kRefundOrWaiver:
      return "refund-or-waiver";
    case RemedyKind::kReassessment:
      return "reassessment";
    case RemedyKind::kOther:
      return "other";
  }
  return {};
}

// The number of values of Enum (numbered from 0 without gaps, as the enums above are).
template <typename Enum>
constexpr std::size_t value_count() {
  std::size_t n = 0;
  while (!slug_of(static_cast<Enum>(n)).empty()) ++n;
  return n;
}

// Every slug of Enum, in the order of its values.
template <typename Enum>
constexpr auto slugs_in_order() {
  std::array<std::string_view, value_count<Enum>()> out{};
  for (std::size_t i = 0; i < out.size(); ++i) out[i] = slug_of(static_cast<Enum>(i));
  return out;
}

// The slugs extraction writes and the query side accepts: one list for both.
constexpr auto kOutcomes = slugs_in_order<Outcome>();
constexpr auto kRemedies = slugs_in_order<RemedyKind>();

constexpr std::array<std::string_view, 2> kYesNo = {"yes", "no"};
constexpr std::array<std::string_view, 2> kDocTypes = {"decision", "report"};

}  // namespace

std::string_view slug(Outcome outcome) {
  return slug_of(outcome);
}

std::string_view slug(RemedyKind kind) {
  return slug_of(kind);
}

std::span<const std::string_view> field_vocabulary(FieldId id) {
  switch (id) {
    case FieldId::kOutcome:
      return kOutcomes;
    case FieldId::kRemedy:
      return kRemedies;
    case FieldId::kOfsted:
    case FieldId::kCqc:
      return kYesNo;
    case FieldId::kDocType:
      return kDocTypes;
    default:
      return {};
  }
}

std::string vocabulary_list(FieldId id) {
  std::string out;
  for (std::string_view v : field_vocabulary(id)) {
    if (!out.empty()) out += ", ";
    out += v;
  }
  return out;
}

}  // namespace ombud
