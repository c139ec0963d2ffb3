// The orders a search can be sorted in.
#pragma once

namespace ombud {

enum class SortOrder {
  kRelevance,  // best match first
  kNewest,     // latest decision date first, undated last; then relevance
  kOldest,     // earliest decision date first, undated last; then relevance
  kPaid,       // most paid first, then newest, then relevance
};

}  // namespace ombud
