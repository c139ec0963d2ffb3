// The values of a field nearest a filter value that matches nothing: `council:"surey cc"` ->
// Surrey County Council, `law:"care act"` -> Care Act 2014. Both sides are read as words by the
// filters' own rule (parse/name_words.hpp: `cc` is county council, `&` is and, `St` is Saint),
// and each value is scored by the typed words it has:
//   - the same word counts 1;
//   - a word that starts the other (3 letters or more: `surr` and `surrey`, `carers` and `care`)
//     counts 3/4;
//   - a word one typing slip away (two for words of 7 letters or more; 4 letters at least:
//     `surey` and `surrey`, `2015` and `2014`) counts 1/2;
// each typed word weighing 1/(the number of the field's values it counts for at all), so that a
// word few values have (`surrey`) says more than one many have (`county`, `act`); the score is
// the weighted mean over the typed words (for council:, `council` is not one of them, as the
// filter leaves it out), 1 when every typed word is there as it is. A value that scores less than
// 1/2 is not near: five county councils for `council:"surey cc"` where no Surrey is, or the other
// Acts for `law:"care act"` where no Care Act is, would be noise. Among equal scores, the value
// with fewer words the user did not type comes first, then the one with more decisions, then A
// to Z.
#pragma once

#include <xapian.h>

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "schema.hpp"

namespace ombud {

// The least score of a near value.
inline constexpr double kNearEnough = 0.5;

struct NearValue {
  std::string value;           // as the decisions write it: Surrey County Council
  Xapian::doccount count = 0;  // decisions with it
  double score = 0;            // see above: 1 when every typed word is there
};

// How near the value `candidate` (case-folded) is to the typed `value`, by the rule above with
// every typed word weighing the same (the weights depend on the other values): 0 (not near) to 1
// (every typed word there as it is). `extra` gets the number of the candidate's words the user
// did not type.
double value_similarity(schema::FieldId field, std::string_view value, std::string_view candidate,
                        std::size_t* extra = nullptr);

// The candidates (case-folded value, decisions) ranked by the rule above, the `max` nearest,
// those scoring less than kNearEnough left out. Their `value` is the case-folded one.
std::vector<NearValue> rank_near_values(
    schema::FieldId field, std::string_view value,
    const std::vector<std::pair<std::string, Xapian::doccount>>& candidates, std::size_t max);

// The values of `field` in `db` nearest `value`, with their decisions and written as the
// decisions write them (read from one decision's value slot).
std::vector<NearValue> nearest_values(const Xapian::Database& db, schema::FieldId field,
                                      std::string_view value, std::size_t max = 5);

}  // namespace ombud
