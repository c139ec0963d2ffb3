// The field documentation is generated from the schema table: README.md's search section and
// docs/search.md must carry exactly what `ombud-search --fields` prints.
#include <catch2/catch.hpp>
#include <fstream>
#include <sstream>

#include "print/field_help.hpp"
#include "schema.hpp"
#include "temp_dir.hpp"

namespace {

std::string read(const std::string& relative) {
  return ombud::test::read_bytes(std::string(OMBUD_SOURCE_DIR) + "/" + relative);
}

}  // namespace

TEST_CASE("the field table lists every schema field", "[docs]") {
  const std::string table = ombud::fields_markdown();
  for (const auto& f : ombud::schema::kFields) {
    INFO(f.name);
    CHECK(table.find("| `" + std::string(f.name) + ":` |") != std::string::npos);
    CHECK(table.find(std::string(f.doc)) != std::string::npos);
  }
  CHECK(table.find("upheld, not-upheld, closed-after-initial-enquiries, unknown") !=
        std::string::npos);
}

TEST_CASE("README.md's search section carries the generated field table", "[docs]") {
  const std::string readme = read("README.md");
  const std::string begin = "<!-- search:begin -->";
  const std::string end = "<!-- search:end -->";
  const std::size_t b = readme.find(begin);
  const std::size_t e = readme.find(end);
  REQUIRE(b != std::string::npos);
  REQUIRE(e != std::string::npos);
  REQUIRE(b < e);
  const std::string section = readme.substr(b + begin.size(), e - b - begin.size());
  CHECK(section.find("\n" + ombud::fields_markdown()) != std::string::npos);
}

TEST_CASE("docs/search.md carries the generated field table", "[docs]") {
  CHECK(read("docs/search.md").find("\n" + ombud::fields_markdown()) != std::string::npos);
}
