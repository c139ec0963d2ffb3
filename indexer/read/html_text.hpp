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
// The encoding is settled first, as html_page_utf8() (read/html_encoding.hpp) says. Never fails
// on malformed markup; throws InputError only for a page over 2 GiB, which libxml2 cannot take.
std::string html_to_text(std::string_view html);

// The same for a page already in UTF-8 (ill-formed bytes are read as U+FFFD), for a caller that
// decoded the file itself before finding it is a web page.
std::string html_utf8_to_text(std::string_view utf8);

}  // namespace ombud
