// The listing order key: in descending byte order, newest first, undated last, then case
// reference A to Z.
#include "listing_order.hpp"

#include <algorithm>
#include <catch2/catch.hpp>
#include <vector>

TEST_CASE("listing order keys sort newest first, then by case reference", "[order]") {
  using Entry = std::pair<std::optional<std::string>, std::string>;
  // In the order wanted.
  const std::vector<Entry> wanted = {{"2024-03-28", "202301234"},  {"2024-03-28", "23-017-900"},
                                     {"2024-03-28", "23-017-901"}, {"2023-01-01", "20-004-001"},
                                     {"2021-12-31", "99-999-999"}, {std::nullopt, "20-004-001"},
                                     {std::nullopt, "24-010-138"}, {std::nullopt, "24-010-1380"}};
  std::vector<std::pair<std::string, std::size_t>> keys;
  for (std::size_t i = 0; i < wanted.size(); ++i)
    keys.emplace_back(ombud::listing_order_key(wanted[i].first, wanted[i].second), i);
  std::sort(keys.begin(), keys.end(),
            [](const auto& a, const auto& b) { return a.first > b.first; });
  for (std::size_t i = 0; i < keys.size(); ++i) CHECK(keys[i].second == i);
}
