// A file the indexer cannot take: reported with its path and reason, skipped, and counted.
#pragma once

#include <stdexcept>

namespace ombud {

class InputError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

}  // namespace ombud
