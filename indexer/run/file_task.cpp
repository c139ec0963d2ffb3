#include "run/file_task.hpp"

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <string_view>

namespace ombud {
namespace fs = std::filesystem;

std::string registry_key(const std::string& path) {
  std::error_code ec;
  fs::path abs = fs::absolute(path, ec);
  return (ec ? fs::path(path) : abs).lexically_normal().string();
}

bool under_any_root(const std::string& key, const std::vector<std::string>& roots) {
  for (const std::string& root : roots) {
    if (key == root) return true;
    if (key.size() > root.size() && key.compare(0, root.size(), root) == 0 &&
        (root.back() == '/' || key[root.size()] == '/'))
      return true;
  }
  return false;
}

std::string reason_kind(const std::string& reason) {
  std::size_t cut = reason.size();
  for (std::string_view sep : {" at ", ": ", " (", ", "}) cut = std::min(cut, reason.find(sep));
  std::string kind = reason.substr(0, cut);
  while (!kind.empty() &&
         (std::isdigit(static_cast<unsigned char>(kind.back())) || kind.back() == ' '))
    kind.pop_back();
  return kind.empty() ? reason : kind;
}

}  // namespace ombud
