// What passes between the steps of an index run: a file the walk found that needs reading, and
// what an analysis worker made of it. Both carry the file's number in walk order, so that the
// writer can apply them in that order whatever the number of workers.
#pragma once

#include <xapian.h>

#include <cstddef>
#include <string>
#include <vector>

#include "spelling_dictionary.hpp"
#include "write/file_registry.hpp"

namespace ombud {

// A file that is new, or changed since the last run.
struct FileTask {
  std::size_t seq = 0;
  std::string path;  // as the user will see it
  std::string key;   // absolute, normalised: the registry's key (registry_key())
  FileRecord state;  // size and modification time now
};

// A file read and analysed: its document, or why it cannot be indexed.
struct AnalysedFile {
  std::size_t seq = 0;
  std::string path, key;
  FileRecord state;
  std::string error;  // empty on success
  std::string case_ref;
  Xapian::Document doc;
  SpellingCounts spelling;  // its words for the spelling dictionary, when the run keeps one
  // In a bulk load (run/bulk_load.hpp) the worker writes the document and its words itself; what
  // reaches the writer is a hash of the document's data, and `doc` keeps only its values.
  bool written = false;
  std::size_t data_hash = 0;
};

// `path` as the file registry knows it: absolute and normalised.
std::string registry_key(const std::string& path);

// Whether registry key `key` is `root` or under it, for one of `roots` (registry keys too).
bool under_any_root(const std::string& key, const std::vector<std::string>& roots);

// "invalid UTF-8 at byte 12" -> "invalid UTF-8": the summary groups skipped files by reason,
// without the details.
std::string reason_kind(const std::string& reason);

}  // namespace ombud
