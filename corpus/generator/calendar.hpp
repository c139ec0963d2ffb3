// Day arithmetic for the generator's timelines: days since 1970-01-01 to and from dates, and
// the ways decisions print dates ("14 March 2021", "14 Jun 2022").
#pragma once

#include <string>

namespace ombud::gen {

struct CivilDate {
  int year;
  int month;  // 1..12
  int day;    // 1..31
};

// Days since 1970-01-01 (negative before), for the proleptic Gregorian calendar.
long days_from_civil(CivilDate date);
CivilDate civil_from_days(long days);

void append_long_date(CivilDate date, std::string& out);   // "14 March 2021"
void append_month_year(CivilDate date, std::string& out);  // "March 2021"
void append_short_date(CivilDate date, std::string& out);  // "14 Jun 2022", as metadata blocks
std::string iso_date(CivilDate date);                      // "2022-06-14"

}  // namespace ombud::gen
