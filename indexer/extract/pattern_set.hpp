// Many patterns tried against the same text at once (RE2::Set), each tagged with what its match
// means. Built once per pattern table; a match that the set cannot finish within its memory
// budget falls back to the patterns one at a time, so the answer never depends on the budget.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace ombud {

class PatternSet {
 public:
  struct Entry {
    std::string_view pattern;  // RE2 syntax; matched case-insensitively, unanchored
    int tag;
  };

  // Throws std::logic_error, naming the set (`name`) and the pattern, on a pattern that does not
  // compile: a bug, not bad input.
  PatternSet(std::string_view name, const std::vector<Entry>& entries);
  ~PatternSet();
  PatternSet(const PatternSet&) = delete;
  PatternSet& operator=(const PatternSet&) = delete;

  // The tags of the patterns matching somewhere in `text`, sorted, distinct.
  std::vector<int> match(std::string_view text) const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace ombud
