// The same seed gives the same bytes; another seed gives another corpus; document i does not
// depend on how many documents the run has or on the thread that made it.
#include <catch2/catch.hpp>
#include <fstream>
#include <sstream>

#include "corpus_writer.hpp"
#include "generator.hpp"
#include "temp_dir.hpp"

namespace {

using ombud::gen::GeneratedDecision;
using ombud::gen::Generator;

std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> out;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) out.push_back(line);
  return out;
}

}  // namespace

TEST_CASE("the same seed gives byte-identical documents and facts", "[generator][determinism]") {
  const Generator a(7), b(7);
  GeneratedDecision x, y;
  for (std::size_t i = 0; i < 300; ++i) {
    a.generate(i, x);
    b.generate(i, y);
    REQUIRE(x.relative_path == y.relative_path);
    REQUIRE(x.text == y.text);
    REQUIRE(ombud::gen::facts_line(x).dump() == ombud::gen::facts_line(y).dump());
  }
}

TEST_CASE("a corpus written twice with one seed is byte-identical", "[generator][determinism]") {
  ombud::test::TempDir one, two;
  ombud::gen::write_corpus({.seed = 99, .count = 150, .out = one.path(), .facts = {}});
  ombud::gen::write_corpus({.seed = 99, .count = 150, .out = two.path(), .facts = {}});
  for (std::size_t i = 0; i < 150; ++i) {
    const std::string rel = Generator::relative_path(i);
    REQUIRE(ombud::test::read_bytes(one / rel) == ombud::test::read_bytes(two / rel));
  }
  CHECK(ombud::test::read_bytes(one / "facts.jsonl") ==
        ombud::test::read_bytes(two / "facts.jsonl"));
}

TEST_CASE("document i does not depend on the count or on the writer's threads",
          "[generator][determinism]") {
  ombud::test::TempDir small, large;
  ombud::gen::write_corpus({.seed = 3, .count = 40, .out = small.path(), .facts = {}});
  ombud::gen::write_corpus({.seed = 3, .count = 1300, .out = large.path(), .facts = {}});
  const auto small_facts = lines_of(ombud::test::read_bytes(small / "facts.jsonl"));
  const auto large_facts = lines_of(ombud::test::read_bytes(large / "facts.jsonl"));
  REQUIRE(small_facts.size() == 40);
  REQUIRE(large_facts.size() == 1300);
  const Generator generator(3);
  GeneratedDecision d;
  for (std::size_t i = 0; i < 40; ++i) {
    const std::string rel = Generator::relative_path(i);
    REQUIRE(ombud::test::read_bytes(small / rel) == ombud::test::read_bytes(large / rel));
    REQUIRE(small_facts[i] == large_facts[i]);
    // write_corpus makes odd documents on a helper thread: the bytes are the same as here.
    generator.generate(i, d);
    REQUIRE(ombud::test::read_bytes(small / rel) == d.text);
  }
  generator.generate(1299, d);
  CHECK(ombud::test::read_bytes(large / Generator::relative_path(1299)) == d.text);
}

TEST_CASE("different seeds give different corpora", "[generator][determinism]") {
  const Generator a(1), b(2);
  GeneratedDecision x, y;
  int differ = 0;
  for (std::size_t i = 0; i < 200; ++i) {
    a.generate(i, x);
    b.generate(i, y);
    if (x.text != y.text) ++differ;
  }
  CHECK(differ == 200);
  int same_names = 0;
  for (std::size_t i = 0; i < 50; ++i) {
    if (a.organisations().all()[i].name == b.organisations().all()[i].name) ++same_names;
  }
  CHECK(same_names < 5);
}
