// Calendar dates as decisions print them ("14 Jun 2022", "28 March 2024") and as ombud stores
// them (ISO "2022-06-14"; value slots hold "20220614").
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace ombud {

struct Date {
  int year = 0;
  int month = 0;  // 1..12
  int day = 0;    // 1..31, checked against the month

  std::string iso() const;  // "2022-06-14"
  std::string ymd() const;  // "20220614", the value-slot encoding
};

// True when year/month/day is a real calendar date (leap years included).
bool is_valid_date(int year, int month, int day);

// "14 Jun 2022", "14 June 2022", "1st March 2024" (month names in any case), or nullopt.
std::optional<Date> parse_written_date(std::string_view text);

// "2022-06-14", or nullopt (also for impossible dates such as 2022-13-45).
std::optional<Date> parse_iso_date(std::string_view text);

}  // namespace ombud
