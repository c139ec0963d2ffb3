#include "print/field_help.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "field_vocabulary.hpp"
#include "schema.hpp"

namespace ombud {
namespace {

// The examples of Field::syntax are separated by two spaces.
std::vector<std::string_view> examples(std::string_view syntax) {
  std::vector<std::string_view> out;
  while (!syntax.empty()) {
    const std::size_t gap = syntax.find("  ");
    out.push_back(syntax.substr(0, gap));
    if (gap == std::string_view::npos) break;
    syntax.remove_prefix(gap);
    while (syntax.starts_with(' ')) syntax.remove_prefix(1);
  }
  return out;
}

// The doc line, with the valid values when it does not name them all already.
std::string meaning(const schema::Field& f) {
  std::string out(f.doc);
  const auto values = field_vocabulary(f.id);
  const bool named = std::all_of(values.begin(), values.end(), [&](std::string_view v) {
    return f.doc.find(v) != std::string_view::npos;
  });
  if (!named) out += fmt::format(": {}", vocabulary_list(f.id));
  return out;
}

}  // namespace

std::string fields_markdown() {
  std::string out =
      "| field | also | examples | matches | facet |\n"
      "| --- | --- | --- | --- | --- |\n";
  for (const schema::Field& f : schema::kFields) {
    std::string ex;
    for (std::string_view e : examples(f.syntax))
      ex += fmt::format("{}`{}`", ex.empty() ? "" : " ", e);
    out += fmt::format("| `{}:` | {} | {} | {} | {} |\n", f.name,
                       f.alias.empty() ? "" : fmt::format("`{}:`", f.alias), ex, meaning(f),
                       f.facet ? "yes" : "");
  }
  return out;
}

std::string fields_help() {
  std::string out;
  for (const schema::Field& f : schema::kFields) {
    const std::string names =
        f.alias.empty() ? fmt::format("{}:", f.name) : fmt::format("{}: {}:", f.name, f.alias);
    out += fmt::format("  {:<18} {}\n  {:<18} e.g. {}\n", names, meaning(f), "", f.syntax);
  }
  return out;
}

}  // namespace ombud
