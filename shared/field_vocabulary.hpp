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

// The valid values of `id`, or an empty span when the field takes free values (council:,
// category:, legislation:, ...).
std::span<const std::string_view> field_vocabulary(schema::FieldId id);

// The values joined for a message: "upheld, not-upheld, closed-after-initial-enquiries, unknown".
std::string vocabulary_list(schema::FieldId id);

}  // namespace ombud
