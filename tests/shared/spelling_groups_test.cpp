// The rules of the build-time spelling generator (shared/spelling/spelling_groups.hpp), on small
// word lists made for each rule: which words are pairs, and which way each group is mapped.
#include "spelling_groups.hpp"

#include <catch2/catch.hpp>
#include <map>

namespace sp = ombud::spelling;

namespace {

// The plan's table as a map, and the direction of the group holding `british`.
struct Planned {
  std::map<std::string, std::string> table;
  sp::Plan plan;

  sp::Direction direction_of(const std::string& british) const {
    for (const sp::Group& g : plan.groups)
      for (const sp::Pair& p : g.pairs)
        if (p.british == british) return g.direction;
    FAIL("no group holds " << british);
    return sp::Direction::kUnchanged;
  }
};

Planned plan_for(const std::vector<std::string>& british,
                 const std::vector<std::string>& american) {
  Planned out;
  out.plan =
      sp::plan(sp::make_word_list(british), sp::make_word_list(american), Xapian::Stem("english"));
  for (const sp::Mapping& m : out.plan.mappings) out.table[m.from] = m.to;
  return out;
}

}  // namespace

TEST_CASE("spelling rules: pairs differ by one s -> z after i or y", "[spelling][generator]") {
  const auto pairs = sp::find_pairs(
      sp::make_word_list({"apologise", "analyse", "analyses", "prise", "prize", "Elisabeth",
                          "organisation's", "promise", "surprise"}),
      sp::make_word_list({"apologize", "analyze", "analyzes", "analyses", "prize", "Elizabeth",
                          "organization's", "promise", "surprise", "surprize"}));
  std::map<std::string, sp::PairKind> kinds;
  for (const sp::Pair& p : pairs) kinds[p.british + "/" + p.american] = p.kind;
  CHECK(kinds == std::map<std::string, sp::PairKind>{
                     {"analyse/analyze", sp::PairKind::kTwoSpellings},
                     {"analyses/analyzes", sp::PairKind::kBritishAlsoAmerican},
                     {"apologise/apologize", sp::PairKind::kTwoSpellings},
                     {"prise/prize", sp::PairKind::kFalseTwin},
                     {"surprise/surprize", sp::PairKind::kBritishAlsoAmerican},
                 });
}

TEST_CASE("spelling rules: to the American spelling when that joins only the -y noun",
          "[spelling][generator]") {
  const Planned p = plan_for({"apologise", "apologised", "apology", "apologies"},
                             {"apologize", "apologized", "apology", "apologies"});
  CHECK(p.direction_of("apologise") == sp::Direction::kToAmerican);
  CHECK(p.table == std::map<std::string, std::string>{{"apologise", "apologize"},
                                                      {"apologised", "apologized"}});
}

TEST_CASE("spelling rules: to the British spelling when Porter2 would join the root word",
          "[spelling][generator]") {
  // Porter2: authorize, authorized, author and authority all stem to "author".
  const Planned p = plan_for({"authorise", "authorised", "author", "authority"},
                             {"authorize", "authorized", "author", "authority"});
  CHECK(p.direction_of("authorise") == sp::Direction::kToBritish);
  CHECK(p.table == std::map<std::string, std::string>{{"authorize", "authorise"},
                                                      {"authorized", "authorised"}});
  const sp::Group& g = p.plan.groups.front();
  CHECK(g.outsiders_american == std::set<std::string>{"author", "authority"});
  CHECK(g.reason.find("author, authority") != std::string::npos);
}

TEST_CASE("spelling rules: to the British spelling when the American stems differ",
          "[spelling][generator]") {
  // recognize -> "recogn" but recognizable -> "recogniz": mapped to American, recognise and
  // recognisable (both "recognis" today) would be split.
  const Planned p = plan_for({"recognise", "recognisable"}, {"recognize", "recognizable"});
  CHECK(p.direction_of("recognise") == sp::Direction::kToBritish);
  CHECK(p.table == std::map<std::string, std::string>{{"recognizable", "recognisable"},
                                                      {"recognize", "recognise"}});
}

TEST_CASE("spelling rules: a British spelling that is American too is never mapped",
          "[spelling][generator]") {
  const Planned p = plan_for({"analyse", "analysed", "analyses"},
                             {"analyze", "analyzed", "analyzes", "analyses"});
  CHECK(p.direction_of("analyse") == sp::Direction::kToBritish);
  CHECK(p.table == std::map<std::string, std::string>{
                       {"analyze", "analyse"}, {"analyzed", "analysed"}, {"analyzes", "analyses"}});
}

TEST_CASE("spelling rules: left alone when the -z- word is British or the British stem is shared",
          "[spelling][generator]") {
  // prize is a British word of its own: prised is not another spelling of prized.
  const Planned twin = plan_for({"prise", "prised", "prize"}, {"prize", "prized"});
  CHECK(twin.direction_of("prised") == sp::Direction::kUnchanged);
  CHECK(twin.table.empty());
  // devised is in both lists, unpaired: mapping devise either way would split it from devise
  // or join devize to it.
  const Planned shared = plan_for({"devise", "devised"}, {"devize", "devised"});
  CHECK(shared.direction_of("devise") == sp::Direction::kUnchanged);
  CHECK(shared.table.empty());
}

TEST_CASE("spelling rules: the rendered table and report", "[spelling][generator]") {
  const Planned p = plan_for({"apologise", "apology", "authorise", "author"},
                             {"apologize", "apology", "authorize", "author"});
  const std::string table = sp::render_table(p.plan);
  CHECK(table.find("{\"apologise\", \"apologize\"},\n    {\"authorize\", \"authorise\"},") !=
        std::string::npos);
  const std::string report = sp::render_report(p.plan);
  CHECK(report.starts_with("# spelling groups: 2 groups, 2 table entries\n"));
  CHECK(report.find("to-american\tapologise/apologize\tjoins the noun apology") !=
        std::string::npos);
}

TEST_CASE("spelling rules: a missing word list is an error", "[spelling][generator]") {
  CHECK_THROWS_WITH(sp::read_word_list("/nonexistent/british-english"),
                    "/nonexistent/british-english: cannot read the word list");
}
