// Statutes a decision cites, as "<Name> Act <year>": "Local Government Act 1974", "Children and
// Families Act 2014", "Local Government (Miscellaneous Provisions) Act 1982".
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace ombud {

// Every Act with a year cited in `text`, normalised (single spaces, straight apostrophes,
// leading words such as "the", "Section 17 of the", "Under" removed), sorted, distinct. An Act
// cited without its year ("the Care Act") is not listed: the year is what tells statutes apart.
std::vector<std::string> find_legislation(std::string_view text);

}  // namespace ombud
