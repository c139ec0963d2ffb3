// Remote shards for the tests, on 127.0.0.1 only: a real xapian-tcpsrv started and stopped by the
// test (every wait bounded), and a port that accepts connections but never answers.
#pragma once

#include <sys/types.h>

#include <string>

namespace ombud::test {

// The xapian-tcpsrv binary found when the tests were configured, or empty.
std::string tcpsrv_binary();

// A free TCP port on 127.0.0.1 at the time of asking (bound to port 0, read back, released).
unsigned free_port();

// xapian-tcpsrv serving one database. The constructor REQUIREs it to be listening: it retries on
// another port when the one it picked was taken meanwhile.
class TcpServer {
 public:
  explicit TcpServer(const std::string& database);
  ~TcpServer();
  TcpServer(const TcpServer&) = delete;
  TcpServer& operator=(const TcpServer&) = delete;

  unsigned port() const { return port_; }
  std::string address() const;  // "127.0.0.1:PORT", as a stub's `remote` line takes it

  // Ends the server and the processes it forked for its connections.
  void stop();
  // Freezes (SIGSTOP) and thaws (SIGCONT) them: a shard that hangs with its connections open.
  void pause();
  void resume();

 private:
  bool start(const std::string& database, unsigned port, const std::string& log);
  void signal_group(int sig) const;

  pid_t pid_ = -1;
  unsigned port_ = 0;
};

// A listening socket nobody accepts on: the kernel completes connections to it, and then nothing
// is ever said. Closed by the destructor.
class SilentPort {
 public:
  SilentPort();
  ~SilentPort();
  SilentPort(const SilentPort&) = delete;
  SilentPort& operator=(const SilentPort&) = delete;

  unsigned port() const { return port_; }
  std::string address() const;

 private:
  int fd_ = -1;
  unsigned port_ = 0;
};

}  // namespace ombud::test
