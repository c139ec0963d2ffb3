#include "read/checked_pattern.hpp"

#include <stdexcept>
#include <string>

namespace ombud {
namespace {

re2::StringPiece piece(std::string_view s) {
  return re2::StringPiece(s.data(), s.size());
}

void check(const RE2& re, std::string_view name) {
  if (!re.ok())
    throw std::logic_error("pattern " + std::string(name) + " does not compile: " + re.error());
}

// Built on first use: registrations run during static initialisation, in any order.
std::vector<PatternFile>& registry() {
  static std::vector<PatternFile> files;
  return files;
}

}  // namespace

Pattern::Pattern(std::string_view name, std::string_view pattern) : re_(piece(pattern)) {
  check(re_, name);
}

Pattern::Pattern(std::string_view name, std::string_view pattern, const RE2::Options& options)
    : re_(piece(pattern), options) {
  check(re_, name);
}

void register_pattern_file(std::string_view file, void (*build)()) {
  registry().push_back({file, build});
}

const std::vector<PatternFile>& registered_pattern_files() {
  return registry();
}

}  // namespace ombud
