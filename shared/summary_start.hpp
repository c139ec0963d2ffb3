// Where a decision's Summary starts in its text. A listing of filters only has no words to
// choose a passage by; the Summary says what the decision is about, where the start of the text
// is often the metadata block ("Category : ... Decision : ...") or the Ombudsman's standard
// sentences.
#pragma once

#include <cstddef>
#include <optional>

#include "decision.hpp"

namespace ombud {

// The byte offset in d.text of the first words of d's Summary section (the first section named
// "Summary", in any case): its heading's line when the words follow the heading on it
// ("Summary: We found ..."), else the line after. nullopt when there is no such section or its
// words are not in the text.
std::optional<std::size_t> find_summary_start(const Decision& d);

}  // namespace ombud
