// The ranking of the values nearest a filter value that matches nothing (nearest_values.hpp):
// the score of each kind of word match, the order among equals, and the values read back from a
// database as the decisions write them.
#include "search/nearest_values.hpp"

#include <algorithm>
#include <catch2/catch.hpp>

#include "search_test_db.hpp"

namespace {

using ombud::rank_near_values;
using ombud::value_similarity;
using ombud::schema::FieldId;
using Candidates = std::vector<std::pair<std::string, Xapian::doccount>>;

std::vector<std::string> values(const std::vector<ombud::NearValue>& near) {
  std::vector<std::string> out;
  for (const auto& n : near) out.push_back(n.value);
  return out;
}

using V = std::vector<std::string>;

}  // namespace

TEST_CASE("nearest values: the score of each kind of word match", "[search][zero-hits]") {
  const FieldId law = FieldId::kLegislation;
  // Every typed word there as it is.
  CHECK(value_similarity(law, "care act", "care act 2014") == Approx(1));
  // One of two words.
  CHECK(value_similarity(law, "care act", "housing act 1996") == Approx(0.5));
  // A word that starts the other: 3/4.
  CHECK(value_similarity(law, "carers", "care act 2014") == Approx(0.75));
  CHECK(value_similarity(law, "hous", "housing act 1996") == Approx(0.75));
  // Too short a start to count.
  CHECK(value_similarity(law, "ho", "housing act 1996") == Approx(0));
  // One typing slip: 1/2; two for long words only.
  CHECK(value_similarity(law, "2015", "care act 2014") == Approx(0.5));
  CHECK(value_similarity(law, "chidlren", "children act 1989") == Approx(0.5));
  CHECK(value_similarity(law, "cra", "care act 2014") == Approx(0));
  CHECK(value_similarity(law, "educaton", "education act 1996") == Approx(0.5));
  CHECK(value_similarity(law, "eductn", "education act 1996") == Approx(0));
  // Nothing in common.
  CHECK(value_similarity(law, "planning", "care act 2014") == Approx(0));
}

TEST_CASE("nearest values: council words as the filter reads them", "[search][zero-hits]") {
  const FieldId council = FieldId::kOrganisation;
  // cc is county council, and `council` is not a word that has to be found.
  std::size_t extra = 9;
  CHECK(value_similarity(council, "surrey cc", "surrey county council", &extra) == Approx(1));
  CHECK(extra == 0);
  CHECK(value_similarity(council, "surey cc", "surrey county council") == Approx(0.75));
  CHECK(value_similarity(council, "surrey cc", "surrey heath borough council", &extra) ==
        Approx(0.5));
  CHECK(extra == 2);  // heath, borough
  CHECK(value_similarity(council, "st albans", "saint albans city council") == Approx(1));
}

TEST_CASE("nearest values: ranked by score, then fewer other words, then more decisions",
          "[search][zero-hits]") {
  const Candidates laws = {{"local government act 1974", 28}, {"care act 2014", 3},
                           {"housing act 1996", 5},           {"children act 1989", 4},
                           {"mental capacity act 2005", 1},   {"highways act 1980", 1},
                           {"data protection act 2018", 2},   {"equality act 2010", 2}};
  // `act` is in every value, so the others score under 1/2: not near.
  CHECK(values(rank_near_values(FieldId::kLegislation, "care act", laws, 5)) == V{"care act 2014"});
  // Equal scores: fewer words not typed first (highways act 1980 has two, local government act
  // 1974 three), then more decisions, then A to Z.
  CHECK(values(rank_near_values(FieldId::kLegislation, "act", laws, 5)) ==
        V{"housing act 1996", "children act 1989", "care act 2014", "equality act 2010",
          "highways act 1980"});
  CHECK(values(rank_near_values(FieldId::kLegislation, "housing ac 1997", laws, 5)) ==
        V{"housing act 1996"});
  // Nothing shared: nothing near.
  CHECK(rank_near_values(FieldId::kLegislation, "zoning", laws, 5).empty());
  // At most `max`.
  CHECK(rank_near_values(FieldId::kLegislation, "act", laws, 2).size() == 2);
}

TEST_CASE("nearest values: a word few values have weighs more than one many have",
          "[search][zero-hits]") {
  const Candidates councils = {{"surrey heath borough council", 1}, {"kent county council", 9},
                               {"devon county council", 9},         {"essex county council", 9},
                               {"norfolk county council", 9},       {"suffolk county council", 9},
                               {"dorset county council", 9}};
  // Each value has one of the two words; `surrey` is in one value, `county` in six: Surrey Heath
  // is near, the county councils are not (each word weighing the same, they would come first,
  // having fewer words not typed).
  CHECK(value_similarity(FieldId::kOrganisation, "surrey county", "kent county council") ==
        Approx(0.5));
  const auto near = rank_near_values(FieldId::kOrganisation, "surrey county", councils, 5);
  CHECK(values(near) == V{"surrey heath borough council"});
  CHECK(near[0].score == Approx(1.0 / (1.0 + 1.0 / 6)));
}

TEST_CASE("nearest values: read from the database with their counts, as written",
          "[search][zero-hits]") {
  const ombud::test::SearchTestDb db(ombud::test::sample_decisions());
  const auto near = ombud::nearest_values(db.open(), FieldId::kOrganisation, "surey cc");
  REQUIRE(near.size() >= 2);
  CHECK(near[0].value == "Surrey County Council");
  CHECK(near[0].count == 1);
  CHECK(near[1].value == "Kent County Council");  // county is in two of the seven values
  CHECK(std::none_of(near.begin(), near.end(), [](const ombud::NearValue& n) {
    return n.value == "Surrey Heath Borough Council";  // surey near surrey alone: 1/4
  }));
  const auto laws = ombud::nearest_values(db.open(), FieldId::kLegislation, "care act");
  REQUIRE(!laws.empty());
  CHECK(laws[0].value == "Care Act 2014");
}
