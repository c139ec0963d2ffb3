#include "parse/range_filters.hpp"

#include <fmt/format.h>

#include <charconv>
#include <chrono>
#include <optional>
#include <string>

#include "dates.hpp"
#include "decision.hpp"
#include "index_stamp.hpp"
#include "parse/query_error.hpp"
#include "schema.hpp"

namespace ombud {
namespace {

using schema::FieldId;
namespace chr = std::chrono;

// A value split into its comparison and its operand(s).
struct RangeSpec {
  enum class Kind { kExact, kRange, kGe, kGt, kLe, kLt } kind = Kind::kExact;
  std::string_view low;   // kExact, kRange (may be empty: "..b"), and the bounds
  std::string_view high;  // kRange only (may be empty: "a..")
};

RangeSpec split_range(std::string_view v) {
  using K = RangeSpec::Kind;
  if (v.starts_with(">=")) return {K::kGe, v.substr(2), {}};
  if (v.starts_with("<=")) return {K::kLe, v.substr(2), {}};
  if (v.starts_with('>')) return {K::kGt, v.substr(1), {}};
  if (v.starts_with('<')) return {K::kLt, v.substr(1), {}};
  if (auto dots = v.find(".."); dots != std::string_view::npos)
    return {K::kRange, v.substr(0, dots), v.substr(dots + 2)};
  return {K::kExact, v, {}};
}

std::optional<int> digits_value(std::string_view s, std::size_t n) {
  if (s.size() != n) return std::nullopt;
  int v = 0;
  auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
  if (ec != std::errc() || p != s.data() + s.size()) return std::nullopt;
  return v;
}

// The first and last day a date operand stands for: 2022 is 2022-01-01..2022-12-31.
struct DaySpan {
  chr::year_month_day first;
  chr::year_month_day last;
};

std::optional<DaySpan> day_span(std::string_view s) {
  if (s.size() == 4) {
    auto y = digits_value(s, 4);
    if (!y) return std::nullopt;
    const chr::year year{*y};
    return DaySpan{year / chr::January / 1, year / chr::December / 31};
  }
  if (s.size() == 7 && s[4] == '-') {
    auto y = digits_value(s.substr(0, 4), 4);
    auto m = digits_value(s.substr(5, 2), 2);
    if (!y || !m || *m < 1 || *m > 12) return std::nullopt;
    const chr::year_month ym{chr::year{*y}, chr::month{static_cast<unsigned>(*m)}};
    return DaySpan{ym / 1, chr::year_month_day{ym / chr::last}};
  }
  if (auto d = parse_iso_date(s)) {
    const chr::year_month_day day{chr::year{d->year}, chr::month{static_cast<unsigned>(d->month)},
                                  chr::day{static_cast<unsigned>(d->day)}};
    return DaySpan{day, day};
  }
  return std::nullopt;
}

std::string ymd(const chr::year_month_day& d) {
  return fmt::format("{:04}{:02}{:02}", static_cast<int>(d.year()),
                     static_cast<unsigned>(d.month()), static_cast<unsigned>(d.day()));
}

chr::year_month_day add_days(const chr::year_month_day& d, int n) {
  return chr::year_month_day{chr::sys_days{d} + chr::days{n}};
}

[[noreturn]] void bad_date(FieldId id, std::string_view value, std::string_view operand) {
  const std::string_view name = schema::field(id).name;
  throw QueryError(fmt::format(
      "{}:{}: '{}' is not a date; write a year (2022), a month (2022-06), a day (2022-06-14), a "
      "range (2022..2024, 2022-06-01..2022-06-30) or a bound (>=2023-01-01, >2023, <=2021-12-31, "
      "<2020){}",
      name, value, operand, id == FieldId::kDate ? "" : fmt::format(", or {}:last", name)));
}

// The bounds of a day range on a slot. A date slot holds YYYYMMDD; an index stamp slot holds
// YYYYMMDD and the time after it, so its upper bound is the day's last microsecond (a lower
// bound YYYYMMDD already sorts before every stamp of that day).
struct DayBounds {
  FieldId id;
  std::string_view value;  // the whole value, for messages
  DaySpan need(std::string_view operand) const {
    auto span = day_span(operand);
    if (!span) bad_date(id, value, operand);
    return *span;
  }
  std::string low(const chr::year_month_day& d) const { return ymd(d); }
  std::string high(const chr::year_month_day& d) const {
    return schema::field(id).encoding == schema::Encoding::kIndexStamp ? ymd(d) + "235959999999"
                                                                       : ymd(d);
  }
};

// An amount in pounds as pence: "500", "£1,250.50", "0.99". Commas must separate thousands.
std::optional<Pence> parse_pounds(std::string_view s) {
  if (s.starts_with("£")) s.remove_prefix(std::string_view("£").size());
  if (s.empty()) return std::nullopt;
  Pence pounds = 0;
  std::size_t i = 0;
  std::size_t group = 0;  // digits since the last comma
  bool comma_seen = false;
  for (; i < s.size() && s[i] != '.'; ++i) {
    const char c = s[i];
    if (c == ',') {
      if (i == 0 || (comma_seen && group != 3)) return std::nullopt;
      comma_seen = true;
      group = 0;
      continue;
    }
    if (c < '0' || c > '9') return std::nullopt;
    if (pounds > 1'000'000'000'000LL) return std::nullopt;  // not a real amount
    pounds = pounds * 10 + (c - '0');
    ++group;
  }
  if (i == 0 || (comma_seen && group != 3)) return std::nullopt;
  Pence pence = 0;
  if (i < s.size()) {  // the decimals
    std::string_view decimals = s.substr(i + 1);
    if (decimals.empty() || decimals.size() > 2) return std::nullopt;
    for (char c : decimals)
      if (c < '0' || c > '9') return std::nullopt;
    pence = (decimals[0] - '0') * 10 + (decimals.size() == 2 ? decimals[1] - '0' : 0);
  }
  return pounds * 100 + pence;
}

[[noreturn]] void bad_amount(std::string_view value, std::string_view operand) {
  const std::string_view name = schema::field(FieldId::kPaid).name;
  throw QueryError(fmt::format(
      "{}:{}: '{}' is not an amount in pounds; write {}:500, {}:>=500, {}:>0, {}:300..1000, "
      "{}:<=250 or {}:0",
      name, value, operand, name, name, name, name, name, name));
}

Pence need_pounds(std::string_view value, std::string_view operand) {
  auto p = parse_pounds(operand);
  if (!p) bad_amount(value, operand);
  return *p;
}

std::string serialise_pence(Pence p) {
  return Xapian::sortable_serialise(static_cast<double>(p) / 100.0);
}

}  // namespace

Xapian::Query day_filter(FieldId id, std::string_view value) {
  using K = RangeSpec::Kind;
  const Xapian::valueno slot = schema::field(id).slot;
  const DayBounds b{id, value};
  const RangeSpec r = split_range(value);
  switch (r.kind) {
    case K::kExact: {
      const DaySpan d = b.need(r.low);
      return Xapian::Query(Xapian::Query::OP_VALUE_RANGE, slot, b.low(d.first), b.high(d.last));
    }
    case K::kGe:
      return Xapian::Query(Xapian::Query::OP_VALUE_GE, slot, b.low(b.need(r.low).first));
    case K::kGt:
      return Xapian::Query(Xapian::Query::OP_VALUE_GE, slot,
                           b.low(add_days(b.need(r.low).last, 1)));
    case K::kLe:
      return Xapian::Query(Xapian::Query::OP_VALUE_LE, slot, b.high(b.need(r.low).last));
    case K::kLt:
      return Xapian::Query(Xapian::Query::OP_VALUE_LE, slot,
                           b.high(add_days(b.need(r.low).first, -1)));
    case K::kRange:
      break;
  }
  if (r.low.empty() && r.high.empty()) bad_date(id, value, value);
  if (r.low.empty())
    return Xapian::Query(Xapian::Query::OP_VALUE_LE, slot, b.high(b.need(r.high).last));
  if (r.high.empty())
    return Xapian::Query(Xapian::Query::OP_VALUE_GE, slot, b.low(b.need(r.low).first));
  const std::string low = b.low(b.need(r.low).first);
  const std::string high = b.high(b.need(r.high).last);
  if (low > high) {
    throw QueryError(fmt::format("{}:{} is an empty range; put the earlier date first ({}..{})",
                                 schema::field(id).name, value, r.high, r.low));
  }
  return Xapian::Query(Xapian::Query::OP_VALUE_RANGE, slot, low, high);
}

Xapian::Query date_filter(std::string_view value) {
  return day_filter(FieldId::kDate, value);
}

Xapian::Query stamp_filter(const Xapian::Database& db, FieldId id, std::string_view value) {
  if (value == "last") {
    // At or after the start of the last run that changed anything (what a run changes carries
    // its start time).
    const std::string last = db.get_metadata(std::string(kLastChangeRunKey));
    if (last.empty()) return Xapian::Query::MatchNothing;  // no run recorded one yet
    return Xapian::Query(Xapian::Query::OP_VALUE_GE, schema::field(id).slot, last);
  }
  return day_filter(id, value);
}

Xapian::Query paid_filter(std::string_view value) {
  using K = RangeSpec::Kind;
  const Xapian::valueno slot = schema::field(FieldId::kPaid).slot;
  const RangeSpec r = split_range(value);
  std::optional<Pence> low, high;
  switch (r.kind) {
    case K::kExact:
      low = high = need_pounds(value, r.low);
      break;
    case K::kGe:
      low = need_pounds(value, r.low);
      break;
    case K::kGt:
      low = need_pounds(value, r.low) + 1;
      break;
    case K::kLe:
      high = need_pounds(value, r.low);
      break;
    case K::kLt:
      high = need_pounds(value, r.low) - 1;
      break;
    case K::kRange:
      if (r.low.empty() && r.high.empty()) bad_amount(value, value);
      if (!r.low.empty()) low = need_pounds(value, r.low);
      if (!r.high.empty()) high = need_pounds(value, r.high);
      break;
  }
  if ((high && *high < 0) || (low && high && *low > *high)) {
    throw QueryError(fmt::format("{}:{} is an empty range: no amount can match it{}",
                                 schema::field(FieldId::kPaid).name, value,
                                 r.kind == K::kRange ? "; put the smaller amount first" : ""));
  }
  if (low && high)
    return Xapian::Query(Xapian::Query::OP_VALUE_RANGE, slot, serialise_pence(*low),
                         serialise_pence(*high));
  if (low) return Xapian::Query(Xapian::Query::OP_VALUE_GE, slot, serialise_pence(*low));
  return Xapian::Query(Xapian::Query::OP_VALUE_LE, slot, serialise_pence(*high));
}

}  // namespace ombud
