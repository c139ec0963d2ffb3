#include "index_stamp.hpp"

#include <fmt/format.h>

#include <algorithm>

namespace ombud {

std::string index_stamp(std::chrono::system_clock::time_point t) {
  namespace chr = std::chrono;
  const auto micros = chr::time_point_cast<chr::microseconds>(t);
  const auto day = chr::floor<chr::days>(micros);
  const chr::year_month_day ymd{day};
  const chr::hh_mm_ss hms{micros - day};
  return fmt::format("{:04}{:02}{:02}{:02}{:02}{:02}{:06}", static_cast<int>(ymd.year()),
                     static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day()),
                     hms.hours().count(), hms.minutes().count(), hms.seconds().count(),
                     hms.subseconds().count());
}

std::string stamp_iso(std::string_view s) {
  if (s.size() < 14 ||
      !std::all_of(s.begin(), s.begin() + 14, [](char c) { return c >= '0' && c <= '9'; }))
    return {};
  const std::string_view micros = s.substr(14);
  return fmt::format("{}-{}-{}T{}:{}:{}{}{}Z", s.substr(0, 4), s.substr(4, 2), s.substr(6, 2),
                     s.substr(8, 2), s.substr(10, 2), s.substr(12, 2), micros.empty() ? "" : ".",
                     micros);
}

}  // namespace ombud
