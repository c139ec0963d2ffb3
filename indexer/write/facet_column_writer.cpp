#include "write/facet_column_writer.hpp"

#include <algorithm>
#include <filesystem>
#include <unordered_map>
#include <utility>

#include "facet_column_file.hpp"
#include "schema.hpp"

namespace ombud {
namespace {

facet_columns::Column read_column(const Xapian::Database& db, Xapian::valueno slot) {
  facet_columns::Column c;
  c.slot = slot;
  c.numbers.assign(db.get_lastdocid(), 0);
  // Numbered as first seen, then renumbered in value order.
  std::unordered_map<std::string, std::uint32_t> seen;
  for (auto it = db.valuestream_begin(slot); it != db.valuestream_end(slot); ++it) {
    const std::string& value = *it;
    if (value.empty()) continue;  // ValueCountMatchSpy counts no empty value either
    auto [entry, inserted] = seen.try_emplace(value, static_cast<std::uint32_t>(seen.size() + 1));
    if (inserted) c.values.push_back(value);
    c.numbers[it.get_docid() - 1] = entry->second;
  }
  std::vector<std::uint32_t> order(c.values.size());
  for (std::uint32_t i = 0; i < order.size(); ++i) order[i] = i;
  std::sort(order.begin(), order.end(),
            [&](std::uint32_t a, std::uint32_t b) { return c.values[a] < c.values[b]; });
  std::vector<std::uint32_t> renumber(c.values.size() + 1, 0);
  std::vector<std::string> sorted;
  sorted.reserve(c.values.size());
  for (std::uint32_t rank = 0; rank < order.size(); ++rank) {
    renumber[order[rank] + 1] = rank + 1;
    sorted.push_back(std::move(c.values[order[rank]]));
  }
  c.values = std::move(sorted);
  for (std::uint32_t& n : c.numbers) n = renumber[n];
  return c;
}

// The rank of every document's value of `slot` in byte order (1 the lowest), for a slot whose
// values are all different: the searcher orders matches by it without reading the values.
facet_columns::Column read_ranks(const Xapian::Database& db, Xapian::valueno slot) {
  facet_columns::Column c;
  c.slot = slot;
  c.ranks_only = true;
  c.numbers.assign(db.get_lastdocid(), 0);
  std::vector<std::pair<std::string, Xapian::docid>> by_value;
  for (auto it = db.valuestream_begin(slot); it != db.valuestream_end(slot); ++it)
    if (!(*it).empty()) by_value.emplace_back(*it, it.get_docid());
  std::sort(by_value.begin(), by_value.end());
  std::uint32_t rank = 0;
  for (std::size_t i = 0; i < by_value.size(); ++i) {
    // Equal values (none are expected) share a rank, so that the rank order is the value order.
    if (i == 0 || by_value[i].first != by_value[i - 1].first) {
      ++rank;
      c.values.push_back(by_value[i].first);  // counted for the width, not written
    }
    c.numbers[by_value[i].second - 1] = rank;
  }
  return c;
}

}  // namespace

void write_facet_columns(const Xapian::Database& db, const std::string& folder) {
  std::error_code ec;
  if (!std::filesystem::is_directory(folder, ec)) return;
  const std::string path = (std::filesystem::path(folder) / facet_columns::kFileName).string();
  const facet_columns::Stamp stamp = facet_columns::stamp_of(db);
  if (facet_columns::FileView::open(path, stamp)) return;  // already up to date
  std::vector<facet_columns::Column> columns{read_ranks(db, schema::kOrderSlot)};
  for (const schema::Field& f : schema::kFields)
    if (f.facet && f.slot != schema::kNoSlot) columns.push_back(read_column(db, f.slot));
  facet_columns::write_file(path, stamp, columns);
}

}  // namespace ombud
