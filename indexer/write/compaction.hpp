// Compacting a database in place after a bulk load. A freshly built Xapian database carries
// half-filled blocks: compaction rewrote a 10,000-decision index from 1.95x the corpus's size to
// 1.47x in about a second. The swap is two renames; if the process dies between them, the next
// writer puts the old database back (recover_interrupted_compaction), and a search meanwhile
// reads the old one where it lies (shared/database.cpp).
#pragma once

#include <string>
#include <vector>

namespace ombud {

// Rewrites the database at `path` compacted, then swaps it in; on failure removes the copy and
// leaves `path` as it was. The caller holds the WriterLock
// of the database (write/writer_lock.hpp) and has closed its writers. Throws Xapian::Error or
// std::filesystem::filesystem_error; `path` is then left as it was.
void compact_in_place(const std::string& path);

// The same, with the databases `sources` merged into the copy, in their order, without
// renumbering their documents (their document ids must not overlap): a bulk load's merge
// (run/bulk_load.hpp). `sources` may include `path`. Metadata found in more than one source is
// taken from the first that has it.
void compact_in_place(const std::string& path, const std::vector<std::string>& sources);

// If a compaction of `path` was interrupted between its renames, puts the database back, and
// removes a half-written compacted copy. Only under the database's WriterLock: a live run's copy
// looks the same as a dead run's.
void recover_interrupted_compaction(const std::string& path);

}  // namespace ombud
