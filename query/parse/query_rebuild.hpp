// Which Xapian query operators can be built again from their subqueries alone. Xapian 1.4's
// public API gives back a query's operator and subqueries but not its parameters (a NEAR's
// window, a SCALE_WEIGHT's factor, a value range's bounds), so code that rewrites part of a query
// (synonym_phrases here, ranking_query in search/) rebuilds only these and keeps the others whole.
#pragma once

#include <xapian.h>

namespace ombud {

inline bool rebuildable_from_subqueries(Xapian::Query::op op) {
  switch (op) {
    case Xapian::Query::OP_AND:
    case Xapian::Query::OP_OR:
    case Xapian::Query::OP_AND_NOT:
    case Xapian::Query::OP_XOR:
    case Xapian::Query::OP_AND_MAYBE:
    case Xapian::Query::OP_FILTER:
    case Xapian::Query::OP_SYNONYM:
    case Xapian::Query::OP_MAX:
      return true;
    default:
      return false;
  }
}

}  // namespace ombud
