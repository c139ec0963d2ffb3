// Byte-order marks: the one table the text decoder, the web-page decoder and the loader's HTML
// sniffing read a file's encoding from.
#pragma once

#include <string_view>

namespace ombud {

struct ByteOrderMark {
  std::string_view bytes;
  const char* icu_name;  // the converter for the text after the mark; nullptr for UTF-8
  const char* label;     // for messages: "UTF-8", "UTF-16", "UTF-32"
};

// The mark `bytes` start with, or nullptr. UTF-32 LE's mark begins with UTF-16 LE's: the longer
// one is taken.
const ByteOrderMark* find_byte_order_mark(std::string_view bytes);

// `bytes` without a UTF-8 byte-order mark at their start.
std::string_view without_utf8_mark(std::string_view bytes);

}  // namespace ombud
