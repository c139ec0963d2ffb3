// Runs a real binary for an end-to-end test and captures what it printed and how it exited.
#pragma once

#include <string>

namespace ombud::test {

struct CommandResult {
  int exit_code = -1;  // the process's exit status, or 128 + signal number
  std::string out;
  std::string err;
};

// Runs `command` with /bin/sh, stdin from /dev/null.
CommandResult run_command(const std::string& command);

// Quotes `arg` for /bin/sh.
std::string shell_quote(const std::string& arg);

}  // namespace ombud::test
