// Writing a small file whole or not at all: the text goes to a file beside it (same folder, so
// the same file system), is flushed to disk, then renamed over the target. A reader, or the next
// run after a kill, sees the old file or the new one, never half of one. The change list
// (ombud-index --changes) and the saved searches (ombud-alerts) are written this way.
#pragma once

#include <string>
#include <string_view>

namespace ombud {

// Throws std::runtime_error("PATH: what failed: strerror") when it cannot; the target is then as
// it was, and the file beside it is removed.
void write_file_atomically(const std::string& path, std::string_view text);

}  // namespace ombud
