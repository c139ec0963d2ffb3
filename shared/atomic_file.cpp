#include "atomic_file.hpp"

#include <fcntl.h>
#include <fmt/format.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <stdexcept>

namespace ombud {
namespace {

[[noreturn]] void fail(const std::string& path, std::string_view what, int err) {
  throw std::runtime_error(fmt::format("{}: {}: {}", path, what, std::strerror(err)));
}

}  // namespace

void write_file_atomically(const std::string& path, std::string_view text) {
  // The process id keeps two writers' temporary files apart; a killed writer's is left, named so.
  const std::string temp = fmt::format("{}.tmp-{}", path, ::getpid());
  const int fd = ::open(temp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
  if (fd < 0) fail(path, "cannot create " + temp, errno);
  std::size_t done = 0;
  while (done < text.size()) {
    const ssize_t n = ::write(fd, text.data() + done, text.size() - done);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) {
      const int err = errno;
      ::close(fd);
      std::remove(temp.c_str());
      fail(path, "write failed", err);
    }
    done += static_cast<std::size_t>(n);
  }
  if (::fsync(fd) != 0 || ::close(fd) != 0) {
    const int err = errno;
    std::remove(temp.c_str());
    fail(path, "cannot flush it to disk", err);
  }
  if (std::rename(temp.c_str(), path.c_str()) != 0) {
    const int err = errno;
    std::remove(temp.c_str());
    fail(path, "cannot rename " + temp + " over it", err);
  }
}

}  // namespace ombud
