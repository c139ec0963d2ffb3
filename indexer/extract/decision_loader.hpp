// From a file's bytes to a Decision: decode, read the page (furniture stripped, sections found),
// then extract the facts with the source's profile.
#pragma once

#include <cstddef>
#include <filesystem>
#include <string>
#include <string_view>

#include "decision.hpp"

namespace ombud {

struct LoadOptions {
  std::string profile = "auto";             // "auto", "lgsco", "housing"
  std::size_t max_size = 10 * 1024 * 1024;  // larger files are skipped
};

// Reads and extracts one decision from `bytes` (the file's content; `name` is its path, used to
// tell HTML from text by its extension). Throws InputError with the reason when the file cannot
// be indexed (not text, no case reference, ...).
Decision parse_decision(std::string_view bytes, const std::string& name,
                        const LoadOptions& options);

// Reads the file at `path` and calls parse_decision(). Throws InputError.
Decision load_decision(const std::filesystem::path& path, const LoadOptions& options);

}  // namespace ombud
