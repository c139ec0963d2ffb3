// The summary object of ombud-search --json output: its last line (the lines before it are hits).
#pragma once

#include <nlohmann/json.hpp>
#include <string>

namespace ombud::test {

inline nlohmann::json json_summary(const std::string& out) {
  const std::size_t end = out.find_last_not_of('\n');
  const std::size_t start = out.rfind('\n', end);
  return nlohmann::json::parse(out.substr(start == std::string::npos ? 0 : start + 1));
}

}  // namespace ombud::test
