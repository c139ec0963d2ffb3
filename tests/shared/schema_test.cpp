// The schema table: no prefix or slot used twice, lookups by name and alias.
#include "schema.hpp"

#include <catch2/catch.hpp>
#include <set>
#include <string>

using namespace ombud::schema;

TEST_CASE("schema fields are in FieldId order, so field() is an index", "[schema]") {
  for (std::size_t i = 0; i < kFields.size(); ++i)
    CHECK(static_cast<std::size_t>(kFields[i].id) == i);
}

TEST_CASE("no prefix, slot or name is used twice", "[schema]") {
  std::set<std::string> prefixes, names;
  std::set<Xapian::valueno> slots;
  for (const Field& f : kFields) {
    INFO(f.name);
    if (!f.prefix.empty()) CHECK(prefixes.insert(std::string(f.prefix)).second);
    if (f.slot != kNoSlot) CHECK(slots.insert(f.slot).second);
    CHECK(names.insert(std::string(f.name)).second);
    if (!f.alias.empty()) CHECK(names.insert(std::string(f.alias)).second);
  }
  // The body text's prefix is taken too.
  CHECK(prefixes.count(std::string(kTextPrefix)) == 0);
}

TEST_CASE("prefixes follow Xapian's conventions", "[schema]") {
  CHECK(field(FieldId::kCaseRef).prefix == "Q");
  for (const Field& f : kFields) {
    if (f.prefix.empty() || f.id == FieldId::kCaseRef) continue;
    INFO(f.name);
    // Our own multi-letter prefixes start with X and are upper case.
    CHECK(f.prefix.front() == 'X');
    for (char c : f.prefix) CHECK((c >= 'A' && c <= 'Z'));
  }
}

TEST_CASE("fields are found by name and alias, in any case", "[schema]") {
  CHECK(find_field("council") == FieldId::kOrganisation);
  CHECK(find_field("ORG") == FieldId::kOrganisation);
  CHECK(find_field("Outcome") == FieldId::kOutcome);
  CHECK_FALSE(find_field("counsil").has_value());
}

TEST_CASE("facet terms are prefix plus normalised value", "[schema]") {
  CHECK(term(FieldId::kOrganisation, "  Surrey   County Council ") == "XORGsurrey county council");
  CHECK(term(FieldId::kCategory, "Children’s care services") == "XCATchildren's care services");
  CHECK(id_term("24-010-138") == "Q24-010-138");
}
