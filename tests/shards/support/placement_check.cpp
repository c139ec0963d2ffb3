#include "placement_check.hpp"

#include <catch2/catch.hpp>
#include <filesystem>
#include <nlohmann/json.hpp>

#include "schema.hpp"
#include "write/file_registry.hpp"
#include "write/shard_set.hpp"

namespace ombud::test {

namespace fs = std::filesystem;

std::string shard_name(std::size_t i) {
  return (i < 10 ? "shard-0" : "shard-") + std::to_string(i);
}

std::string case_ref_of(const Xapian::Document& doc) {
  return nlohmann::json::parse(doc.get_data()).at("case_ref").get<std::string>();
}

void check_placement(const std::string& sharded, std::size_t n) {
  Xapian::doccount total = 0;
  for (std::size_t i = 0; i < n; ++i) {
    INFO("shard " << i);
    const Xapian::Database shard((fs::path(sharded) / shard_name(i)).string());
    total += shard.get_doccount();
    for (auto it = shard.postlist_begin(""); it != shard.postlist_end(""); ++it) {
      const std::string ref = case_ref_of(shard.get_document(*it));
      INFO(ref);
      CHECK(ombud::shard_of(ref, n) == i);
    }
    std::size_t records = 0;
    ombud::FileRegistry({shard}).for_each([&](const std::string& path, const ombud::FileRecord& r) {
      INFO(path);
      ++records;
      CHECK(ombud::shard_of(r.case_ref, n) == i);
      CHECK(shard.term_exists(ombud::schema::id_term(r.case_ref)));
    });
    CHECK(records >= shard.get_doccount());
  }
  CHECK(total == Xapian::Database(sharded).get_doccount());
}

}  // namespace ombud::test
