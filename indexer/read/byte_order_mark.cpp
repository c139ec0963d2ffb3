#include "read/byte_order_mark.hpp"

namespace ombud {
namespace {

using namespace std::string_view_literals;

// Longest first, so that a UTF-32 LE mark is not read as UTF-16 LE.
constexpr ByteOrderMark kMarks[] = {
    {"\x00\x00\xFE\xFF"sv, "UTF-32BE", "UTF-32"}, {"\xFF\xFE\x00\x00"sv, "UTF-32LE", "UTF-32"},
    {"\xEF\xBB\xBF"sv, nullptr, "UTF-8"},         {"\xFE\xFF"sv, "UTF-16BE", "UTF-16"},
    {"\xFF\xFE"sv, "UTF-16LE", "UTF-16"},
};

}  // namespace

const ByteOrderMark* find_byte_order_mark(std::string_view bytes) {
  for (const ByteOrderMark& mark : kMarks)
    if (bytes.starts_with(mark.bytes)) return &mark;
  return nullptr;
}

std::string_view without_utf8_mark(std::string_view bytes) {
  const ByteOrderMark* mark = find_byte_order_mark(bytes);
  if (mark && mark->icu_name == nullptr) bytes.remove_prefix(mark->bytes.size());
  return bytes;
}

}  // namespace ombud
