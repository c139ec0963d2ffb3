#include "turnaround_proxy.hpp"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <chrono>
#include <vector>

namespace ombud::test {
namespace {

constexpr std::chrono::milliseconds kLatency{10};

sockaddr_in loopback(unsigned port) {
  sockaddr_in a{};
  a.sin_family = AF_INET;
  a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  a.sin_port = htons(static_cast<std::uint16_t>(port));
  return a;
}

// Copies what `from` has to `to`; false when `from` closed or failed.
bool pass_on(int from, int to) {
  char buf[65536];
  const ssize_t n = ::read(from, buf, sizeof buf);
  if (n <= 0) return false;
  for (ssize_t done = 0; done < n;) {
    const ssize_t w = ::write(to, buf + done, static_cast<std::size_t>(n - done));
    if (w <= 0) return false;
    done += w;
  }
  return true;
}

}  // namespace

TurnaroundProxy::TurnaroundProxy(unsigned server_port) : server_port_(server_port) {
  listen_fd_ = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
  REQUIRE(listen_fd_ >= 0);
  sockaddr_in a = loopback(0);
  REQUIRE(::bind(listen_fd_, reinterpret_cast<sockaddr*>(&a), sizeof a) == 0);
  socklen_t len = sizeof a;
  REQUIRE(::getsockname(listen_fd_, reinterpret_cast<sockaddr*>(&a), &len) == 0);
  port_ = ntohs(a.sin_port);
  REQUIRE(::listen(listen_fd_, 8) == 0);
  REQUIRE(::pipe(wake_) == 0);
  thread_ = std::thread([this] { relay(); });
}

TurnaroundProxy::~TurnaroundProxy() {
  const char stop = 's';
  [[maybe_unused]] const ssize_t n = ::write(wake_[1], &stop, 1);
  thread_.join();
  ::close(listen_fd_);
  ::close(wake_[0]);
  ::close(wake_[1]);
}

std::string TurnaroundProxy::address() const {
  return "127.0.0.1:" + std::to_string(port_);
}

void TurnaroundProxy::relay() {
  struct Pair {
    int client;
    int server;
    bool answered;  // the server has spoken since the client last did
  };
  std::vector<Pair> pairs;
  for (;;) {
    std::vector<pollfd> fds = {{wake_[0], POLLIN, 0}, {listen_fd_, POLLIN, 0}};
    for (const Pair& p : pairs) {
      fds.push_back({p.client, POLLIN, 0});
      fds.push_back({p.server, POLLIN, 0});
    }
    if (::poll(fds.data(), fds.size(), -1) < 0) continue;
    if (fds[0].revents) break;
    if (fds[1].revents & POLLIN) {
      const int client = ::accept4(listen_fd_, nullptr, nullptr, SOCK_CLOEXEC);
      const int server = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
      sockaddr_in a = loopback(server_port_);
      if (client >= 0 && server >= 0 &&
          ::connect(server, reinterpret_cast<sockaddr*>(&a), sizeof a) == 0) {
        pairs.push_back({client, server, false});
      } else {
        if (client >= 0) ::close(client);
        if (server >= 0) ::close(server);
      }
      continue;  // fds no longer matches pairs
    }
    for (std::size_t i = 0; i < pairs.size(); ++i) {
      Pair& p = pairs[i];
      bool open = true;
      if (fds[2 + 2 * i].revents) {
        if (p.answered) ++turnarounds_;
        p.answered = false;
        open = pass_on(p.client, p.server);
      }
      if (open && fds[3 + 2 * i].revents) {
        // Answers come late, as over a network: requests a client sends without waiting then
        // reach the server together, and only real waits count as round trips.
        std::this_thread::sleep_for(kLatency);
        p.answered = true;
        open = pass_on(p.server, p.client);
      }
      if (!open) {
        ::close(p.client);
        ::close(p.server);
        p.client = p.server = -1;
      }
    }
    std::erase_if(pairs, [](const Pair& p) { return p.client < 0; });
  }
  for (const Pair& p : pairs) {
    ::close(p.client);
    ::close(p.server);
  }
}

}  // namespace ombud::test
