#include "dates.hpp"

#include <catch2/catch.hpp>

using namespace ombud;

TEST_CASE("written dates as decisions print them", "[dates]") {
  CHECK(parse_written_date("14 Jun 2022")->iso() == "2022-06-14");
  CHECK(parse_written_date("28 March 2024")->iso() == "2024-03-28");
  CHECK(parse_written_date("1st Sept 2021")->iso() == "2021-09-01");
  CHECK(parse_written_date("29 Feb 2024")->ymd() == "20240229");
  CHECK_FALSE(parse_written_date("29 Feb 2023"));
  CHECK_FALSE(parse_written_date("14 Ju 2022"));
  CHECK_FALSE(parse_written_date("June 2022"));
}

TEST_CASE("ISO dates, and impossible ones refused", "[dates]") {
  CHECK(parse_iso_date("2022-06-14")->ymd() == "20220614");
  CHECK_FALSE(parse_iso_date("2022-13-45"));
  CHECK_FALSE(parse_iso_date("2022-02-30"));
  CHECK_FALSE(parse_iso_date("2022-6-14"));
}

TEST_CASE("[prop] ymd order is date order", "[dates][prop]") {
  auto y1 = GENERATE(take(50, random(1990, 2030)));
  auto m1 = GENERATE(take(3, random(1, 12)));
  auto d1 = GENERATE(take(3, random(1, 28)));
  Date a{y1, m1, d1};
  Date b{y1 + 1, 1, 1};
  CHECK(a.ymd() < b.ymd());
  CHECK(a.iso() < b.iso());
}
