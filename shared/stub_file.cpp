#include "stub_file.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
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

std::string shard_folder_name(std::size_t i) {
  return fmt::format("shard-{:02}", i);
}

std::vector<std::string> shard_folders_without_stub(const fs::path& folder) {
  std::vector<std::string> shards;
  std::error_code ec;
  if (!fs::is_directory(folder, ec) || fs::exists(folder / kStubFileName, ec) ||
      fs::exists(folder / "iamglass", ec) || fs::exists(folder / "iamchert", ec))
    return shards;
  for (const fs::directory_entry& entry : fs::directory_iterator(folder, ec)) {
    const std::string name = entry.path().filename().string();
    const std::string_view number =
        std::string_view(name).substr(std::min<std::size_t>(6, name.size()));
    if (entry.is_directory(ec) && name.starts_with("shard-") && number.size() >= 2 &&
        std::all_of(number.begin(), number.end(),
                    [](char c) { return std::isdigit(static_cast<unsigned char>(c)); }))
      shards.push_back(name);
  }
  std::sort(shards.begin(), shards.end());
  return shards;
}

void write_stub(const fs::path& folder, const std::vector<std::string>& shards) {
  std::string stub;
  for (const std::string& shard : shards) stub += "auto " + shard + "\n";
  const fs::path tmp = folder / (std::string(kStubFileName) + ".tmp");
  std::ofstream(tmp) << stub;
  fs::rename(tmp, folder / kStubFileName);
}

}  // namespace ombud
