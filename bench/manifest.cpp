#include "manifest.hpp"

#include <cerrno>
#include <cstring>
#include <fstream>
#include <sstream>
#include <stdexcept>

namespace ombud::bench {
namespace {

constexpr std::size_t kColumns = 8;

std::vector<std::string> split_tabs(const std::string& line) {
  std::vector<std::string> out;
  std::size_t start = 0;
  for (;;) {
    const std::size_t tab = line.find('\t', start);
    out.push_back(line.substr(start, tab == std::string::npos ? std::string::npos : tab - start));
    if (tab == std::string::npos) return out;
    start = tab + 1;
  }
}

}  // namespace

std::vector<ManifestEntry> read_manifest(const std::string& path) {
  std::ifstream in(path);
  if (!in) throw std::runtime_error(path + ": cannot open: " + std::strerror(errno));
  std::vector<ManifestEntry> entries;
  std::string line;
  std::size_t number = 0;
  while (std::getline(in, line)) {
    if (++number == 1) continue;  // header
    if (line.empty()) continue;
    const std::vector<std::string> cols = split_tabs(line);
    if (cols.size() != kColumns)
      throw std::runtime_error(path + ":" + std::to_string(number) + ": expected " +
                               std::to_string(kColumns) + " tab-separated columns, found " +
                               std::to_string(cols.size()));
    ManifestEntry e{cols[0], cols[1], cols[2], cols[3], cols[4], cols[5], cols[6], 0};
    try {
      e.paid = std::stod(cols[7]);
    } catch (const std::exception&) {
      throw std::runtime_error(path + ":" + std::to_string(number) +
                               ": paid is not a number: " + cols[7]);
    }
    entries.push_back(std::move(e));
  }
  return entries;
}

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error(path + ": cannot open: " + std::strerror(errno));
  std::ostringstream out;
  out << in.rdbuf();
  return std::move(out).str();
}

}  // namespace ombud::bench
