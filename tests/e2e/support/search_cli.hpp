// Running the real ombud-index and ombud-search for end-to-end tests.
#pragma once

#include <filesystem>
#include <set>
#include <string>
#include <vector>

#include "run_command.hpp"
#include "temp_dir.hpp"

namespace ombud::test {

// A database built by the real ombud-index from `inputs` (files or folders) in a temporary
// folder. Fails the test (REQUIRE) when indexing fails.
class IndexedDb {
 public:
  explicit IndexedDb(const std::vector<std::filesystem::path>& inputs);
  const std::string& path() const { return path_; }

 private:
  TempDir dir_;
  std::string path_;
};

// Runs ombud-search with `args` (each quoted for the shell) and, when `db` is not empty, --db.
CommandResult run_search(const std::string& db, const std::vector<std::string>& args,
                         const std::string& env = "");

// The case_ref of each hit line of --json output.
std::set<std::string> json_case_refs(const std::string& out);

// The fixture decisions of tests/fixtures/search.
std::filesystem::path search_fixtures();

}  // namespace ombud::test
