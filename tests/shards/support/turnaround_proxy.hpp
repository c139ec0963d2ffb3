// A relay between clients and one xapian-tcpsrv on 127.0.0.1 that counts round trips: every
// time a client speaks again after the server has answered it. Answers are held back 10 ms, so
// that requests sent one after another without waiting count once. What a remote shard costs a page
// of hits is mostly how many times the search waits for the network, whatever the bytes.
#pragma once

#include <atomic>
#include <string>
#include <thread>

namespace ombud::test {

class TurnaroundProxy {
 public:
  explicit TurnaroundProxy(unsigned server_port);
  ~TurnaroundProxy();
  TurnaroundProxy(const TurnaroundProxy&) = delete;
  TurnaroundProxy& operator=(const TurnaroundProxy&) = delete;

  std::string address() const;  // "127.0.0.1:PORT", for a stub's `remote` line
  unsigned turnarounds() const { return turnarounds_; }

 private:
  void relay();

  unsigned server_port_;
  int listen_fd_ = -1;
  int wake_[2] = {-1, -1};
  unsigned port_ = 0;
  std::atomic<unsigned> turnarounds_{0};
  std::thread thread_;
};

}  // namespace ombud::test
