// query_parts(): which words a relaxed query may drop (and the query without each), which filters
// and wildcards the zero-hit help looks at, read from the query's tokens.
#include "parse/query_parts.hpp"

#include <catch2/catch.hpp>

namespace {

using ombud::query_parts;
using ombud::QueryParts;
using ombud::schema::FieldId;

// "typed -> relaxed" for each droppable word.
std::vector<std::string> drops(const std::string& query) {
  std::vector<std::string> out;
  for (const ombud::RequiredWord& w : query_parts(query).words)
    out.push_back(w.typed + " -> " + w.relaxed);
  return out;
}

using V = std::vector<std::string>;

}  // namespace

TEST_CASE("query parts: each word of an AND of words can be dropped", "[parse][zero-hits]") {
  CHECK(drops("delay safegaurding") == V{"delay -> safegaurding", "safegaurding -> delay"});
  CHECK(drops("a b c") == V{"a -> b c", "b -> a c", "c -> a b"});
  CHECK(drops("\"care plan\" delay") == V{"\"care plan\" -> delay", "delay -> \"care plan\""});
  CHECK(drops("+delay fault") == V{"+delay -> fault", "fault -> +delay"});
  CHECK(drops("statut* delay") == V{"statut* -> delay", "delay -> statut*"});
}

TEST_CASE("query parts: the AND that joined a dropped word goes with it", "[parse][zero-hits]") {
  CHECK(drops("a AND b AND c") == V{"a -> b AND c", "b -> a AND c", "c -> a AND b"});
}

TEST_CASE("query parts: filters, brackets and negated words stay in every relaxed query",
          "[parse][zero-hits]") {
  CHECK(drops("council:kent delay fault") ==
        V{"delay -> council:kent fault", "fault -> council:kent delay"});
  CHECK(drops("delay fault date:>=2022") ==
        V{"delay -> fault date:>=2022", "fault -> delay date:>=2022"});
  CHECK(drops("(x OR y) delay fault") == V{"delay -> (x OR y) fault", "fault -> (x OR y) delay"});
  CHECK(drops("delay fault -apology") == V{"delay -> fault -apology", "fault -> delay -apology"});
  // One word besides them: nothing to relax.
  CHECK(drops("delay -apology").empty());
  CHECK(drops("council:kent delay").empty());
  CHECK(drops("(x OR y) delay").empty());
  CHECK(drops("delay").empty());
  CHECK(drops("").empty());
}

TEST_CASE("query parts: a case reference in three groups is one word", "[parse][zero-hits]") {
  CHECK(drops("24 010 138 delay") == V{"24 010 138 -> delay", "delay -> 24 010 138"});
}

TEST_CASE("query parts: no relaxed query when the top level is not one AND", "[parse][zero-hits]") {
  CHECK(drops("delay OR fault apology").empty());
  CHECK(drops("delay NOT fault apology").empty());
  CHECK(drops("delay NEAR fault apology").empty());
  CHECK(drops("a XOR b").empty());
  // Operators inside brackets are the bracket's business.
  CHECK(drops("(a OR b) c d") == V{"c -> (a OR b) d", "d -> (a OR b) c"});
}

TEST_CASE("query parts: required filters, with their values", "[parse][zero-hits]") {
  const QueryParts p = query_parts(
      "delay council:\"surey cc\" -category:housing (law:\"care act\" OR x) NOT year:2020");
  REQUIRE(p.filters.size() == 2);
  CHECK(p.filters[0].field == FieldId::kOrganisation);
  CHECK(p.filters[0].typed == "council:\"surey cc\"");
  CHECK(p.filters[0].value == "surey cc");
  CHECK(p.filters[1].field == FieldId::kLegislation);
  CHECK(p.filters[1].value == "care act");
}

TEST_CASE("query parts: wildcards not negated, case-folded", "[parse][zero-hits]") {
  const QueryParts p = query_parts("Statutory* -fees* (delay OR compl*)");
  REQUIRE(p.wildcards.size() == 2);
  CHECK(p.wildcards[0].typed == "Statutory*");
  CHECK(p.wildcards[0].start == "statutory");
  CHECK(p.wildcards[1].start == "compl");
}
