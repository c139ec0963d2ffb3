#include "tcp_server.hpp"

#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <sys/prctl.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <cerrno>
#include <chrono>
#include <csignal>
#include <fstream>
#include <sstream>
#include <thread>

#include "temp_dir.hpp"

namespace ombud::test {
namespace {

using namespace std::chrono_literals;

// Bounds on every wait: a broken server fails the test instead of hanging it.
constexpr auto kStartWait = 10s;
constexpr auto kStopWait = 5s;
constexpr auto kPoll = 20ms;
constexpr int kStartAttempts = 5;

sockaddr_in loopback(unsigned port) {
  sockaddr_in a{};
  a.sin_family = AF_INET;
  a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  a.sin_port = htons(static_cast<std::uint16_t>(port));
  return a;
}

// Binds a TCP socket to 127.0.0.1:0 and returns it with the port the kernel chose.
std::pair<int, unsigned> bound_socket() {
  const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
  REQUIRE(fd >= 0);
  sockaddr_in a = loopback(0);
  REQUIRE(::bind(fd, reinterpret_cast<sockaddr*>(&a), sizeof a) == 0);
  socklen_t len = sizeof a;
  REQUIRE(::getsockname(fd, reinterpret_cast<sockaddr*>(&a), &len) == 0);
  return {fd, ntohs(a.sin_port)};
}

// Waits up to `limit` for `pid` to end; true when it has (and is reaped).
bool reaped_within(pid_t pid, std::chrono::milliseconds limit) {
  const auto until = std::chrono::steady_clock::now() + limit;
  for (;;) {
    const pid_t r = ::waitpid(pid, nullptr, WNOHANG);
    if (r == pid || (r < 0 && errno == ECHILD)) return true;
    if (std::chrono::steady_clock::now() >= until) return false;
    std::this_thread::sleep_for(kPoll);
  }
}

}  // namespace

std::string tcpsrv_binary() {
  return OMBUD_TCPSRV_BIN;
}

unsigned free_port() {
  const auto [fd, port] = bound_socket();
  ::close(fd);
  return port;
}

TcpServer::TcpServer(const std::string& database) {
  REQUIRE_FALSE(tcpsrv_binary().empty());
  const std::string log = "/tmp/ombud-tcpsrv-" + std::to_string(::getpid()) + "-" +
                          std::to_string(reinterpret_cast<std::uintptr_t>(this)) + ".log";
  std::string last_log;
  for (int attempt = 0; attempt < kStartAttempts; ++attempt) {
    // Another process may take the port between free_port() and the server's bind: try again.
    if (start(database, free_port(), log)) break;
    last_log = read_bytes(log);
  }
  ::unlink(log.c_str());
  INFO("xapian-tcpsrv for " << database << " said: " << last_log);
  REQUIRE(pid_ > 0);
}

TcpServer::~TcpServer() {
  stop();
}

bool TcpServer::start(const std::string& database, unsigned port, const std::string& log) {
  const std::string port_text = std::to_string(port);
  const pid_t parent = ::getpid();
  const pid_t pid = ::fork();
  REQUIRE(pid >= 0);
  if (pid == 0) {
    // Its own process group, so that stop() reaches the processes it forks per connection.
    ::setpgid(0, 0);
    // A test killed before its destructors run (a signal, a CTest timeout) takes it along.
    ::prctl(PR_SET_PDEATHSIG, SIGTERM);
    if (::getppid() != parent) ::_exit(127);
    const int out = ::open(log.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
    if (out >= 0) {
      ::dup2(out, STDOUT_FILENO);
      ::dup2(out, STDERR_FILENO);
    }
    const std::string bin = tcpsrv_binary();
    ::execl(bin.c_str(), "xapian-tcpsrv", "--interface", "127.0.0.1", "--port", port_text.c_str(),
            database.c_str(), static_cast<char*>(nullptr));
    ::_exit(127);
  }
  ::setpgid(pid, pid);  // also here: the child may not have run yet when we signal it
  // Ready once it says it listens; gone when the port was taken (exit 69) or the database bad.
  const auto until = std::chrono::steady_clock::now() + kStartWait;
  while (std::chrono::steady_clock::now() < until) {
    if (::waitpid(pid, nullptr, WNOHANG) == pid) return false;
    if (read_bytes(log).find("Listening...") != std::string::npos) {
      pid_ = pid;
      port_ = port;
      return true;
    }
    std::this_thread::sleep_for(kPoll);
  }
  ::kill(-pid, SIGKILL);
  reaped_within(pid, kStopWait);
  return false;
}

std::string TcpServer::address() const {
  return "127.0.0.1:" + std::to_string(port_);
}

void TcpServer::signal_group(int sig) const {
  if (pid_ > 0) ::kill(-pid_, sig);
}

void TcpServer::stop() {
  if (pid_ <= 0) return;
  signal_group(SIGCONT);  // a paused group would not act on SIGTERM until thawed
  signal_group(SIGTERM);
  if (!reaped_within(pid_, kStopWait)) {
    signal_group(SIGKILL);
    reaped_within(pid_, kStopWait);
  }
  pid_ = -1;
}

void TcpServer::pause() {
  signal_group(SIGSTOP);
}
void TcpServer::resume() {
  signal_group(SIGCONT);
}

SilentPort::SilentPort() {
  const auto [fd, port] = bound_socket();
  REQUIRE(::listen(fd, 16) == 0);
  fd_ = fd;
  port_ = port;
}

SilentPort::~SilentPort() {
  if (fd_ >= 0) ::close(fd_);
}

std::string SilentPort::address() const {
  return "127.0.0.1:" + std::to_string(port_);
}

}  // namespace ombud::test
