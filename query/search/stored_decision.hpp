// A decision read back from the document data the indexer stored (shared/decision_json.hpp's
// stored_json). The text is most of those bytes, and nlohmann::json reads a long string a
// character at a time through its input adapter: about a third of the time a page of hits took
// outside the match. So the title and text strings are cut out and unescaped here, and only the
// small rest goes through nlohmann::json; anything unusual (a \u escape, malformed data) is read
// the ordinary way, so the result is always decision_from_json's.
#pragma once

#include <xapian.h>

#include <string_view>

#include "decision.hpp"

namespace ombud {

Decision read_stored_decision(std::string_view data);

// A matched document's decision: its stored data, and when it was added and last changed (its
// value slots).
Decision read_document_decision(const Xapian::Document& doc);

}  // namespace ombud
