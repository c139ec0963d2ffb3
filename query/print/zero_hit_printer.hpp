// The zero-hit help (search/zero_hit_help.hpp) in each output format. Every form says that a
// relaxed match is not a match of the query, and none of them changes the query's own total or
// facet counts: on a terminal it follows "No decisions match."; in JSON it is extra keys of the
// summary object ("relaxed", "nearest_values", "wildcards"), the hits of a relaxed query inside
// "relaxed" and never on a hit line; with CSV, whose rows are the query's hits only, it is notes
// on stderr.
#pragma once

#include <nlohmann/json.hpp>
#include <string>

#include "print/text_format.hpp"
#include "search/zero_hit_help.hpp"

namespace ombud {

// The lines printed after "No decisions match." (empty when there is nothing to say).
std::string format_zero_hit_help(const ZeroHitHelp& help, const Style& style);

// Adds the help's keys to a summary object (none when there is nothing to say).
void add_zero_hit_json(nlohmann::ordered_json& summary, const ZeroHitHelp& help);

// --json's summary line for a result (no hit lines: it has none), with the help's keys.
std::string format_zero_hit_json(const SearchResult& result, const ZeroHitHelp& help);

// The help as lines for stderr beside CSV, each starting "PROGRAM: note: ", without hits.
std::string format_zero_hit_notes(const ZeroHitHelp& help, std::string_view program);

}  // namespace ombud
