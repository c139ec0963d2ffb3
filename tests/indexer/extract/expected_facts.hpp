// Comparing a Decision with an expected-facts line (the seeds' expected.jsonl and the shape
// fixtures' expected.jsonl), field by field, so that a failure names the file and the field.
#pragma once

#include <filesystem>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "decision.hpp"
#include "temp_dir.hpp"  // read_bytes

namespace ombud::test {

struct ExpectedLine {
  std::string file;
  nlohmann::json facts;
};

// The lines of `path` (one JSON object a line, blank lines skipped).
std::vector<ExpectedLine> read_expected(const std::filesystem::path& path);

// Amounts from JSON: 500 -> 50000 pence, 1486.2 -> 148620.
std::vector<Pence> pence_list(const nlohmann::json& amounts);

}  // namespace ombud::test
