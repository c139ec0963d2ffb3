#include "facet_column_file.hpp"

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <stdexcept>

namespace ombud::facet_columns {
namespace {

constexpr std::string_view kMagic = "OMBUDFC2";
constexpr std::size_t kColumnEntryBytes = 4 + 4 + 4 + 8 + 8;

void put(std::string& out, std::uint64_t v, int bytes) {
  for (int i = 0; i < bytes; ++i) out.push_back(static_cast<char>((v >> (8 * i)) & 0xff));
}

// Reads little-endian numbers from a mapped file, failing (rather than reading past the end)
// on a short or corrupt one.
class Reader {
 public:
  Reader(const unsigned char* data, std::size_t size) : data_(data), size_(size) {}
  bool seek(std::uint64_t at) {
    if (at > size_) return false;
    at_ = static_cast<std::size_t>(at);
    return true;
  }
  bool get(std::uint64_t& v, int bytes) {
    if (size_ - at_ < static_cast<std::size_t>(bytes)) return false;
    v = 0;
    for (int i = 0; i < bytes; ++i) v |= std::uint64_t{data_[at_ + i]} << (8 * i);
    at_ += static_cast<std::size_t>(bytes);
    return true;
  }
  bool bytes(std::string_view& out, std::uint64_t n) {
    if (size_ - at_ < n) return false;
    out = std::string_view(reinterpret_cast<const char*>(data_ + at_), n);
    at_ += static_cast<std::size_t>(n);
    return true;
  }
  std::size_t at() const { return at_; }
  std::size_t size() const { return size_; }

 private:
  const unsigned char* data_;
  std::size_t size_;
  std::size_t at_ = 0;
};

unsigned width_for(std::size_t values) {
  if (values <= 0xff) return 1;
  if (values <= 0xffff) return 2;
  return 4;
}

}  // namespace

struct FileView::Mapping {
  void* address = nullptr;
  std::size_t size = 0;
  ~Mapping() {
    if (address) munmap(address, size);
  }
};

Stamp stamp_of(const Xapian::Database& db) {
  return {db.get_uuid(), db.get_revision(), db.get_lastdocid(), db.get_doccount()};
}

void write_file(const std::string& path, const Stamp& stamp, const std::vector<Column>& columns) {
  std::string out(kMagic);
  put(out, stamp.revision, 8);
  put(out, stamp.last_docid, 4);
  put(out, stamp.doccount, 4);
  put(out, stamp.uuid.size(), 4);
  put(out, columns.size(), 4);
  out += stamp.uuid;
  const std::size_t table_at = out.size();
  out.append(columns.size() * kColumnEntryBytes, '\0');
  std::string table;
  for (const Column& c : columns) {
    if (c.numbers.size() != stamp.last_docid)
      throw std::runtime_error("facet column of the wrong length");
    const unsigned width = width_for(c.values.size());
    const std::size_t values_at = c.ranks_only ? 0 : out.size();
    if (!c.ranks_only) {
      for (const std::string& v : c.values) {
        put(out, v.size(), 4);
        out += v;
      }
    }
    const std::size_t data_at = out.size();
    for (std::uint32_t n : c.numbers) put(out, n, static_cast<int>(width));
    put(table, c.slot, 4);
    put(table, width, 4);
    put(table, c.values.size(), 4);
    put(table, values_at, 8);
    put(table, data_at, 8);
  }
  out.replace(table_at, table.size(), table);

  // Whole or not at all: written beside, flushed to disk, then renamed over the old one.
  const std::string tmp = path + ".tmp";
  const int fd = ::open(tmp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
  if (fd < 0) throw std::runtime_error(tmp + ": " + std::strerror(errno));
  std::size_t done = 0;
  while (done < out.size()) {
    const ssize_t n = ::write(fd, out.data() + done, out.size() - done);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) {
      const int e = errno;
      ::close(fd);
      ::unlink(tmp.c_str());
      throw std::runtime_error(tmp + ": " + std::strerror(e));
    }
    done += static_cast<std::size_t>(n);
  }
  if (::fsync(fd) != 0 || ::close(fd) != 0) {
    const int e = errno;
    ::unlink(tmp.c_str());
    throw std::runtime_error(tmp + ": " + std::strerror(e));
  }
  std::error_code ec;
  std::filesystem::rename(tmp, path, ec);
  if (ec) {
    ::unlink(tmp.c_str());
    throw std::runtime_error(path + ": " + ec.message());
  }
}

std::optional<FileView> FileView::open(const std::string& path, const Stamp& expected) {
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return std::nullopt;
  struct stat st {};
  if (::fstat(fd, &st) != 0 || st.st_size < static_cast<off_t>(kMagic.size())) {
    ::close(fd);
    return std::nullopt;
  }
  auto mapping = std::make_shared<Mapping>();
  mapping->size = static_cast<std::size_t>(st.st_size);
  void* address = ::mmap(nullptr, mapping->size, PROT_READ, MAP_SHARED, fd, 0);
  ::close(fd);
  if (address == MAP_FAILED) return std::nullopt;
  mapping->address = address;

  Reader r(static_cast<const unsigned char*>(address), mapping->size);
  std::string_view magic;
  std::uint64_t revision = 0, last = 0, count = 0, uuid_bytes = 0, columns = 0;
  std::string_view uuid;
  if (!r.bytes(magic, kMagic.size()) || magic != kMagic || !r.get(revision, 8) || !r.get(last, 4) ||
      !r.get(count, 4) || !r.get(uuid_bytes, 4) || !r.get(columns, 4) || !r.bytes(uuid, uuid_bytes))
    return std::nullopt;
  FileView view;
  view.stamp_ = {std::string(uuid), revision, static_cast<Xapian::docid>(last),
                 static_cast<Xapian::doccount>(count)};
  if (!(view.stamp_ == expected)) return std::nullopt;
  for (std::uint64_t i = 0; i < columns; ++i) {
    std::uint64_t slot = 0, width = 0, values = 0, values_at = 0, data_at = 0;
    if (!r.get(slot, 4) || !r.get(width, 4) || !r.get(values, 4) || !r.get(values_at, 8) ||
        !r.get(data_at, 8))
      return std::nullopt;
    if ((width != 1 && width != 2 && width != 4) || data_at > r.size() ||
        (r.size() - data_at) / width < last)
      return std::nullopt;
    ColumnView c;
    c.slot_ = static_cast<Xapian::valueno>(slot);
    c.width_ = static_cast<unsigned>(width);
    c.value_count_ = static_cast<std::uint32_t>(values);
    c.data_ = static_cast<const unsigned char*>(address) + data_at;
    Reader values_reader(static_cast<const unsigned char*>(address), mapping->size);
    if (values_at != 0 && !values_reader.seek(values_at)) return std::nullopt;
    for (std::uint64_t v = 0; values_at != 0 && v < values; ++v) {
      std::uint64_t n = 0;
      std::string_view value;
      if (!values_reader.get(n, 4) || !values_reader.bytes(value, n)) return std::nullopt;
      c.values_.push_back(value);
    }
    view.columns_.push_back(std::move(c));
  }
  view.mapping_ = std::move(mapping);
  view.checked_.assign(view.columns_.size(), 0);
  return view;
}

namespace {

template <typename Number>
std::uint32_t largest(const unsigned char* data, std::size_t n) {
  Number most = 0;
  for (std::size_t i = 0; i < n; ++i) {
    Number v;
    std::memcpy(&v, data + i * sizeof(Number), sizeof(Number));
    most = v > most ? v : most;
  }
  return most;
}

}  // namespace

bool FileView::column_is_sound(const ColumnView& c) const {
  const std::size_t n = stamp_.last_docid;
  std::uint32_t most = 0;
  switch (c.width()) {
    case 1:
      most = largest<std::uint8_t>(c.data(), n);
      break;
    case 2:
      most = largest<std::uint16_t>(c.data(), n);
      break;
    default:
      most = largest<std::uint32_t>(c.data(), n);
      break;
  }
  return most <= c.value_count();
}

const ColumnView* FileView::column(Xapian::valueno slot) const {
  for (std::size_t i = 0; i < columns_.size(); ++i) {
    if (columns_[i].slot() != slot) continue;
    // A number past the values would be a corrupt file: checked once, not for every match.
    if (checked_[i] == 0) checked_[i] = column_is_sound(columns_[i]) ? 1 : 2;
    return checked_[i] == 1 ? &columns_[i] : nullptr;
  }
  return nullptr;
}

}  // namespace ombud::facet_columns
