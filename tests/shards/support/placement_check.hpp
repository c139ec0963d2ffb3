// Checking where ombud-index --shards put things: every decision, and every file record, in the
// shard that shard_of() names. Used by the placement tests and by the regression tests of
// writing into shards.
#pragma once

#include <xapian.h>

#include <cstddef>
#include <string>

namespace ombud::test {

// shard-00, shard-01...: the names ShardSet gives its shards.
std::string shard_name(std::size_t i);

// The case reference stored in `doc`'s data.
std::string case_ref_of(const Xapian::Document& doc);

// Every decision of shard `i` of `n` in the sharded database `sharded` belongs there, and so does
// every file record; the shards add up to the combined database.
void check_placement(const std::string& sharded, std::size_t n);

}  // namespace ombud::test
