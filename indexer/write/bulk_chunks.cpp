#include "write/bulk_chunks.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <filesystem>

#include "write/index_writer.hpp"

namespace ombud {
namespace fs = std::filesystem;

namespace {

constexpr std::size_t kFirstChunkFiles = 1000;
constexpr std::size_t kChunksPerSize = 8;  // then the size doubles, up to
constexpr unsigned kMaxDoublings = 5;      // 32,000 files

std::size_t chunk_files(std::size_t chunk) {
  const auto doublings = std::min<std::size_t>(chunk / kChunksPerSize, kMaxDoublings);
  return kFirstChunkFiles << doublings;
}

std::string chunk_path(const std::string& folder, std::size_t chunk, std::size_t shard) {
  return (fs::path(folder) / fmt::format("chunk-{:06}-shard-{:02}", chunk, shard)).string();
}

// Temporary databases need not survive a crash (a dead run's folder is removed), so they skip
// fsync on commit.
constexpr int kChunkFlags = Xapian::DB_CREATE_OR_OPEN | Xapian::DB_NO_SYNC;

// Document `did` of `db` as a document of its own: terms with their wdf and positions, values,
// data. A document from get_document() reads itself lazily, and written over another document
// of the same database it came out with no terms (the two files of one case reference in one
// chunk, tests/faults/bad_input_test.cpp).
Xapian::Document detached_copy(const Xapian::Database& db, Xapian::docid did) {
  const Xapian::Document stored = db.get_document(did);
  Xapian::Document copy;
  copy.set_data(stored.get_data());
  for (auto v = stored.values_begin(); v != stored.values_end(); ++v)
    copy.add_value(v.get_valueno(), *v);
  for (auto t = stored.termlist_begin(); t != stored.termlist_end(); ++t) {
    for (auto p = db.positionlist_begin(did, *t); p != db.positionlist_end(did, *t); ++p)
      copy.add_posting(*t, *p, 0);
    copy.add_term(*t, t.get_wdf());  // the wdf as stored, positions or not
  }
  return copy;
}

}  // namespace

std::string bulk_folder(const std::string& db_path) {
  return db_path + ".bulk";
}

std::size_t bulk_largest_chunk() {
  return kFirstChunkFiles << kMaxDoublings;
}

std::size_t bulk_chunk_start(std::size_t chunk) {
  std::size_t start = 0;
  for (std::size_t c = 0; c < chunk; ++c) start += chunk_files(c);
  return start;
}

std::size_t bulk_chunk_of(std::size_t seq) {
  std::size_t chunk = 0;
  for (std::size_t start = 0;; ++chunk) {
    start += chunk_files(chunk);
    if (seq < start) return chunk;
  }
}

std::vector<std::string> bulk_chunk_paths(const std::string& folder, std::size_t shard) {
  const std::string suffix = fmt::format("-shard-{:02}", shard);
  std::vector<std::string> paths;
  for (const fs::directory_entry& entry : fs::directory_iterator(folder)) {
    const std::string name = entry.path().filename().string();
    if (name.starts_with("chunk-") && name.ends_with(suffix)) paths.push_back(entry.path());
  }
  std::sort(paths.begin(), paths.end());  // zero-padded chunk numbers: chunk order
  return paths;
}

void move_in_bulk_chunks(const std::string& folder, std::size_t from, std::size_t to,
                         std::size_t shard) {
  const auto from_id = static_cast<Xapian::docid>(from + 1);
  Xapian::WritableDatabase source(chunk_path(folder, bulk_chunk_of(from), shard), kChunkFlags);
  if (from != to) {
    const Xapian::Document doc = detached_copy(source, from_id);
    if (bulk_chunk_of(to) == bulk_chunk_of(from)) {
      source.replace_document(static_cast<Xapian::docid>(to + 1), doc);
    } else {
      Xapian::WritableDatabase target(chunk_path(folder, bulk_chunk_of(to), shard), kChunkFlags);
      target.replace_document(static_cast<Xapian::docid>(to + 1), doc);
      target.commit();
    }
  }
  source.delete_document(from_id);
  source.commit();
}

BulkChunkWriter::BulkChunkWriter(std::string folder, std::size_t shards, std::size_t batch_size,
                                 std::string run_stamp)
    : folder_(std::move(folder)),
      batch_size_(batch_size == 0 ? 1 : batch_size),
      run_stamp_(std::move(run_stamp)),
      parts_(shards == 0 ? 1 : shards) {}

void BulkChunkWriter::write(std::size_t seq, std::size_t shard, Xapian::Document doc,
                            const SpellingCounts& spelling) {
  const std::size_t chunk = bulk_chunk_of(seq);
  if (chunk != chunk_) {
    finish();
    chunk_ = chunk;
  }
  Part& part = parts_.at(shard);
  if (!part.open) {
    part.db = Xapian::WritableDatabase(chunk_path(folder_, chunk_, shard), kChunkFlags);
    part.open = true;
  }
  stamp_new_document(doc, run_stamp_);
  part.db.replace_document(static_cast<Xapian::docid>(seq + 1), doc);
  for (const auto& [word, count] : spelling) part.spelling[word] += count;
  if (++pending_ >= batch_size_) {
    for (Part& p : parts_)
      if (p.open) commit(p);
    pending_ = 0;
  }
}

void BulkChunkWriter::commit(Part& part) {
  for (const auto& [word, count] : part.spelling) part.db.add_spelling(word, count);
  part.spelling.clear();
  part.db.commit();
}

void BulkChunkWriter::finish() {
  for (Part& part : parts_) {
    if (!part.open) continue;
    commit(part);
    part.db.close();
    part.open = false;
  }
  pending_ = 0;
}

}  // namespace ombud
