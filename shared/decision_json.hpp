// A Decision as JSON: the shape of `ombud-index --extract`, of the data stored with each document,
// and of what ombud-search prints. One mapping, so the three never drift apart.
#pragma once

#include <nlohmann/json.hpp>

#include "decision.hpp"

namespace ombud {

// Whole pounds as a JSON integer (500), otherwise pounds with two decimals (5384.99).
nlohmann::ordered_json pounds_json(Pence pence);

// The extracted facts (no text, no sections).
nlohmann::ordered_json facts_json(const Decision& d);

// facts_json() plus the file's path, where the Summary starts in the text (summary_at, or null),
// the title and the text: what a document's data holds. Sections are not
// stored: the text holds them, and storing both would double the index.
nlohmann::ordered_json stored_json(const Decision& d);

// The inverse of stored_json(). Throws nlohmann::json::exception on a malformed object.
Decision decision_from_json(const nlohmann::ordered_json& j);

}  // namespace ombud
