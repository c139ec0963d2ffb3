#include "schema.hpp"

#include "text_normaliser.hpp"

namespace ombud::schema {

std::optional<FieldId> find_field(std::string_view name) {
  const std::string wanted = fold_case(name);
  for (const Field& f : kFields) {
    if (wanted == f.name || (!f.alias.empty() && wanted == f.alias)) return f.id;
  }
  return std::nullopt;
}

std::string term_value(std::string_view value) {
  return normalise_value(value);
}

std::string term(FieldId id, std::string_view value) {
  const Field& f = field(id);
  std::string t(f.prefix);
  // Xapian's convention: a value starting with an upper-case letter after a multi-letter
  // prefix would be ambiguous; normalised values are case-folded, so no ':' separator is needed.
  t += term_value(value);
  return t;
}

}  // namespace ombud::schema
