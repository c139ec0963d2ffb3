// Writing a run: how many files, where, the facts file's place, and errors that name the path.
#include "corpus_writer.hpp"

#include <catch2/catch.hpp>
#include <fstream>

#include "case_plan.hpp"
#include "temp_dir.hpp"

namespace fs = std::filesystem;

namespace {

std::size_t count_lines(const fs::path& path) {
  std::ifstream in(path);
  std::size_t n = 0;
  for (std::string line; std::getline(in, line);) ++n;
  return n;
}

std::size_t count_files(const fs::path& folder) {
  std::size_t n = 0;
  for (const auto& entry : fs::directory_iterator(folder)) n += entry.is_regular_file() ? 1 : 0;
  return n;
}

}  // namespace

TEST_CASE("the count is respected and folders hold at most 1,000 files", "[generator][writer]") {
  ombud::test::TempDir dir;
  const auto stats =
      ombud::gen::write_corpus({.seed = 11, .count = 2345, .out = dir.path(), .facts = {}});
  CHECK(stats.files == 2345);
  CHECK(count_files(dir / "000") == 1000);
  CHECK(count_files(dir / "001") == 1000);
  CHECK(count_files(dir / "002") == 345);
  CHECK_FALSE(fs::exists(dir / "003"));
  CHECK(count_lines(dir / "facts.jsonl") == 2345);
  std::uintmax_t bytes = 0;
  for (const auto& e : fs::recursive_directory_iterator(dir.path())) {
    if (e.is_regular_file() && e.path().extension() == ".txt") bytes += e.file_size();
  }
  CHECK(bytes == stats.bytes);
  CHECK(stats.median_bytes > 0);
}

TEST_CASE("a count of zero writes only an empty facts file", "[generator][writer]") {
  ombud::test::TempDir dir;
  const auto stats =
      ombud::gen::write_corpus({.seed = 1, .count = 0, .out = dir / "out", .facts = {}});
  CHECK(stats.files == 0);
  CHECK(fs::exists(dir / "out" / "facts.jsonl"));
  CHECK(fs::file_size(dir / "out" / "facts.jsonl") == 0);
}

TEST_CASE("the facts file can be written elsewhere", "[generator][writer]") {
  ombud::test::TempDir dir;
  ombud::gen::write_corpus(
      {.seed = 1, .count = 12, .out = dir / "corpus", .facts = dir / "meta" / "planted.jsonl"});
  CHECK(count_lines(dir / "meta" / "planted.jsonl") == 12);
  CHECK_FALSE(fs::exists(dir / "corpus" / "facts.jsonl"));
}

TEST_CASE("a count beyond the case reference space is refused", "[generator][writer]") {
  ombud::test::TempDir dir;
  CHECK_THROWS_WITH(
      ombud::gen::write_corpus(
          {.seed = 1, .count = ombud::gen::kMaxDocuments + 1, .out = dir.path(), .facts = {}}),
      Catch::Contains("1000000"));
  CHECK(fs::is_empty(dir.path()));
}

TEST_CASE("an output folder that cannot be made is reported with its path", "[generator][writer]") {
  ombud::test::TempDir dir;
  std::ofstream(dir / "plain-file") << "not a folder";
  const fs::path out = dir / "plain-file" / "corpus";
  CHECK_THROWS_WITH(ombud::gen::write_corpus({.seed = 1, .count = 3, .out = out, .facts = {}}),
                    Catch::Contains(out.string()));
}
