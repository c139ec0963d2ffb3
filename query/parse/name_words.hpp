// The words of a name as people type them, so that a filter can match a name by words whichever
// way it is written: `&` and `and`, `St` and `Saint`, `Children's` and `children`, and for
// organisations the usual abbreviations (`Surrey CC`, `Wigan MBC`, `LB Hammersmith & Fulham`).
// The same rule reads the name in the database and the value typed.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace ombud {

enum class NameKind {
  kOrganisation,  // council: also expands CC, MBC, BC, DC, LB, RB
  kLabel,         // category:, subcategory:
};

// The words of an already case-folded name, in order: split at anything but letters, digits,
// apostrophes and '*'; a possessive 's and stray apostrophes dropped; `st` read as `saint`; `and`
// and `of` dropped (so `&` and `and`, `London Borough of X` and `LB X` agree); for organisations
// cc -> county council, mbc -> metropolitan borough council, bc -> borough council, dc ->
// district council, lb -> london borough, rb -> royal borough.
std::vector<std::string> name_words(std::string_view folded, NameKind kind);

}  // namespace ombud
