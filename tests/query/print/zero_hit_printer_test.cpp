// The zero-hit help in each format, from a ZeroHitHelp made by hand: every printed byte is known,
// the relaxed match is labelled as no match of the query, and in JSON it stays out of the
// query's total, facets and hit lines.
#include "print/zero_hit_printer.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "search_test_db.hpp"

namespace {

using ombud::schema::FieldId;

ombud::ZeroHitHelp sample_help() {
  ombud::ZeroHitHelp help;
  help.filters.push_back({FieldId::kLegislation,
                          "law:\"care act\"",
                          {{"Care Act 2014", 3, 1.0}, {"Housing Act 1996", 5, 0.1}}});
  help.wildcards.push_back({"statutory*", "statutori", "statutori*", 7});
  ombud::RelaxedMatch relaxed;
  relaxed.counts = {{"delay", "safegaurding", 0}, {"safegaurding", "delay", 2}};
  relaxed.best = 1;
  ombud::Hit hit;
  hit.rank = 1;
  hit.decision = ombud::test::sample_decisions()[0];
  hit.snippet.text = "the delay";
  relaxed.best_hits = {hit};
  help.relaxed = relaxed;
  return help;
}

}  // namespace

TEST_CASE("zero-hit printer: the terminal's help, section by section", "[print][zero-hits]") {
  const std::string out = ombud::format_zero_hit_help(sample_help(), ombud::Style(false));
  CHECK(out ==
        "\nlaw:\"care act\" matches no legislation value; the nearest that exist:\n"
        "  legislation:\"Care Act 2014\"  (3 decisions)\n"
        "  legislation:\"Housing Act 1996\"  (5 decisions)\n"
        "\nstatutory* matches no word: wildcards match the stored stems of words (the stem of "
        "'statutory' is 'statutori'), and no stem starts with 'statutory'. statutori* would find "
        "7 decisions on its own.\n"
        "\nNo decision has every word. Relaxed, with one word left out at a time (not matches of "
        "the query):\n"
        "  without delay: 0 decisions\n"
        "  without safegaurding: 2 decisions\n"
        "\nRelaxed match, without safegaurding: the best 1 of the 2 decisions found by 'delay'. "
        "These are not matches of the query.\n"
        "\n22-031-415  Surrey County Council\n"
        "    2022-06-14 · upheld · paid £550 · Children's care services > Disabled children · "
        "shared with Ofsted\n"
        "    the delay\n");
  CHECK(ombud::format_zero_hit_help({}, ombud::Style(false)).empty());
}

TEST_CASE("zero-hit printer: JSON keys beside the query's own total and facets",
          "[print][zero-hits]") {
  ombud::SearchResult none;
  const nlohmann::json s = nlohmann::json::parse(ombud::format_zero_hit_json(none, sample_help()));
  CHECK(s.at("total") == 0);
  CHECK(s.at("facets").empty());
  CHECK(s.at("nearest_values").at(0).at("nearest").at(1) ==
        nlohmann::json::parse(R"({"value": "Housing Act 1996", "count": 5, "score": 0.1})"));
  CHECK(s.at("wildcards").at(0).at("suggestion") == "statutori*");
  const nlohmann::json& relaxed = s.at("relaxed");
  CHECK(relaxed.at("dropped").at(1) ==
        nlohmann::json::parse(R"({"without": "safegaurding", "query": "delay", "total": 2})"));
  CHECK(relaxed.at("best").at("hits").at(0).at("case_ref") == "22-031-415");
  // Nothing to say: the summary line as it always was.
  CHECK(ombud::format_zero_hit_json(none, {}) == "{\"total\":0,\"facets\":{}}\n");
}

TEST_CASE("zero-hit printer: CSV's notes for stderr, without the hits", "[print][zero-hits]") {
  const std::string notes = ombud::format_zero_hit_notes(sample_help(), "ombud-search");
  CHECK(notes.find("ombud-search: note: law:\"care act\" matches no legislation value") == 0);
  CHECK(notes.find("ombud-search: note:   without safegaurding: 2 decisions\n") !=
        std::string::npos);
  CHECK(notes.find("22-031-415") == std::string::npos);
  CHECK(notes.ends_with(
      "ombud-search: note: the relaxed match's decisions are not written as rows; search 'delay' "
      "for them\n"));
}

TEST_CASE("zero-hit printer: a wildcard that is its own stem, with nothing to suggest",
          "[print][zero-hits]") {
  ombud::ZeroHitHelp help;
  help.wildcards.push_back({"Qqqq*", "qqqq", "", 0});
  CHECK(ombud::format_zero_hit_help(help, ombud::Style(false)) ==
        "\nQqqq* matches no word: wildcards match the stored stems of words, and no stem starts "
        "with 'qqqq'.\n");
  const nlohmann::json s =
      nlohmann::json::parse(ombud::format_zero_hit_json(ombud::SearchResult{}, help));
  CHECK(s.at("wildcards").at(0).at("suggestion").is_null());
  CHECK(!s.at("wildcards").at(0).contains("total"));
}
