#include "field_vocabulary.hpp"

#include <array>

namespace ombud {
namespace {

using schema::FieldId;

// The slugs extraction writes (decision.hpp) and the query side accepts: one list for both.
constexpr std::array<std::string_view, 4> kOutcomes = {"upheld", "not-upheld",
                                                       "closed-after-initial-enquiries", "unknown"};
constexpr std::array<std::string_view, 9> kRemedies = {"apology",
                                                       "payment",
                                                       "training",
                                                       "procedure-review",
                                                       "service-improvement",
                                                       "reconsider-complaint",
                                                       "refund-or-waiver",
                                                       "reassessment",
                                                       "other"};
constexpr std::array<std::string_view, 2> kYesNo = {"yes", "no"};
constexpr std::array<std::string_view, 2> kDocTypes = {"decision", "report"};

}  // namespace

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
