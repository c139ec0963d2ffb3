#include "search/facet_columns.hpp"

#include <filesystem>

namespace ombud {

FacetColumns::FacetColumns(const std::vector<ShardHandle>& shards) {
  if (shards.size() != 1 || shards.front().path.empty()) return;  // several, or remote
  const ShardHandle& shard = shards.front();
  facet_columns::Stamp stamp;
  try {
    stamp = facet_columns::stamp_of(shard.db);
  } catch (const Xapian::Error&) {
    return;  // a backend without revisions: count the other way
  }
  file_ = facet_columns::FileView::open(
      (std::filesystem::path(shard.path) / facet_columns::kFileName).string(), stamp);
}

ColumnCountSpy::ColumnCountSpy(std::vector<const facet_columns::ColumnView*> columns)
    : columns_(std::move(columns)) {
  for (const auto* c : columns_) counts_.emplace_back(c->values().size() + 1, 0);
}

void ColumnCountSpy::operator()(const Xapian::Document& doc, double) {
  const Xapian::docid id = doc.get_docid();
  for (std::size_t i = 0; i < columns_.size(); ++i) ++counts_[i][columns_[i]->number(id)];
}

}  // namespace ombud
