#include "indexer_process.hpp"

#include <fcntl.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <thread>

namespace ombud::test {

pid_t spawn_indexer(const std::vector<std::string>& args,
                    const std::vector<std::pair<std::string, std::string>>& env) {
  return spawn_program(OMBUD_INDEX_BIN, args, env);
}

pid_t spawn_program(const std::string& program, const std::vector<std::string>& args,
                    const std::vector<std::pair<std::string, std::string>>& env) {
  const pid_t pid = fork();
  if (pid == 0) {
    for (const auto& [name, value] : env) setenv(name.c_str(), value.c_str(), 1);
    std::vector<char*> argv;
    std::string bin = program;
    argv.push_back(bin.data());
    std::vector<std::string> copy = args;
    for (auto& a : copy) argv.push_back(a.data());
    argv.push_back(nullptr);
    // dup2, not freopen: freopen would flush the test runner's buffered output a second time.
    const int devnull = open("/dev/null", O_WRONLY);
    dup2(devnull, STDOUT_FILENO);
    dup2(devnull, STDERR_FILENO);
    execv(bin.c_str(), argv.data());
    _exit(127);
  }
  return pid;
}

int wait_for_exit(pid_t pid) {
  int status = 0;
  if (waitpid(pid, &status, 0) != pid) return -1;
  if (WIFSIGNALED(status)) return 128 + WTERMSIG(status);
  return WEXITSTATUS(status);
}

bool killed_after(const std::string& bin, const std::vector<std::string>& args,
                  std::chrono::milliseconds delay) {
  const pid_t pid = spawn_program(bin, args);
  std::this_thread::sleep_for(delay);
  const bool running = kill(pid, SIGKILL) == 0;
  return wait_for_exit(pid) == 128 + SIGKILL && running;
}

}  // namespace ombud::test
