#include "write/writer_lock.hpp"

#include <fcntl.h>
#include <fmt/format.h>
#include <sys/file.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <cstring>
#include <thread>

#include "database.hpp"

namespace ombud {
namespace {

// The pid the holder wrote into the lock file, or empty.
std::string holder_of(int fd) {
  char buf[32] = {};
  const ssize_t n = pread(fd, buf, sizeof buf - 1, 0);
  if (n <= 0) return {};
  std::string pid(buf, static_cast<std::size_t>(n));
  while (!pid.empty() && (pid.back() == '\n' || pid.back() == ' ')) pid.pop_back();
  return pid.find_first_not_of("0123456789") == std::string::npos ? pid : std::string();
}

}  // namespace

std::string WriterLock::lock_path(const std::string& db_path) {
  std::string path = db_path;
  while (path.size() > 1 && path.back() == '/') path.pop_back();  // "db/" and "db" share a lock
  return path + ".lock";
}

WriterLock::WriterLock(const std::string& db_path, bool wait) {
  const std::string path = lock_path(db_path);
  fd_ = open(path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0666);
  // flock needs no write access: a lock file another user of a shared database created (with
  // their umask) still locks. Whether this user may write the database is Xapian's to find.
  if (fd_ < 0 && errno == EACCES) fd_ = open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd_ < 0) {
    const int err = errno;
    if (err == EACCES || err == EPERM || err == EROFS) {
      throw DatabaseOpenError(fmt::format(
          "permission denied: cannot write {} (the lock file of {}): index as a user who may "
          "write there, or search it as it is",
          path, db_path));
    }
    throw DatabaseOpenError(
        fmt::format("cannot create the lock file {}: {}", path, std::strerror(err)));
  }
  while (flock(fd_, LOCK_EX | LOCK_NB) != 0) {
    if (errno == EINTR) continue;
    if (errno != EWOULDBLOCK) {
      const int err = errno;
      close(fd_);
      throw DatabaseOpenError(fmt::format("cannot lock {}: {}", path, std::strerror(err)));
    }
    if (!wait) {
      const std::string pid = holder_of(fd_);
      close(fd_);
      throw DatabaseLockedError(fmt::format(
          "{} is being written by another process ({}): wait for it to finish, or run with "
          "--wait",
          db_path, pid.empty() ? "another ombud-index" : "ombud-index, pid " + pid));
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(200));
  }
  // Who holds it, for the message a second run prints. Best effort: the lock is what counts.
  const std::string pid = std::to_string(getpid()) + "\n";
  if (ftruncate(fd_, 0) == 0) {
    [[maybe_unused]] const ssize_t n = pwrite(fd_, pid.data(), pid.size(), 0);
  }
}

WriterLock::~WriterLock() {
  if (fd_ >= 0) close(fd_);  // closing the last descriptor releases the flock
}

}  // namespace ombud
