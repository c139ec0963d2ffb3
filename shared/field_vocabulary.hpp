// The values the enumerated fields can take (outcome:, remedy:, ofsted:, cqc:, type:), beside the
// schema table: extraction writes only these, and the query side turns a mistyped value into an
// error that lists them instead of a silent empty result.
#pragma once

#include <optional>
#include <span>
#include <string>
#include <string_view>

#include "schema.hpp"

namespace ombud {

// A decision's outcome, as extraction settles it (Decision::outcome holds its slug).
enum class Outcome { kUpheld, kNotUpheld, kClosedAfterInitialEnquiries, kUnknown };

// A kind of remedy a decision agrees or recommends (Decision::remedies holds their slugs).
enum class RemedyKind {
  kApology,
  kPayment,
  kTraining,
  kProcedureReview,
  kServiceImprovement,
  kReconsiderComplaint,
  kRefundOrWaiver,
  kReassessment,
  kOther,
};

// The value written and searched for: "upheld", "closed-after-initial-enquiries", "apology",
// "procedure-review", ...
std::string_view slug(Outcome outcome);
std::string_view slug(RemedyKind kind);

// The valid values of `id`, or an empty span when the field takes free values (council:,
// category:, legislation:, ...). Outcomes and remedy kinds come in the order of their enums.
std::span<const std::string_view> field_vocabulary(schema::FieldId id);

// The values joined for a message: "upheld, not-upheld, closed-after-initial-enquiries, unknown".
std::string vocabulary_list(schema::FieldId id);

}  // namespace ombud
