// The table and the chart script from tallies built in code: a decision in several list rows is
// counted once in (other), medians between two amounts, undefined rates, and a line chart's
// years in year order whatever order the rows come in.
#include "stats/stats_table.hpp"

#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "parse/query_error.hpp"
#include "stats/stats_plot.hpp"

namespace {

using ombud::schema::FieldId;
using ombud::stats::GroupTally;
using ombud::stats::Metric;

std::string paid(double pounds) {
  return Xapian::sortable_serialise(pounds);
}

// One decision: its grouping values, then its outcome and paid slots.
void add(GroupTally& tally, std::vector<std::string> values) {
  std::vector<std::string_view> views(values.begin(), values.end());
  tally.add(views.data());
}

}  // namespace

TEST_CASE("a decision folded into (other) by two of its values counts there once",
          "[stats][table]") {
  GroupTally tally(1);
  const std::string sep(1, ombud::schema::kListSeparator);
  add(tally, {"apology" + sep + "training" + sep + "reassessment", "upheld", paid(0)});
  add(tally, {"apology", "upheld", paid(100)});
  add(tally, {"apology" + sep + "payment", "not-upheld", paid(250.5)});
  add(tally, {"", "closed-after-initial-enquiries", paid(0)});
  const auto table = ombud::stats::make_table(tally, {FieldId::kRemedy}, 1);
  REQUIRE(table.rows.size() == 3);
  CHECK(table.rows[0].group[0].value == "apology");
  CHECK(table.rows[0].metrics.decisions == 3);
  CHECK(table.rows[1].group[0].kind == ombud::stats::GroupValue::Kind::kNone);
  CHECK(table.rows[1].metrics.closed == 1);
  CHECK_FALSE(table.rows[1].metrics.uphold_rate.has_value());
  const auto& other = table.rows[2];
  CHECK(other.group[0].kind == ombud::stats::GroupValue::Kind::kOther);
  CHECK(other.metrics.decisions == 2);  // training+reassessment once, payment once
  CHECK(*other.metrics.uphold_rate == Approx(0.5));
  CHECK(table.folded);
  // The totals: payments of £100 and £250.50, whose median is between them.
  CHECK(table.total.decisions == 4);
  CHECK(table.total.paid_decisions == 2);
  CHECK(table.total.paid_total == 35050);
  CHECK(*table.total.paid_median == 17525.0);
  CHECK(*table.total.paid_max == 25050);
}

TEST_CASE("a line chart has its years in year order and leaves out undated decisions",
          "[stats][plot]") {
  GroupTally tally(2);
  add(tally, {"Kent", "2023", "upheld", paid(0)});
  add(tally, {"Kent", "2021", "not-upheld", paid(0)});
  add(tally, {"Surrey", "2022", "upheld", paid(0)});
  add(tally, {"Surrey", "", "upheld", paid(0)});
  const auto table = ombud::stats::make_table(tally, {FieldId::kOrganisation, FieldId::kYear}, 0);
  const std::string script =
      ombud::stats::plot_script(table, Metric::kUpholdRate, "outcome:upheld", "/tmp/x.svg");
  const auto block = script.substr(script.find("$data << EOD\n"));
  CHECK_THAT(block, Catch::StartsWith("$data << EOD\n\"year\" \"Kent\" \"Surrey\"\n"
                                      "2021 0 ?\n2022 ? 100\n2023 100 ?\nEOD\n"));
  CHECK_THAT(script, Catch::Contains("set title \"uphold_rate by council × year: "
                                     "'outcome:upheld'\""));
  CHECK_THAT(script, Catch::Contains("set terminal svg"));
  CHECK_THROWS_AS(ombud::stats::plot_script(table, Metric::kDecisions, "", "/tmp/x.pdf"),
                  ombud::QueryError);
}
