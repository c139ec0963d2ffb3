// Writing a run to disk: the decision files in folders of at most 1,000, and the facts file,
// one JSON object a line in the shape `ombud-index --extract` prints, plus "file".
#pragma once

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <nlohmann/json.hpp>
#include <string>

#include "generator.hpp"

namespace ombud::gen {

struct CorpusOptions {
  std::uint64_t seed = 42;
  std::size_t count = 0;
  std::filesystem::path out;    // the folder to write into (created if missing)
  std::filesystem::path facts;  // default: out / "facts.jsonl"
};

struct CorpusStats {
  std::size_t files = 0;
  std::uint64_t bytes = 0;  // of the decision files
  std::size_t median_bytes = 0;
  double seconds = 0;
};

// The facts line of one document: {"file": ..., then facts_json(...)}.
nlohmann::ordered_json facts_line(const GeneratedDecision& d);

// Writes the run. `progress` (may be empty) is called now and then with the files written so
// far. Throws std::runtime_error naming the path and the reason when a file cannot be written.
CorpusStats write_corpus(const CorpusOptions& options,
                         const std::function<void(std::size_t)>& progress = {});

}  // namespace ombud::gen
