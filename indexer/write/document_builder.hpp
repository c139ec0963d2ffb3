// A Decision as a Xapian document: the unique ID term, a boolean term and a value for each facet
// (schema.hpp), the text's terms with positions, and the facts and text as stored data.
#pragma once

#include <xapian.h>

#include "analyzer.hpp"
#include "decision.hpp"

namespace ombud {

// A pure function of its input, so its output can be golden-tested term by term. With `spelling`,
// also counts the title's and text's words for the spelling dictionary (spelling_dictionary.hpp).
Xapian::Document build_document(const Decision& decision, Analyzer& analyzer,
                                SpellingCounts* spelling = nullptr);

}  // namespace ombud
