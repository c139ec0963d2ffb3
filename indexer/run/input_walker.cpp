#include "run/input_walker.hpp"

#include <algorithm>
#include <cctype>

namespace ombud {
namespace fs = std::filesystem;
namespace {

void walk_folder(const fs::path& folder, const std::function<void(const fs::path&)>& on_file,
                 const std::function<void(const std::string&, const std::string&)>& on_error) {
  std::vector<fs::directory_entry> entries;
  std::error_code ec;
  fs::directory_iterator it(folder, ec);
  if (ec) {
    on_error(folder.string(), ec.message());
    return;
  }
  for (; it != fs::directory_iterator(); it.increment(ec)) {
    if (ec) {
      on_error(folder.string(), ec.message());
      break;
    }
    entries.push_back(*it);
  }
  std::sort(entries.begin(), entries.end(),
            [](const auto& a, const auto& b) { return a.path().filename() < b.path().filename(); });
  for (const auto& entry : entries) {
    std::error_code type_ec;
    if (entry.is_directory(type_ec) && !entry.is_symlink(type_ec)) {
      walk_folder(entry.path(), on_file, on_error);
    } else if (entry.is_regular_file(type_ec) && is_decision_file(entry.path())) {
      on_file(entry.path());
    }
  }
}

}  // namespace

bool is_decision_file(const fs::path& path) {
  std::string ext = path.extension().string();
  for (char& c : ext) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return ext == ".txt" || ext == ".html" || ext == ".htm";
}

void walk_inputs(const std::vector<std::string>& roots,
                 const std::function<void(const fs::path&)>& on_file,
                 const std::function<void(const std::string&, const std::string&)>& on_error) {
  for (const std::string& root : roots) {
    std::error_code ec;
    const fs::file_status status = fs::status(root, ec);
    if (ec || !fs::exists(status)) {
      on_error(root, "no such file or folder");
    } else if (fs::is_directory(status)) {
      walk_folder(root, on_file, on_error);
    } else {
      on_file(fs::path(root));
    }
  }
}

InputTotals count_inputs(const std::vector<std::string>& roots) {
  InputTotals totals;
  walk_inputs(
      roots,
      [&](const fs::path& p) {
        std::error_code ec;
        const auto size = fs::file_size(p, ec);
        ++totals.files;
        if (!ec) totals.bytes += size;
      },
      [](const std::string&, const std::string&) {});
  return totals;
}

}  // namespace ombud
