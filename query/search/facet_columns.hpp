// The facet column file (shared/facet_column_file.hpp) of the database being searched, and the
// match spy that counts with it. It is used only for a database of one local shard whose file is
// stamped with the revision searched (its UUID, revision, last document id and document count);
// otherwise FacetCounter counts with Xapian's ValueCountMatchSpy, which also runs inside
// xapian-tcpsrv. Both give the same counts; the column costs a few nanoseconds a match and facet
// instead of a value lookup and a std::map insertion. Over several local shards Xapian 1.4 gives a
// match spy each shard's own document ids without saying which shard a match is in, so there is
// nothing to index the shards' columns with.
#pragma once

#include <xapian.h>

#include <optional>
#include <vector>

#include "database.hpp"
#include "facet_column_file.hpp"

namespace ombud {

class FacetColumns {
 public:
  FacetColumns() = default;
  // The file of `shards` when they are one local database with a current, well-formed file.
  explicit FacetColumns(const std::vector<ShardHandle>& shards);

  // The sound column of `slot`, or nullptr.
  const facet_columns::ColumnView* column(Xapian::valueno slot) const {
    return file_ ? file_->column(slot) : nullptr;
  }

 private:
  std::optional<facet_columns::FileView> file_;
};

// Counts every match's value number in each column.
class ColumnCountSpy : public Xapian::MatchSpy {
 public:
  explicit ColumnCountSpy(std::vector<const facet_columns::ColumnView*> columns);

  void operator()(const Xapian::Document& doc, double weight) override;

  // Column i's count of each value number (index 0: matches without a value).
  const std::vector<Xapian::doccount>& counts(std::size_t i) const { return counts_[i]; }

 private:
  std::vector<const facet_columns::ColumnView*> columns_;
  std::vector<std::vector<Xapian::doccount>> counts_;
};

}  // namespace ombud
