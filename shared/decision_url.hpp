// A decision's address on its ombudsman's website, so that a reader can check a hit against the
// official page. The LGSCO files each decision under its category and sub-category:
// https://www.lgo.org.uk/decisions/<category-slug>/<subcategory-slug>/<NN-NNN-NNN>. Other sources
// (the Housing Ombudsman) have no address that can be derived from the facts.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "decision.hpp"

namespace ombud {

// `text` lower-cased (ASCII letters), every run of other characters than a-z and 0-9 made one
// '-', none at either end: "Children's care services" gives "children-s-care-services".
std::string url_slug(std::string_view text);

// The decision's page, or nullopt when it cannot be derived: not an LGSCO decision, no category
// or sub-category, or a case reference that is not NN-NNN-NNN.
std::optional<std::string> decision_url(const Decision& d);

}  // namespace ombud
