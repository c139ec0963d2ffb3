// The query fields as documentation, generated from the schema table (and the fields' valid
// values): the Markdown table `ombud-search --fields` prints and README.md and docs/search.md
// carry, and the plain list at the end of --help.
#pragma once

#include <string>

namespace ombud {

std::string fields_markdown();

std::string fields_help();

}  // namespace ombud
