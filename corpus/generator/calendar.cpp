// Howard Hinnant's civil-calendar algorithms (public domain), and date printing.
#include "calendar.hpp"

#include <fmt/format.h>

#include <array>
#include <string_view>

namespace ombud::gen {
namespace {

constexpr std::array<std::string_view, 12> kMonths = {
    "January", "February", "March",     "April",   "May",      "June",
    "July",    "August",   "September", "October", "November", "December"};

}  // namespace

long days_from_civil(CivilDate date) {
  const long y = date.month <= 2 ? date.year - 1 : date.year;
  const long era = (y >= 0 ? y : y - 399) / 400;
  const long yoe = y - era * 400;
  const long mp = (date.month + 9) % 12;
  const long doy = (153 * mp + 2) / 5 + date.day - 1;
  const long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

CivilDate civil_from_days(long days) {
  const long z = days + 719468;
  const long era = (z >= 0 ? z : z - 146096) / 146097;
  const long doe = z - era * 146097;
  const long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const long mp = (5 * doy + 2) / 153;
  const long d = doy - (153 * mp + 2) / 5 + 1;
  const long m = mp < 10 ? mp + 3 : mp - 9;
  const long y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  return {static_cast<int>(y), static_cast<int>(m), static_cast<int>(d)};
}

void append_long_date(CivilDate date, std::string& out) {
  fmt::format_to(std::back_inserter(out), "{} {} {}", date.day, kMonths[date.month - 1], date.year);
}

void append_month_year(CivilDate date, std::string& out) {
  fmt::format_to(std::back_inserter(out), "{} {}", kMonths[date.month - 1], date.year);
}

void append_short_date(CivilDate date, std::string& out) {
  fmt::format_to(std::back_inserter(out), "{} {} {}", date.day,
                 kMonths[date.month - 1].substr(0, 3), date.year);
}

std::string iso_date(CivilDate date) {
  return fmt::format("{:04}-{:02}-{:02}", date.year, date.month, date.day);
}

}  // namespace ombud::gen
