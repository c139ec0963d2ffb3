// The facet column file: every document's value of each facet slot as a small number, in
// document-id order, kept by ombud-index in the database folder (FOLDER/ombud-facets) so that the
// searcher counts facets by reading arrays instead of asking Xapian for each match's values (as
// Lucene's doc values and Tantivy's fast fields do). It is derived data, written after a commit
// and stamped with what it was built from: the database's UUID, revision, last document id and
// document count. The searcher uses it only when the stamp is that of the revision it searches,
// and otherwise counts with Xapian's ValueCountMatchSpy (same counts, slower), so a killed
// indexer, a copy, a compaction or a rebuilt database can make it stale but never wrong.
//
// A column may instead hold ranks (Column::ranks_only): each document's place in the byte order
// of its value, with no values stored, for ordering matches by a slot whose values are all
// different (the listing order, schema::kOrderSlot) without reading the values.
//
// Layout, little-endian:
//   "OMBUDFC2"                                   magic and format version
//   u64 revision, u32 last docid, u32 doccount, u32 uuid bytes, u32 column count, uuid
//   per column: u32 slot, u32 width (1, 2 or 4), u32 value count, u64 values at (0: a column of
//               ranks, no values stored), u64 data at
//   values: per value, u32 bytes then the bytes, in byte order (a value's number is its index
//           + 1; 0 is "no value")
//   data:   last docid numbers of `width` bytes, document d at index d - 1
#pragma once

#include <xapian.h>

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ombud::facet_columns {

inline constexpr const char* kFileName = "ombud-facets";

// What a file was built from; a file answers for a database only if all of it is the same.
struct Stamp {
  std::string uuid;
  Xapian::rev revision = 0;
  Xapian::docid last_docid = 0;
  Xapian::doccount doccount = 0;
  bool operator==(const Stamp&) const = default;
};

// The stamp of a database with one shard (a local glass or chert database).
Stamp stamp_of(const Xapian::Database& db);

struct Column {
  Xapian::valueno slot = 0;
  std::vector<std::string> values;     // distinct, in byte order
  std::vector<std::uint32_t> numbers;  // by document id - 1: 0, or the value's index + 1
  bool ranks_only = false;             // write the numbers (ranks) but not the values
};

// Writes the file at `path` whole or not at all (a temporary file renamed into place).
// Throws std::runtime_error when it cannot.
void write_file(const std::string& path, const Stamp& stamp, const std::vector<Column>& columns);

// One column of a mapped file.
class ColumnView {
 public:
  Xapian::valueno slot() const { return slot_; }
  // Empty for a column of ranks.
  const std::vector<std::string_view>& values() const { return values_; }
  // The largest number a document may have: the count of values (or of ranks).
  std::uint32_t value_count() const { return value_count_; }
  // The number of document `docid`'s value (0: none, else at most values().size()); docid must
  // be at most the last docid.
  std::uint32_t number(Xapian::docid docid) const {
    const unsigned char* p = data_ + std::size_t{docid - 1} * width_;
    switch (width_) {
      case 1:
        return p[0];
      case 2:
        return std::uint32_t{p[0]} | std::uint32_t{p[1]} << 8;
      default:
        return std::uint32_t{p[0]} | std::uint32_t{p[1]} << 8 | std::uint32_t{p[2]} << 16 |
               std::uint32_t{p[3]} << 24;
    }
  }
  // The whole column, for counting loops specialised by width.
  const unsigned char* data() const { return data_; }
  unsigned width() const { return width_; }

 private:
  friend class FileView;
  Xapian::valueno slot_ = 0;
  unsigned width_ = 1;
  std::uint32_t value_count_ = 0;
  const unsigned char* data_ = nullptr;
  std::vector<std::string_view> values_;
};

// A file mapped into memory, read-only.
class FileView {
 public:
  // The file at `path` if it exists, is well formed and carries `expected`; else nullopt (the
  // caller counts another way).
  static std::optional<FileView> open(const std::string& path, const Stamp& expected);

  const Stamp& stamp() const { return stamp_; }
  // The column of `slot`, or nullptr (none, or a corrupt one).
  const ColumnView* column(Xapian::valueno slot) const;

 private:
  bool column_is_sound(const ColumnView& c) const;

  struct Mapping;
  std::shared_ptr<Mapping> mapping_;
  Stamp stamp_;
  std::vector<ColumnView> columns_;
  mutable std::vector<std::uint8_t> checked_;  // by column: 0 not yet, 1 sound, 2 corrupt
};

}  // namespace ombud::facet_columns
