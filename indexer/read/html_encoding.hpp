// A saved web page's bytes as UTF-8. The encoding is settled here, with ICU, so that libxml2
// never guesses one: a page saved from a browser may be in the encoding its <meta> declares.
#pragma once

#include <string>
#include <string_view>

namespace ombud {

// The page `html` as UTF-8: the byte-order mark's encoding, else UTF-8 when the bytes are valid
// UTF-8 (whatever the <meta> says: a page re-saved as UTF-8 often keeps its old declaration),
// else the charset a <meta> tag declares in the first 4 KB (the labels browsers read as
// Windows-1252 read as it, so 0x92 is ’ as on screen), else UTF-8 with ill-formed bytes as
// U+FFFD. Never fails.
std::string html_page_utf8(std::string_view html);

}  // namespace ombud
