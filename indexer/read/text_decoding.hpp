// The first step of reading a text file: its bytes become clean UTF-8 with '\n' line ends and
// plain spaces, or the file is refused with a reason the user can act on. Encodings are never
// guessed: a file that is not UTF-8 (or UTF-16/32 with a byte-order mark) is reported, not read
// as Windows-1252.
#pragma once

#include <string>
#include <string_view>

namespace ombud {

// Decodes a text file's bytes:
//  - a UTF-8 byte-order mark is dropped; UTF-16 and UTF-32 with a byte-order mark are converted;
//  - CRLF, lone CR, form feed, vertical tab, NEL, U+2028 and U+2029 become '\n';
//  - U+00A0 and the other Unicode space separators become ' ', U+FEFF is dropped, and a stray
//    control character becomes ' ';
//  - white space at the end of each line is removed (indentation is kept).
// Throws InputError for an empty or white-space-only file ("empty file"), a binary one (any NUL,
// or more than 1 character in 20 a control character), ill-formed UTF-8 ("invalid UTF-8 at byte
// offset N ...") or UTF-16/32 ("invalid UTF-16 at byte offset N").
// With `converted` given, a UTF-16 or UTF-32 file's characters are also left there as UTF-8,
// before any of the cleaning above, for a caller that may find the text is a saved web page and
// lay it out from them instead of decoding the file again. (A UTF-8 file's characters are its
// bytes after the mark: without_utf8_mark() in read/byte_order_mark.hpp.) `converted` is not
// touched for a UTF-8 file.
std::string decode_text(std::string_view bytes, std::string* converted = nullptr);

}  // namespace ombud
