// A whole decision for a plan: the sections each layout has, in its order, padded with story
// and analysis paragraphs to the plan's length.
#pragma once

#include "document.hpp"
#include "prose.hpp"

namespace ombud::gen {

Document write_document(Prose& prose);

}  // namespace ombud::gen
