// A saved web page as the text a user would get by copying it: the same lines read_page() reads
// from a decision copied as text, without the site's menus, banners and footers.
#pragma once

#include <string>
#include <string_view>

namespace ombud {

// The text of the page in `html` (the file's bytes), one block a line with '\n' line ends:
//  - only <main> (or role="main"), else the first <article>, else the element with id or class
//    "main-content"/"content", else the whole <body>;
//  - script, style, nav, header, footer, form, button, iframe, svg and the like are dropped, and
//    so are elements whose id, class, aria-label or role mark cookie banners, navigation,
//    breadcrumbs, skip links, share and print links or footers;
//  - headings, paragraphs and table cells are lines separated by a blank line; list items are
//    consecutive lines starting "- " or "1. ", "2. " ... (<ol start> and <li value> honoured),
//    nested lists indented by four spaces a level; <br> ends a line;
//  - <dt>/<dd> pairs and two-cell table rows whose first cell is a <th> or ends in ':' become
//    "Key : Value" lines, as the LGSCO site prints its metadata;
//  - inline white space (U+00A0 and other space separators included) collapses to one space.
// The encoding is the byte-order mark's, else UTF-8 when the bytes are valid UTF-8, else the
// page's <meta> charset, else UTF-8 with ill-formed bytes as U+FFFD. Never fails on malformed
// markup; throws InputError only for a page over 2 GiB, which libxml2 cannot take.
std::string html_to_text(std::string_view html);

}  // namespace ombud
