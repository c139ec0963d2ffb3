// The one schema of an ombud database: every field's name, boolean-term prefix, value slot and
// encoding. The indexer writes documents from it, the query side builds its parser from it, and
// ombud-search's --help and --fields (README's field table) are generated from it. Nothing else in
// the project spells a prefix or a slot number.
#pragma once

#include <xapian.h>

#include <array>
#include <optional>
#include <string>
#include <string_view>

namespace ombud::schema {

// Bump when documents written by an older ombud would be read wrongly by this one.
// 2: British and American spellings of a word share a stem (spelling_variants.hpp).
// 3: the stored data holds the file's path and where the Summary starts; the listing order key
//    (kOrderSlot).
// 4: when each decision was first indexed and last changed (the added and changed slots).
inline constexpr int kSchemaVersion = 4;
inline constexpr std::string_view kSchemaVersionKey = "ombud:schema_version";

// Body text: every word stemmed, prefixed Z (omega's convention for stemmed terms), with
// positions. The query parser is given the same prefix for unprefixed words.
inline constexpr std::string_view kTextPrefix = "Z";

inline constexpr Xapian::valueno kNoSlot = Xapian::BAD_VALUENO;

enum class FieldId {
  kCaseRef,
  kOrganisation,
  kCategory,
  kSubcategory,
  kOutcome,
  kOfsted,
  kCqc,
  kDocType,
  kRemedy,
  kLegislation,
  kSource,
  kDate,
  kYear,
  kPaid,
  kAdded,
  kChanged,
};

// How a field's value is written into its value slot.
enum class Encoding {
  kNone,            // no value slot
  kString,          // the display value as it is
  kStringList,      // several values, joined by kListSeparator (multi-valued facets)
  kDateYmd,         // YYYYMMDD, so string order is date order
  kYear,            // YYYY
  kSortableNumber,  // Xapian::sortable_serialise(double)
  kIndexStamp,      // an index run's start time, YYYYMMDDHHMMSSffffff (index_stamp.hpp)
};

inline constexpr char kListSeparator = '\x1f';

struct Field {
  FieldId id;
  std::string_view name;    // the query field and facet name, e.g. "council"
  std::string_view alias;   // a second query name, or empty
  std::string_view prefix;  // boolean-term prefix, or empty when the field has no terms
  Xapian::valueno slot;     // value slot, or kNoSlot
  Encoding encoding;
  bool facet;               // can be counted with --facets
  std::string_view syntax;  // an example of the query syntax
  std::string_view doc;     // one line for --help and --fields
};

// Terms are the prefix followed by the normalised value (see term_value()). Prefixes follow
// omega's termprefixes.rst: Q for the unique ID, X... for our own fields.
inline constexpr std::array<Field, 16> kFields = {{
    {FieldId::kCaseRef, "case", "", "Q", kNoSlot, Encoding::kNone, false,
     "case:24-010-138  case:\"24 010 138\"  case:24010138",
     "the case reference, in any spelling; a bare reference in the query finds it too"},
    {FieldId::kOrganisation, "council", "org", "XORG", 0, Encoding::kString, true,
     "council:\"Surrey County Council\"",
     "the organisation complained about: its whole name, or words of it, any case"},
    {FieldId::kCategory, "category", "", "XCAT", 1, Encoding::kString, true,
     "category:\"Children's care services\"", "the category, as on the page"},
    {FieldId::kSubcategory, "subcategory", "", "XSUBCAT", 2, Encoding::kString, true,
     "subcategory:\"Disabled children\"", "the sub-category, as on the page"},
    {FieldId::kOutcome, "outcome", "", "XOUTCOME", 3, Encoding::kString, true,
     "outcome:upheld  outcome:not-upheld  outcome:closed-after-initial-enquiries", "the outcome"},
    {FieldId::kOfsted, "ofsted", "", "XOFSTED", 4, Encoding::kString, true, "ofsted:yes",
     "whether the decision is shared with Ofsted (yes or no)"},
    {FieldId::kCqc, "cqc", "", "XCQC", 5, Encoding::kString, true, "cqc:yes",
     "whether the decision is shared with the Care Quality Commission (yes or no)"},
    {FieldId::kDocType, "type", "", "XTYPE", 6, Encoding::kString, true, "type:report",
     "decision (a decision statement) or report (a public report)"},
    {FieldId::kRemedy, "remedy", "", "XREMEDY", 7, Encoding::kStringList, true,
     "remedy:apology  remedy:payment  remedy:training", "a kind of remedy agreed or recommended"},
    {FieldId::kLegislation, "legislation", "law", "XLAW", 8, Encoding::kStringList, true,
     "legislation:\"Care Act 2014\"", "a statute the decision cites"},
    {FieldId::kSource, "source", "", "XSOURCE", 9, Encoding::kString, true, "source:lgsco",
     "the ombudsman that published the decision (lgsco, housing)"},
    {FieldId::kDate, "date", "", "", 10, Encoding::kDateYmd, false,
     "date:2022  date:2022..2024  date:2022-06-01..2022-06-30  date:>=2023-01-01  date:<2020",
     "the decision date: a year, a day, a range, or a bound"},
    {FieldId::kYear, "year", "", "XYEAR", 11, Encoding::kYear, true, "year:2022",
     "the year of the decision date"},
    {FieldId::kPaid, "paid", "", "", 12, Encoding::kSortableNumber, false,
     "paid:>=500  paid:300..1000  paid:<=250  paid:0",
     "the total of the decision's remedy payments, in pounds"},
    {FieldId::kAdded, "added", "", "", 14, Encoding::kIndexStamp, false,
     "added:>=2026-11-01  added:2026-12  added:last",
     "the day it was first indexed (a day, a range, or a bound, as date: takes them), or last: in "
     "the last index run that changed anything"},
    {FieldId::kChanged, "changed", "", "", 15, Encoding::kIndexStamp, false,
     "changed:>=2026-11-01  changed:last",
     "the day it was added or last replaced by a changed file, as added: takes it"},
}};

// The listing order: decision date, newest first (undated last), then case reference A to Z, as
// one string whose descending byte order is that order (listing_order.hpp writes it). Not a field:
// it breaks relevance ties and orders queries of filters only, the same way on one database and
// on shards, local or remote, since a value slot sort is one xapian-tcpsrv runs.
inline constexpr Xapian::valueno kOrderSlot = 13;

// The field with this id. Constant time: kFields is in FieldId order (checked by a unit test).
constexpr const Field& field(FieldId id) {
  return kFields[static_cast<std::size_t>(id)];
}

// The field called `name` or whose alias is `name`, case-insensitively.
std::optional<FieldId> find_field(std::string_view name);

// The normalised form of a facet value as it appears after the prefix in a boolean term:
// NFKC case-folded, white space collapsed to single spaces, trimmed.
std::string term_value(std::string_view value);

// The boolean term for `value` of a field that has a prefix.
std::string term(FieldId id, std::string_view value);

// The unique ID term of a decision: "Q" + canonical case reference.
inline std::string id_term(std::string_view canonical_case_ref) {
  return std::string(field(FieldId::kCaseRef).prefix) + std::string(canonical_case_ref);
}

}  // namespace ombud::schema
