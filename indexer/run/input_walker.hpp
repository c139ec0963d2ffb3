// Finds the decision files named on the command line: files as given, folders walked
// recursively in name order (so runs are repeatable), symbolic links to folders not followed
// (so a link loop cannot trap the walk).
#pragma once

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <string>
#include <vector>

namespace ombud {

// True for the extensions the indexer reads: .txt, .html, .htm (any case).
bool is_decision_file(const std::filesystem::path& path);

// Calls on_file for each decision file under `roots`, and on_error(path, reason) for a root or
// folder that cannot be read. A root that is a file is passed on whatever its extension.
void walk_inputs(const std::vector<std::string>& roots,
                 const std::function<void(const std::filesystem::path&)>& on_file,
                 const std::function<void(const std::string&, const std::string&)>& on_error);

// How many decision files walk_inputs() finds under `roots`, and their bytes: a quick pre-count
// for the progress line's time left. Folders it cannot read count nothing.
struct InputTotals {
  std::size_t files = 0;
  std::uint64_t bytes = 0;
};
InputTotals count_inputs(const std::vector<std::string>& roots);

}  // namespace ombud
