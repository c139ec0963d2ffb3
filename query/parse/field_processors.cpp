#include "parse/field_processors.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <string>

#include "case_ref.hpp"
#include "field_vocabulary.hpp"
#include "parse/name_filter.hpp"
#include "parse/query_error.hpp"
#include "parse/range_filters.hpp"
#include "text_normaliser.hpp"

namespace ombud {
namespace {

using schema::Encoding;
using schema::FieldId;

bool all_digits(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

Xapian::Query case_filter(const Xapian::Database& db, std::string_view value) {
  if (auto ref = canonical_case_ref(value)) return Xapian::Query(schema::id_term(*ref));
  std::string digits;  // a Housing Ombudsman reference: 9 digits, maybe grouped
  for (char c : value)
    if (c != ' ' && c != '-') digits.push_back(c);
  if (digits.size() == 9 && all_digits(digits)) return Xapian::Query(schema::id_term(digits));
  // Another source's own form, when the database has it.
  const std::string as_typed = schema::id_term(normalise_value(value));
  if (db.term_exists(as_typed)) return Xapian::Query(as_typed);
  const std::string_view name = schema::field(FieldId::kCaseRef).name;
  throw QueryError(
      fmt::format("{}:{}: '{}' is not a case reference; write an LGSCO reference as {}:24-010-138, "
                  "{}:\"24 010 138\" or {}:24010138, or a Housing Ombudsman reference as 9 digits",
                  name, value, value, name, name, name));
}

Xapian::Query term_filter(FieldId id, std::string_view value) {
  const schema::Field& f = schema::field(id);
  const std::string folded = schema::term_value(value);
  if (folded.empty())
    throw QueryError(fmt::format("'{}:' has an empty value: write one as in {}", f.name, f.syntax));
  const auto vocabulary = field_vocabulary(id);
  if (!vocabulary.empty() &&
      std::find(vocabulary.begin(), vocabulary.end(), folded) == vocabulary.end()) {
    throw QueryError(fmt::format("{}:{}: '{}' is not a valid {}; use one of {}", f.name, value,
                                 value, f.name, vocabulary_list(id)));
  }
  if (f.encoding == Encoding::kYear && !(folded.size() == 4 && all_digits(folded))) {
    throw QueryError(fmt::format(
        "{}:{}: '{}' is not a year; write {}:2022, or date:2020..2022 for a range of years", f.name,
        value, value, f.name));
  }
  return Xapian::Query(schema::term(id, folded));
}

// X:none: the decisions without a value of the field. The indexer writes no term and no value
// for a missing category, sub-category, date (and year), remedy list or legislation list, and
// every field with terms also has a value slot, so "has the field" is a value of at least one
// byte in its slot: no re-index needed. (Xapian reads an empty lower bound as "every document",
// hence "\0".) A field every decision has (outcome, ofsted, paid, ...) matches none.
Xapian::Query missing_filter(FieldId id) {
  const Xapian::Query present(Xapian::Query::OP_VALUE_GE, schema::field(id).slot,
                              std::string(1, '\0'));
  return Xapian::Query(Xapian::Query::OP_AND_NOT, Xapian::Query::MatchAll, present);
}

class FieldFilterProcessor : public Xapian::FieldProcessor {
 public:
  FieldFilterProcessor(Xapian::Database db, FieldId id, std::shared_ptr<FieldErrors> errors)
      : db_(std::move(db)), id_(id), errors_(std::move(errors)) {}

  Xapian::Query operator()(const std::string& value) override {
    try {
      return field_filter(db_, id_, value);
    } catch (...) {
      // Nothing may be thrown through the parser (FieldErrors says why).
      errors_->record(std::current_exception());
      return Xapian::Query::MatchAll;
    }
  }

 private:
  Xapian::Database db_;
  FieldId id_;
  std::shared_ptr<FieldErrors> errors_;
};

}  // namespace

Xapian::Query field_filter(const Xapian::Database& db, FieldId id, std::string_view value) {
  if (schema::field(id).slot != schema::kNoSlot && schema::term_value(value) == kMissingValue)
    return missing_filter(id);
  switch (id) {
    case FieldId::kCaseRef:
      return case_filter(db, value);
    case FieldId::kOrganisation:
    case FieldId::kCategory:
    case FieldId::kSubcategory:
      return name_filter(db, id, value);
    default:
      break;
  }
  switch (schema::field(id).encoding) {
    case Encoding::kDateYmd:
      return date_filter(value);
    case Encoding::kIndexStamp:
      return stamp_filter(db, id, schema::term_value(value) == "last" ? "last" : value);
    case Encoding::kSortableNumber:
      return paid_filter(value);
    default:
      return term_filter(id, value);
  }
}

void add_field_processors(Xapian::QueryParser& parser, const Xapian::Database& db,
                          std::shared_ptr<FieldErrors> errors) {
  for (const schema::Field& f : schema::kFields) {
    const bool and_together =
        f.encoding == Encoding::kStringList || f.encoding == Encoding::kDateYmd ||
        f.encoding == Encoding::kIndexStamp || f.encoding == Encoding::kSortableNumber;
    // An empty grouping gives each filter a group of its own (ANDed); the field's name makes
    // the name and the alias one group (ORed).
    const std::string grouping = and_together ? std::string() : std::string(f.name);
    for (std::string_view name : {f.name, f.alias}) {
      if (name.empty()) continue;
      parser.add_boolean_prefix(std::string(name),
                                (new FieldFilterProcessor(db, f.id, errors))->release(), &grouping);
    }
  }
}

}  // namespace ombud
