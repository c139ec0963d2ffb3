#include "alerts/saved_searches.hpp"

#include <fcntl.h>
#include <fmt/format.h>
#include <sys/file.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <stdexcept>

#include "atomic_file.hpp"

namespace ombud {

std::string default_alerts_file(const std::string& db_path) {
  std::string p = db_path;
  while (p.size() > 1 && p.back() == '/') p.pop_back();
  return p + ".alerts.json";
}

void check_search_name(std::string_view name) {
  const bool ok =
      !name.empty() && name.size() <= 64 && std::all_of(name.begin(), name.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
               c == '.' || c == '_' || c == '-';
      });
  if (!ok)
    throw std::runtime_error(
        fmt::format("'{}' is not a search name: use up to 64 letters, digits, '.', '_' and '-' "
                    "(kent-children)",
                    name));
}

SavedSearches::SavedSearches(std::string path) : path_(std::move(path)) {
  const std::string lock = path_ + ".lock";
  lock_fd_ = ::open(lock.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
  if (lock_fd_ < 0)
    throw std::runtime_error(
        fmt::format("cannot open {} to lock the saved searches: {}", lock, std::strerror(errno)));
  while (::flock(lock_fd_, LOCK_EX) != 0) {
    if (errno != EINTR)
      throw std::runtime_error(fmt::format("cannot lock {}: {}", lock, std::strerror(errno)));
  }
  std::ifstream in(path_);
  if (!in) {
    if (errno == ENOENT) return;  // nothing saved yet
    throw std::runtime_error(fmt::format("cannot read {}: {}", path_, std::strerror(errno)));
  }
  std::stringstream text;
  text << in.rdbuf();
  const auto j = nlohmann::json::parse(text.str(), nullptr, false);
  if (!j.is_object() || !j.contains("searches") || !j["searches"].is_array())
    throw std::runtime_error(fmt::format(
        "{} is not a file of saved searches (it was written by something else, or damaged)",
        path_));
  for (const auto& s : j["searches"]) {
    if (!s.is_object() || !s.contains("name") || !s["name"].is_string() || !s.contains("query") ||
        !s["query"].is_string())
      throw std::runtime_error(fmt::format("{}: a saved search without a name and query", path_));
    searches_.push_back({s["name"], s["query"], s.value("seen", ""), s.value("last_ran", "")});
  }
}

SavedSearches::~SavedSearches() {
  if (lock_fd_ >= 0) ::close(lock_fd_);  // releases the lock
}

SavedSearch* SavedSearches::find(std::string_view name) {
  auto it = std::find_if(searches_.begin(), searches_.end(),
                         [&](const SavedSearch& s) { return s.name == name; });
  return it == searches_.end() ? nullptr : &*it;
}

SavedSearch& SavedSearches::need(std::string_view name) {
  if (SavedSearch* s = find(name)) return *s;
  throw std::runtime_error(fmt::format(
      "no saved search is called '{}' in {}; the saved searches are: {}", name, path_, names()));
}

std::string SavedSearches::names() const {
  std::string out;
  for (const SavedSearch& s : searches_) out += (out.empty() ? "" : ", ") + s.name;
  return out.empty() ? "(none)" : out;
}

void SavedSearches::save() const {
  nlohmann::ordered_json list = nlohmann::ordered_json::array();
  for (const SavedSearch& s : searches_)
    list.push_back(
        {{"name", s.name}, {"query", s.query}, {"seen", s.seen}, {"last_ran", s.last_ran}});
  const nlohmann::ordered_json file = {{"searches", std::move(list)}};
  write_file_atomically(path_, file.dump(2) + '\n');
}

}  // namespace ombud
