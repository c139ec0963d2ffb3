// Puts the thesaurus into the database an index run writes: the shipped one (thesaurus.hpp) and
// the user's own files (--synonyms), as Xapian synonyms in every shard, written in the run's open
// batch so a killed run leaves the synonyms and their record consistent. The record (metadata
// kThesaurusKey) holds the table's fingerprint, so a run with an unchanged thesaurus writes
// nothing. The database also keeps the user's entries (kUserThesaurusKey), so a later run without
// --synonyms keeps them, as it keeps the number of shards.
#pragma once

#include <cstddef>
#include <functional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "write/shard_set.hpp"

namespace ombud {

inline constexpr std::string_view kThesaurusKey = "ombud:thesaurus";
inline constexpr std::string_view kUserThesaurusKey = "ombud:thesaurus_user";

// A --synonyms file that cannot be read: the run stops before it writes anything.
class ThesaurusFileError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

struct ThesaurusOptions {
  std::vector<std::string> files;  // the user's files; they replace those the database keeps
  bool forget_user_files = false;  // drop the user's entries the database keeps
};

struct ThesaurusSummary {
  std::size_t entries = 0;       // entries loaded, shipped and the user's
  std::size_t user_entries = 0;  // of which from the user's files
  std::size_t keys = 0;          // synonym keys in the table
  std::size_t errors = 0;        // lines of the user's files skipped
  bool rewritten = false;        // false: every shard already held this table
};

class ThesaurusStore {
 public:
  // Reads the user's files, so that one that cannot be read stops the run before the database is
  // opened. Throws ThesaurusFileError.
  explicit ThesaurusStore(const ThesaurusOptions& options);

  // Builds the table (the shipped thesaurus, then the user's files, or else the entries `shards`
  // keeps), reports each bad line of a user's file through `report` ("FILE:LINE: error: ..."),
  // and writes the table into every shard whose record differs, in its open batch.
  ThesaurusSummary install(ShardSet& shards,
                           const std::function<void(const std::string&)>& report) const;

 private:
  struct UserFile {
    std::string name;
    std::string text;
  };
  std::vector<UserFile> files_;
  bool forget_ = false;
};

}  // namespace ombud
