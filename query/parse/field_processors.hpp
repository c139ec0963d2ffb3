// One Xapian::FieldProcessor per schema field, registered under the field's name and alias with
// QueryParser::add_boolean_prefix, so that every field: value becomes a filter query built here.
// QueryParser hands the processor the value as typed, quotes removed: ">=2023-01-01",
// "2022..2024", "Surrey County Council".
#pragma once

#include <xapian.h>

#include <exception>
#include <memory>
#include <string_view>

#include "schema.hpp"

namespace ombud {

// `field:none` selects the decisions without the field (date:none, category:none, ...); every
// field but case: takes it.
inline constexpr std::string_view kMissingValue = "none";

// The filter query for `field:value`. Never an empty Query: QueryParser would drop it and the
// filter would vanish, so a value that matches nothing gives a term that matches nothing.
// Throws QueryError for a bad value.
Xapian::Query field_filter(const Xapian::Database& db, schema::FieldId field,
                           std::string_view value);

// What went wrong inside the processors during one parse. An exception thrown by a FieldProcessor
// does come out of Xapian 1.4's parse_query, but the parser does not unwind cleanly: it leaks, and
// after a '+' (`+outcome:maybe`) it frees memory it does not own and crashes. So the processors
// catch everything, keep the first exception here and return a placeholder query; the caller of
// parse_query rethrows it.
class FieldErrors {
 public:
  void record(std::exception_ptr e) {
    if (!first_) first_ = std::move(e);
  }
  void rethrow_if_any() const {
    if (first_) std::rethrow_exception(first_);
  }

 private:
  std::exception_ptr first_;
};

// Registers every field of the schema table (and its alias) with `parser`; their errors go to
// `errors`. Filters on one
// single-valued field are ORed (outcome:upheld outcome:not-upheld); filters on a list field
// (remedy:, legislation:) or a range field (date:, paid:) are ANDed, so remedy:apology
// remedy:payment needs both and date:>=2022 date:<2024 is a range.
void add_field_processors(Xapian::QueryParser& parser, const Xapian::Database& db,
                          std::shared_ptr<FieldErrors> errors);

}  // namespace ombud
