// The printers: pounds, CSV quoting (RFC 4180), the JSON objects' shape, the human format with and
// without colour, and --show's full decision.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "print/csv_printer.hpp"
#include "print/decision_printer.hpp"
#include "print/human_printer.hpp"
#include "print/json_printer.hpp"
#include "print/text_format.hpp"
#include "search_test_db.hpp"

namespace {

using ombud::schema::FieldId;

// Two hits and an outcome facet, made by hand so every printed byte is known.
ombud::SearchResult sample_result() {
  const auto decisions = ombud::test::sample_decisions();
  ombud::SearchResult r;
  r.total = 12;
  ombud::Hit a;
  a.rank = 1;
  a.score = 2.5;
  a.decision = decisions[0];  // A: £550, 2022-06-14, Ofsted
  a.snippet.text = "…the \"statutory\" complaints, procedure…";
  a.snippet.highlights = {{8, 17}, {19, 29}};  // statutory, complaints
  ombud::Hit d;
  d.rank = 2;
  d.score = 1.25;
  d.decision = decisions[3];  // D: £500, undated, a report
  d.snippet.text = "Report summary";
  r.hits = {a, d};
  r.facets = {{FieldId::kOutcome, {{"upheld", 9}, {"not-upheld", 3}}},
              {FieldId::kRemedy, {{"apology", 5}, {"", 7, true}}}};
  return r;
}

}  // namespace

TEST_CASE("pounds as people write them", "[printers]") {
  const std::pair<ombud::Pence, const char*> rows[] = {
      {0, "£0"},          {50000, "£500"},
      {100000, "£1,000"}, {538499, "£5,384.99"},
      {5, "£0.05"},       {123456789, "£1,234,567.89"},
  };
  for (const auto& [pence, text] : rows) {
    INFO(pence);
    CHECK(ombud::format_pounds(pence) == text);
  }
}

TEST_CASE("CSV fields are quoted as RFC 4180 says", "[printers][csv]") {
  const std::pair<const char*, const char*> rows[] = {
      {"plain", "plain"},
      {"", ""},
      {"a, b", "\"a, b\""},
      {"say \"no\"", "\"say \"\"no\"\"\""},
      {"two\nlines", "\"two\nlines\""},
      {"cr\r", "\"cr\r\""},
      {"Children's care", "Children's care"},
  };
  for (const auto& [in, out] : rows) {
    INFO(in);
    CHECK(ombud::csv_field(in) == out);
  }
}

TEST_CASE("CSV output: a header and a row per hit, CRLF line ends", "[printers][csv]") {
  CHECK(ombud::format_csv(sample_result()) ==
        "rank,case_ref,organisation,source,doc_type,decision_date,outcome,outcome_source,paid,"
        "remedy_payments,remedies,category,subcategory,ofsted_shared,cqc_shared,legislation,"
        "amounts,added,changed,path,url,score,snippet\r\n"
        "1,22-031-415,Surrey County Council,lgsco,decision,2022-06-14,upheld,stated,550,250; 300,"
        "apology; payment,Children's care services,Disabled children,yes,no,Children Act 1989,"
        "250; 300,,,,https://www.lgo.org.uk/decisions/children-s-care-services/disabled-children/"
        "22-031-415,2.5000,\"…the \"\"statutory\"\" complaints, procedure…\"\r\n"
        "2,24-010-138,London Borough of Waltham Forest,lgsco,report,,upheld,stated,500,500,"
        "apology; payment; procedure-review,,,no,no,Local Government Act 1974,500,,,,,1.2500,"
        "Report summary\r\n");
  // The decisions without a value: an empty value (CSV has no null).
  CHECK(ombud::format_csv_facets(sample_result().facets) ==
        "field,value,count\r\noutcome,upheld,9\r\noutcome,not-upheld,3\r\nremedy,apology,5\r\n"
        "remedy,,7\r\n");
  CHECK(ombud::format_csv_count(12) == "total\r\n12\r\n");
}

TEST_CASE("JSON output: one object per hit, then the summary", "[printers][json]") {
  const std::string out = ombud::format_json(sample_result());
  std::vector<nlohmann::ordered_json> lines;
  std::size_t start = 0;
  for (std::size_t nl; (nl = out.find('\n', start)) != std::string::npos; start = nl + 1)
    lines.push_back(nlohmann::ordered_json::parse(out.substr(start, nl - start)));
  CHECK(start == out.size());
  REQUIRE(lines.size() == 3);
  std::vector<std::string> keys;
  for (const auto& [k, v] : lines[0].items()) keys.push_back(k);
  CHECK(keys ==
        std::vector<std::string>{
            "rank",          "case_ref",    "organisation", "source",          "doc_type",
            "category",      "subcategory", "outcome",      "outcome_source",  "decision_date",
            "ofsted_shared", "cqc_shared",  "remedies",     "remedy_payments", "paid",
            "amounts",       "legislation", "added",        "changed",         "path",
            "url",           "score",       "snippet",      "highlights"});
  CHECK(lines[0]["rank"] == 1);
  CHECK(lines[0]["case_ref"] == "22-031-415");
  CHECK(lines[0]["ofsted_shared"] == true);
  CHECK(lines[0]["remedy_payments"] == nlohmann::ordered_json::array({250, 300}));
  CHECK(lines[0]["paid"] == 550);
  CHECK(lines[0]["score"] == 2.5);
  CHECK(lines[0]["snippet"] == "…the \"statutory\" complaints, procedure…");
  CHECK(lines[0]["highlights"] == nlohmann::ordered_json::parse("[[8,17],[19,29]]"));
  CHECK(lines[1]["decision_date"].is_null());
  CHECK(lines[1]["category"].is_null());
  CHECK(lines[0]["url"] ==
        "https://www.lgo.org.uk/decisions/children-s-care-services/disabled-children/22-031-415");
  CHECK(lines[1]["url"].is_null());  // no category
  CHECK(lines[1]["legislation"] == nlohmann::ordered_json::array({"Local Government Act 1974"}));
  CHECK(lines[1]["doc_type"] == "report");
  CHECK(lines[2] == nlohmann::ordered_json::parse(
                        R"({"total":12,"facets":{"outcome":[{"value":"upheld","count":9},
                            {"value":"not-upheld","count":3}],"remedy":[{"value":"apology",
                            "count":5},{"value":null,"count":7}]}})"));
}

TEST_CASE("human output: colour only when asked", "[printers][human]") {
  const std::string plain = ombud::format_human(sample_result(), ombud::Style(false));
  CHECK(plain.find('\x1b') == std::string::npos);
  CHECK(plain ==
        "12 decisions match; showing 1–2.\n"
        "\n"
        "22-031-415  Surrey County Council\n"
        "    2022-06-14 · upheld · paid £550 · Children's care services > Disabled children · "
        "shared with Ofsted\n"
        "    …the \"statutory\" complaints, procedure…\n"
        "\n"
        "24-010-138  London Borough of Waltham Forest\n"
        "    undated · upheld · paid £500 · public report\n"
        "    Report summary\n"
        "\n"
        "outcome\n"
        "  9  upheld\n"
        "  3  not-upheld\n"
        "\n"
        "remedy  (a decision may have several)\n"
        "  5  apology\n"
        "  7  (none)\n");
  const std::string coloured = ombud::format_human(sample_result(), ombud::Style(true));
  CHECK(coloured.find(
            "…the \"\x1b[1;31mstatutory\x1b[0m\" \x1b[1;31mcomplaints\x1b[0m, procedure…") !=
        std::string::npos);
  CHECK(coloured.find("\x1b[35m22-031-415\x1b[0m") != std::string::npos);

  ombud::SearchResult none;
  CHECK(ombud::format_human(none, ombud::Style(false)) == "No decisions match.\n");
}

TEST_CASE("the --show printer: the facts, then the text", "[printers]") {
  const ombud::Decision d = ombud::test::sample_decisions()[0];
  const std::string out = ombud::format_decision(d, ombud::Style(false));
  CHECK(out.starts_with("Surrey County Council (22 031 415)\n\ncase             22-031-415\n"));
  for (const char* line :
       {"outcome          upheld (stated)\n", "date             2022-06-14\n",
        "ofsted           yes\n", "remedies         apology, payment\n", "paid             £550\n",
        "remedy payments  £250, £300\n", "path             unknown\n",
        "url              https://www.lgo.org.uk/decisions/"
        "children-s-care-services/disabled-children/22-031-415\n"}) {
    INFO(line);
    CHECK(out.find(line) != std::string::npos);
  }
  CHECK(out.ends_with(d.text + "\n"));
  const auto j = nlohmann::ordered_json::parse(ombud::format_decision_json(d));
  CHECK(j["case_ref"] == "22-031-415");
  CHECK(j["text"] == d.text);
}
