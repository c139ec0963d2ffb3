// Fictional decision texts, made in code, for tests that need many files or files with one
// defect each. Each is a complete saved-page decision with its own case reference.
#pragma once

#include <filesystem>
#include <string>

namespace ombud::test {

// The case reference of decision n, as printed ("22 004 017").
std::string printed_case_ref(int n);

// A decision of about 3 KB for case n.
std::string fixture_decision(int n);

// Writes decisions first .. first + count - 1 into `dir` as d00000.txt, d00001.txt, ...
void write_fixture_decisions(const std::filesystem::path& dir, int first, int count);

}  // namespace ombud::test
