// A temporary folder for one test, removed when the test ends.
#pragma once

#include <filesystem>
#include <string>

namespace ombud::test {

class TempDir {
 public:
  TempDir();
  ~TempDir();
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;

  const std::filesystem::path& path() const { return path_; }
  std::filesystem::path operator/(const std::string& name) const { return path_ / name; }

 private:
  std::filesystem::path path_;
};

// Writes `content` to `path`, creating folders as needed.
void write_file(const std::filesystem::path& path, const std::string& content);

// The bytes of the file at `path`, or "" when it cannot be read.
std::string read_bytes(const std::filesystem::path& path);

}  // namespace ombud::test
