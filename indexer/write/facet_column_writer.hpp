// Writes the facet column file (shared/facet_column_file.hpp) of a database folder from what the
// database holds at its last commit: every facet slot's value of every document, and each
// document's rank in the listing order (schema::kOrderSlot), read from
// Xapian's value streams in document order. Run after the last commit of an index run and after
// a compaction; a file whose stamp already matches is left as it is.
#pragma once

#include <xapian.h>

#include <string>

namespace ombud {

// `db` must be the database in `folder` (one shard, glass or chert), all its writes committed.
// Does nothing when `folder` is not a folder (a single-file database). Throws
// std::runtime_error when the file cannot be written.
void write_facet_columns(const Xapian::Database& db, const std::string& folder);

}  // namespace ombud
