// ombud-gen's core: document i of a run, as text and as the facts it plants. Deterministic: the
// same seed and index give the same bytes, whatever the count and on whichever thread.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>

#include "decision.hpp"
#include "organisations.hpp"

namespace ombud::gen {

struct GeneratedDecision {
  std::string relative_path;  // "000/000123.txt": at most 1,000 files a folder
  std::string text;
  Decision facts;  // what extraction should find; title, sections and text left empty
};

class Generator {
 public:
  explicit Generator(std::uint64_t seed);

  // Fills `out` with document `index` (0-based, below kMaxDocuments). Reuses out's buffers.
  void generate(std::size_t index, GeneratedDecision& out) const;

  const Organisations& organisations() const { return orgs_; }
  static std::string relative_path(std::size_t index);

 private:
  std::uint64_t seed_;
  Organisations orgs_;
};

}  // namespace ombud::gen
