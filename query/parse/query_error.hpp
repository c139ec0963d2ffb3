// The error a user's query can cause: an unknown field, a bad value, a query Xapian cannot parse,
// a wildcard that matches too much. what() is one sentence for the user, naming the problem and,
// where it helps, what would work.
#pragma once

#include <stdexcept>

namespace ombud {

class QueryError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

}  // namespace ombud
