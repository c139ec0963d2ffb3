// How a spelling suggestion is told (searcher.hpp, SearchResult::suggestion): one line after the
// summary in the human output, a note on stderr beside CSV and --count, whose output stays data.
// The JSON summary object carries it as fields (json_printer.hpp).
#pragma once

#include <string>

#include "search/searcher.hpp"

namespace ombud {

// "Did you mean: safeguarding?\n", with " (412 decisions)" when the query itself matched nothing;
// over remote shards with a word the index does not hold, the sentence saying why there is no
// suggestion; else empty.
std::string suggestion_line(const SearchResult& result);

// Why no suggestion could be looked for over remote shards (also JSON's suggestion_unavailable).
inline constexpr const char* kNoRemoteSpelling =
    "no spelling suggestions over remote shards (Xapian 1.4's remote backend serves no "
    "spelling data)";

}  // namespace ombud
