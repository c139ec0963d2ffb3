// name_words(): the words of a name as council:, category: and subcategory: compare them.
#include "parse/name_words.hpp"

#include <catch2/catch.hpp>

using ombud::name_words;
using ombud::NameKind;
using Words = std::vector<std::string>;

TEST_CASE("organisation names: & and 'and', St and Saint, abbreviations", "[name_words]") {
  struct Row {
    const char* folded;
    Words words;
  };
  const Row rows[] = {
      {"london borough of hammersmith & fulham", {"london", "borough", "hammersmith", "fulham"}},
      {"hammersmith and fulham", {"hammersmith", "fulham"}},
      {"lb hammersmith & fulham", {"london", "borough", "hammersmith", "fulham"}},
      {"royal borough of kingston upon thames", {"royal", "borough", "kingston", "upon", "thames"}},
      {"rb kingston", {"royal", "borough", "kingston"}},
      {"surrey cc", {"surrey", "county", "council"}},
      {"wigan mbc", {"wigan", "metropolitan", "borough", "council"}},
      {"surrey heath bc", {"surrey", "heath", "borough", "council"}},
      {"eden dc", {"eden", "district", "council"}},
      {"st helens council", {"saint", "helens", "council"}},
      {"st. albans", {"saint", "albans"}},
      {"saint helens", {"saint", "helens"}},
      {"north*", {"north*"}},
      {"king's lynn and west norfolk", {"king", "lynn", "west", "norfolk"}},
      {"", {}},
  };
  for (const Row& r : rows) {
    INFO(r.folded);
    CHECK(name_words(r.folded, NameKind::kOrganisation) == r.words);
  }
}

TEST_CASE("category names: possessives and 'and', no council abbreviations", "[name_words]") {
  CHECK(name_words("children's care services", NameKind::kLabel) ==
        Words{"children", "care", "services"});
  CHECK(name_words("planning and development", NameKind::kLabel) ==
        Words{"planning", "development"});
  CHECK(name_words("benefits & tax", NameKind::kLabel) == Words{"benefits", "tax"});
  // Only organisations expand the abbreviations.
  CHECK(name_words("cc dc", NameKind::kLabel) == Words{"cc", "dc"});
}
