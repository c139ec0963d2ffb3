// Xapian stub files: a text file listing the shards of one database, one a line ("auto PATH",
// "remote HOST:PORT", ...), as Xapian reads it. A sharded database's folder holds one under the
// name Xapian looks for; a stub may also be any file named as --db. The indexer writes them and
// reads back the shards it is to write; both tools read them to open a database.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ombud {

// The stub file inside a sharded database's folder (Xapian's name for it).
inline constexpr std::string_view kStubFileName = "XAPIANDB";

// One shard line: "auto shard-00" is {N, "auto", "shard-00"}.
struct StubLine {
  int number = 0;     // from 1, for messages
  std::string kind;   // the first word: auto, glass, chert, remote, or whatever the line says
  std::string where;  // the rest of the line, trimmed; empty when there is none
};

// The shard lines of the stub at `stub`, blank lines and '#' comments left out, or nullopt when
// it cannot be read.
std::optional<std::vector<StubLine>> read_stub(const std::filesystem::path& stub);

// Writes `folder`/XAPIANDB listing `shards` (folders relative to `folder`) as "auto" lines,
// through a temporary file renamed into place, so that no reader sees half a stub.
void write_stub(const std::filesystem::path& folder, const std::vector<std::string>& shards);

}  // namespace ombud
