// A bulk load: an index run into an empty database, which is most of the work of a first index
// of tens of thousands of decisions. The one-writer path caps it at what one thread can write
// (Xapian's writer is most of the work); here each worker writes its own chunk databases
// (write/bulk_chunks.hpp), and Xapian's compaction merges them with the database when the walk is
// done. The writer thread keeps the bookkeeping: in walk order it counts the files, settles two
// files claiming one case reference (run/bulk_claims.hpp) and records the file registry into a
// ledger database beside the chunks, merged first.
//
// The result is the database the one-writer path would have written, compacted: the same
// documents (terms, positions, values, data) under document ids in the same order, the same
// registry, spelling dictionary, thesaurus and run stamp, and the same summary and change list.
// Nothing is in the database until the merge: a load killed before it leaves the database as it
// was, and its folder (PATH.bulk) is removed by the next run.
#pragma once

#include <memory>
#include <string>

#include "run/index_run.hpp"
#include "run/progress_meter.hpp"
#include "write/file_registry.hpp"
#include "write/shard_set.hpp"

namespace ombud {

// Whether this run is a bulk load: asked for (the default), and into a database with no decision
// and no file recorded.
bool bulk_load_applies(const IndexOptions& options, const ShardSet& shards,
                       const FileRegistry& registry);

// Removes what a dead bulk load left beside the database at `db_path`. Only under its
// WriterLock: a live run's folder looks the same.
void remove_dead_bulk_load(const std::string& db_path);

// Runs the load into `shards` (whose thesaurus is installed and not yet committed), counting into
// `summary`; merges, and closes `shards`. Throws, leaving the database as it was, if a chunk or
// the merge cannot be written.
void load_in_bulk(std::unique_ptr<ShardSet> shards, const IndexOptions& options,
                  const FileRegistry& registry, const std::string& run_stamp, ProgressMeter& meter,
                  IndexSummary& summary);

}  // namespace ombud
