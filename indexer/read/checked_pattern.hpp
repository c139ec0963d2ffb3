// Regular expressions that are checked when they are built. RE2 leaves a pattern that does not
// compile in an error state in which every match says "no": a typo would make a rule silently
// match nothing. A Pattern throws instead, naming itself and RE2's error. Each source file keeps
// its patterns together in a PatternTable, which registers them, so that one test builds every
// pattern of the indexer rather than only those some input happens to reach.
#pragma once

#include <re2/re2.h>

#include <string_view>
#include <vector>

namespace ombud {

class Pattern {
 public:
  // Compiles `pattern` with RE2's default options, or with `options`. Throws std::logic_error
  // ("pattern NAME does not compile: RE2's error") when it does not compile: a bug, not bad input.
  Pattern(std::string_view name, std::string_view pattern);
  Pattern(std::string_view name, std::string_view pattern, const RE2::Options& options);
  Pattern(const Pattern&) = delete;
  Pattern& operator=(const Pattern&) = delete;

  const RE2& re() const { return re_; }
  operator const RE2&() const { return re_; }

 private:
  RE2 re_;
};

// The patterns of one source file: `build` constructs all of them (and throws as Pattern does).
struct PatternFile {
  std::string_view file;  // "read/decision_page.cpp"
  void (*build)();
};

// Adds a file to registered_pattern_files(); PatternTable calls it.
void register_pattern_file(std::string_view file, void (*build)());

// Every file registered in this program (those linked into it), in no particular order.
const std::vector<PatternFile>& registered_pattern_files();

// One file's patterns: a struct whose members are the file's Patterns (and PatternSets), built
// together on first use, and registered as the file is loaded. In a file:
//   struct Patterns { const Pattern title{"title", R"(...)"}; ... };
//   const PatternTable<Patterns> patterns("read/decision_page.cpp");
//   ... RE2::FullMatch(line, patterns().title) ...
template <typename Patterns>
class PatternTable {
 public:
  explicit PatternTable(std::string_view file) {
    register_pattern_file(file, [] { built(); });
  }
  const Patterns& operator()() const { return built(); }

 private:
  static const Patterns& built() {
    static const Patterns patterns;
    return patterns;
  }
};

}  // namespace ombud
