#include "stub_file.hpp"

#include <fstream>

namespace ombud {
namespace fs = std::filesystem;
namespace {

std::string_view trim(std::string_view s) {
  const auto first = s.find_first_not_of(" \t\r");
  if (first == std::string_view::npos) return {};
  const auto last = s.find_last_not_of(" \t\r");
  return s.substr(first, last - first + 1);
}

}  // namespace

std::optional<std::vector<StubLine>> read_stub(const fs::path& stub) {
  std::ifstream in(stub);
  if (!in) return std::nullopt;
  std::vector<StubLine> lines;
  std::string line;
  for (int number = 1; std::getline(in, line); ++number) {
    const std::string_view text = trim(line);
    if (text.empty() || text[0] == '#') continue;
    const auto space = text.find_first_of(" \t");
    StubLine parsed{number, std::string(text.substr(0, space)), {}};
    if (space != std::string_view::npos) parsed.where = std::string(trim(text.substr(space)));
    lines.push_back(std::move(parsed));
  }
  return lines;
}

void write_stub(const fs::path& folder, const std::vector<std::string>& shards) {
  std::string stub;
  for (const std::string& shard : shards) stub += "auto " + shard + "\n";
  const fs::path tmp = folder / (std::string(kStubFileName) + ".tmp");
  std::ofstream(tmp) << stub;
  fs::rename(tmp, folder / kStubFileName);
}

}  // namespace ombud
