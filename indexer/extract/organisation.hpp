// The body a decision is about. Normally the title line names it; old public-report pages
// print only the case reference there, and the body has to be found in the text.
#pragma once

#include <string>
#include <string_view>

namespace ombud {

// The organisation from the name part of a title line, as printed but tidied: white space
// collapsed, a "Report on an investigation into a complaint against" style lead-in removed.
std::string organisation_from_title(std::string_view title_name);

// The body the text names most often (first named wins a tie): a council ("Kent County
// Council", "London Borough of Hackney", "City of York Council"), a combined or other
// authority, Transport for London, a company ("Bluebell Care Limited"). "The Council" is not a
// name. Empty when the text names none.
std::string organisation_from_text(std::string_view text);

}  // namespace ombud
