// The layouts a decision is published in, as text: the compact decision statement, the decision
// page saved from the web (metadata block, numbered paragraphs, page furniture), and the public
// report. Only the saved page has furniture ("Back to top", "Print this page", a logo line and
// a cookie banner), as on the website.
#pragma once

#include <string>

#include "case_plan.hpp"
#include "document.hpp"

namespace ombud::gen {

// Appends the text of `doc` in `layout` to `out`.
void render(const Document& doc, Layout layout, std::string& out);

// How many logo lines and cookie banners render() can choose from.
std::size_t furniture_variants();

}  // namespace ombud::gen
