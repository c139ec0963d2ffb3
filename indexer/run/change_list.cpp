#include "run/change_list.hpp"

#include <fcntl.h>
#include <fmt/format.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <stdexcept>

namespace ombud {
namespace {

std::string list_text(const std::vector<ChangeEntry>& entries) {
  std::string out;
  for (const ChangeEntry& e : entries) out += change_json(e).dump() + '\n';
  return out;
}

[[noreturn]] void fail(const std::string& what, const std::string& path) {
  throw std::runtime_error(
      fmt::format("cannot write the change list {}: {} ({}); the decisions are committed", path,
                  what, std::strerror(errno)));
}

void write_all(int fd, const std::string& text, const std::string& path) {
  std::size_t done = 0;
  while (done < text.size()) {
    const ssize_t n = ::write(fd, text.data() + done, text.size() - done);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) fail("write failed", path);
    done += static_cast<std::size_t>(n);
  }
}

}  // namespace

nlohmann::ordered_json change_json(const ChangeEntry& e) {
  return {{"case_ref", e.case_ref},
          {"action", e.action},
          {"path", e.path},
          {"organisation", e.organisation},
          {"outcome", e.outcome}};
}

std::string change_text(const ChangeEntry& e) {
  return fmt::format("{:<8} {}  {} ({})  {}", e.action, e.case_ref, e.organisation, e.outcome,
                     e.path);
}

void write_change_list(const std::string& target, const std::vector<ChangeEntry>& entries) {
  const std::string text = list_text(entries);
  if (target == "-") {
    std::fwrite(text.data(), 1, text.size(), stdout);
    std::fflush(stdout);
    return;
  }
  // Beside the target, so that the rename is within one file system and atomic.
  const std::string temp = fmt::format("{}.tmp-{}", target, ::getpid());
  const int fd = ::open(temp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
  if (fd < 0) fail("cannot create " + temp, target);
  try {
    write_all(fd, text, target);
    if (::fsync(fd) != 0) fail("fsync failed", target);
  } catch (...) {
    ::close(fd);
    std::remove(temp.c_str());
    throw;
  }
  ::close(fd);
  if (std::rename(temp.c_str(), target.c_str()) != 0) {
    const int saved = errno;
    std::remove(temp.c_str());
    errno = saved;
    fail("rename failed", target);
  }
}

}  // namespace ombud
