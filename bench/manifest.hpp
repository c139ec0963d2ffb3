// The list of documents the baseline indexers read: each file's path and the facts the generator
// wrote for it in facts.jsonl. bench/run writes it (untimed), so the baselines get their facets
// without extraction code of their own, and every engine indexes the same files.
#pragma once

#include <string>
#include <vector>

namespace ombud::bench {

struct ManifestEntry {
  std::string path;
  std::string case_ref;
  std::string council;
  std::string category;  // empty when the decision has none
  std::string outcome;
  std::string date;  // ISO YYYY-MM-DD, or empty
  std::string year;  // YYYY, or empty
  double paid = 0;   // pounds
};

// Reads the tab-separated manifest at `path` (one header line, then one line per document).
// Throws std::runtime_error naming the path and line on a malformed line.
std::vector<ManifestEntry> read_manifest(const std::string& path);

// The whole content of the file at `path`. Throws std::runtime_error naming it when unreadable.
std::string read_file(const std::string& path);

}  // namespace ombud::bench
