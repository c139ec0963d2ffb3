// Decision dates in the forms metadata lines use.
#include "extract/decision_date.hpp"

#include <re2/re2.h>

#include "read/checked_pattern.hpp"
#include "read/text_util.hpp"

namespace ombud {
namespace {

// The patterns of this file (read/checked_pattern.hpp).
struct Patterns {
  // Day first, as in the UK.
  const Pattern numeric{"numeric", R"((\d{1,2})[/.](\d{1,2})[/.](\d{4}))"};
};

const PatternTable<Patterns> patterns("extract/decision_date.cpp");

}  // namespace

std::optional<Date> parse_decision_date(std::string_view value) {
  value = trim(value);
  if (auto date = parse_written_date(value)) return date;
  if (auto date = parse_iso_date(value)) return date;
  int day = 0, month = 0, year = 0;
  if (RE2::FullMatch(value, patterns().numeric, &day, &month, &year) &&
      is_valid_date(year, month, day))
    return Date{year, month, day};
  return std::nullopt;
}

}  // namespace ombud
