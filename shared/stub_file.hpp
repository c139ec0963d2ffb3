// Xapian stub files: a text file listing the shards of one database, one a line ("auto PATH",
// "remote HOST:PORT", ...), as Xapian reads it. A sharded database's folder holds one under the
// name Xapian looks for; a stub may also be any file named as --db. The indexer writes them and
// reads back the shards it is to write; both tools read them to open a database.
#pragma once

#include <cstddef>
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

// The folder of shard `i` of a sharded database, inside the database's folder: "shard-00".
std::string shard_folder_name(std::size_t i);

// The shard folders (shard-NN, sorted) in `folder` when it has no stub and is not a database
// itself: what `ombud-index --shards N` leaves when it is killed before writing the stub (it
// writes the stub last, and no decision before it). Empty for anything else.
std::vector<std::string> shard_folders_without_stub(const std::filesystem::path& folder);

// Writes `folder`/XAPIANDB listing `shards` (folders relative to `folder`) as "auto" lines,
// through a temporary file renamed into place, so that no reader sees half a stub.
void write_stub(const std::filesystem::path& folder, const std::vector<std::string>& shards);

}  // namespace ombud
