// Every regular expression of the indexer compiles: each file's patterns are built here, not
// only those some input happens to reach, and every file that has patterns registers them.
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <regex>
#include <set>
#include <sstream>
#include <stdexcept>

#include "extract/pattern_set.hpp"
#include "read/checked_pattern.hpp"

using namespace ombud;
namespace fs = std::filesystem;
using Catch::Matchers::Contains;

namespace {

// The indexer's sources as "stage/file.cpp" (the names files register under) -> their text.
std::map<std::string, std::string> indexer_sources() {
  std::map<std::string, std::string> out;
  const fs::path root = fs::path(OMBUD_SOURCE_DIR) / "indexer";
  for (const auto& entry : fs::recursive_directory_iterator(root)) {
    if (entry.path().extension() != ".cpp") continue;
    std::ifstream in(entry.path());
    std::ostringstream text;
    text << in.rdbuf();
    out[fs::relative(entry.path(), root).generic_string()] = text.str();
  }
  return out;
}

}  // namespace

TEST_CASE("every registered pattern compiles", "[patterns]") {
  REQUIRE_FALSE(registered_pattern_files().empty());
  for (const PatternFile& file : registered_pattern_files()) {
    INFO(file.file);
    CHECK_NOTHROW(file.build());
  }
}

TEST_CASE("every file with patterns registers them, and builds none unchecked", "[patterns]") {
  std::set<std::string> registered;
  for (const PatternFile& file : registered_pattern_files())
    registered.insert(std::string(file.file));

  // A pattern is a Pattern or PatternSet member of the file's Patterns; anything that makes an
  // RE2 another way (an RE2 object, or a pattern string handed to a match function, which RE2
  // compiles on the spot: its second argument) escapes the check.
  const std::regex member(R"(const (Pattern|PatternSet) \w+\{)");
  const std::regex unchecked(R"(\bRE2\s+\w+\s*[({]|make_unique<RE2>|new RE2\b|)"
                             R"(RE2::\w+\([^,;]*,\s*R?")");
  std::set<std::string> with_patterns;
  for (const auto& [file, text] : indexer_sources()) {
    INFO(file);
    if (std::regex_search(text, member)) with_patterns.insert(file);
    if (file != "read/checked_pattern.cpp") CHECK_FALSE(std::regex_search(text, unchecked));
  }
  CHECK(registered == with_patterns);
}

TEST_CASE("a pattern that does not compile is an error naming it", "[patterns]") {
  CHECK_THROWS_WITH(Pattern("unclosed", "(a|b"),
                    Contains("pattern unclosed does not compile") && Contains("missing )"));
  RE2::Options options;
  options.set_log_errors(false);
  CHECK_THROWS_AS(Pattern("bad repeat", "a{2,1}", options), std::logic_error);
  CHECK_THROWS_WITH(PatternSet("kinds", {{"fine", 1}, {"(broken", 2}}),
                    Contains("kinds #2") && Contains("missing )"));
  CHECK_NOTHROW(Pattern("fine", "a|b"));
}
