#include "dates.hpp"

#include <fmt/format.h>

#include <array>
#include <cctype>
#include <charconv>

namespace ombud {
namespace {

constexpr std::array<std::string_view, 12> kMonths = {
    "january", "february", "march",     "april",   "may",      "june",
    "july",    "august",   "september", "october", "november", "december"};

std::optional<int> to_int(std::string_view s) {
  int v = 0;
  auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
  if (ec != std::errc() || p != s.data() + s.size()) return std::nullopt;
  return v;
}

std::optional<int> month_number(std::string_view word) {
  std::string lower;
  for (char c : word)
    lower.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
  if (lower.size() < 3) return std::nullopt;
  if (lower.back() == '.') lower.pop_back();
  for (std::size_t i = 0; i < kMonths.size(); ++i) {
    // A full name, or an abbreviation of at least three letters ("Jun", "Sept").
    if (kMonths[i].starts_with(lower)) return static_cast<int>(i) + 1;
  }
  return std::nullopt;
}

}  // namespace

std::string Date::iso() const {
  return fmt::format("{:04}-{:02}-{:02}", year, month, day);
}
std::string Date::ymd() const {
  return fmt::format("{:04}{:02}{:02}", year, month, day);
}

bool is_valid_date(int year, int month, int day) {
  if (year < 1 || year > 9999 || month < 1 || month > 12 || day < 1) return false;
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  const int days = kDays[month - 1] + (month == 2 && leap ? 1 : 0);
  return day <= days;
}

std::optional<Date> parse_written_date(std::string_view text) {
  // Split on white space into day, month, year.
  std::array<std::string_view, 3> parts;
  std::size_t n = 0;
  std::size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() && std::isspace(static_cast<unsigned char>(text[i]))) ++i;
    std::size_t j = i;
    while (j < text.size() && !std::isspace(static_cast<unsigned char>(text[j]))) ++j;
    if (j > i) {
      if (n == parts.size()) return std::nullopt;
      parts[n++] = text.substr(i, j - i);
    }
    i = j;
  }
  if (n != 3) return std::nullopt;
  std::string_view day_text = parts[0];
  for (std::string_view suffix : {"st", "nd", "rd", "th"}) {
    if (day_text.size() > 2 && day_text.ends_with(suffix)) day_text.remove_suffix(2);
  }
  auto day = to_int(day_text);
  auto month = month_number(parts[1]);
  auto year = to_int(parts[2]);
  if (!day || !month || !year || parts[2].size() != 4) return std::nullopt;
  if (!is_valid_date(*year, *month, *day)) return std::nullopt;
  return Date{*year, *month, *day};
}

std::optional<Date> parse_iso_date(std::string_view text) {
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
  auto year = to_int(text.substr(0, 4));
  auto month = to_int(text.substr(5, 2));
  auto day = to_int(text.substr(8, 2));
  if (!year || !month || !day || !is_valid_date(*year, *month, *day)) return std::nullopt;
  return Date{*year, *month, *day};
}

}  // namespace ombud
