#include "print/suggestion_text.hpp"

#include <fmt/format.h>

namespace ombud {

std::string suggestion_line(const SearchResult& result) {
  if (result.suggestion_unavailable) return fmt::format("Note: {}.\n", kNoRemoteSpelling);
  if (!result.suggestion) return {};
  std::string line = fmt::format("Did you mean: {}?", result.suggestion->query);
  if (result.suggestion_total) {
    const Xapian::doccount n = *result.suggestion_total;
    line += n == 1 ? " (1 decision)" : fmt::format(" ({} decisions)", n);
  }
  return line + '\n';
}

}  // namespace ombud
