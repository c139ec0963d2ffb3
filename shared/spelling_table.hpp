// The spelling table the analyzer uses (spelling_variants.hpp): British -ise/-yse spellings
// mapped to American -ize/-yze ones, or the other way where Porter2 would over-conflate. It is
// generated at build time from the wbritish and wamerican word lists by
// shared/spelling/generate_spelling_table (the rules are in shared/spelling/spelling_groups.hpp)
// into the build tree, and compiled into ombud_shared.
#pragma once

#include <span>
#include <string_view>

namespace ombud {

// The analyzer stems `to` where a text says `from`; both are lower-case ASCII words.
struct SpellingEntry {
  std::string_view from;
  std::string_view to;
};

// Every entry, sorted by `from` without duplicates. No `to` is also a `from`, and every `from`
// holds "is", "ys", "iz" or "yz".
std::span<const SpellingEntry> spelling_table();

}  // namespace ombud
