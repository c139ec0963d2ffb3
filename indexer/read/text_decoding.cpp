// Bytes to clean UTF-8: byte-order marks, UTF-16/32 through ICU, line ends, space separators,
// and the checks that turn binary, empty and mis-encoded files into clear InputErrors.
#include "read/text_decoding.hpp"

#include <fmt/format.h>
#include <unicode/uchar.h>
#include <unicode/ucnv.h>
#include <unicode/utf16.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <cstdint>
#include <limits>
#include <memory>
#include <vector>

#include "read/byte_order_mark.hpp"
#include "read/input_error.hpp"

namespace ombud {
namespace {

// Above this share of control characters (1 in kControlShare) a NUL-free file is taken for
// binary: real decisions have none, and a stray one should not cost a whole file.
constexpr std::size_t kControlShare = 20;

void append_utf8(std::string& out, UChar32 c) {
  char buf[U8_MAX_LENGTH];
  std::size_t n = 0;
  U8_APPEND_UNSAFE(buf, n, c);
  out.append(buf, n);
}

// Nearly every character of a decision: what the cleaned text keeps as it is.
bool is_printable_ascii(UChar32 c) {
  return c >= 0x20 && c < 0x7F;
}

// The cleaned text, built one code point at a time. `offset` is where the code point starts in
// the file, so that messages point at the file's bytes whatever its encoding.
class CleanText {
 public:
  explicit CleanText(std::size_t size_hint) { out_.reserve(size_hint); }

  // A run of printable ASCII (is_printable_ascii()): kept as it is, with no look-up.
  void add_ascii(std::string_view run) {
    code_points_ += run.size();
    after_cr_ = false;
    out_.append(run);
  }

  void add(UChar32 c, std::size_t offset) {
    if (is_printable_ascii(c)) {
      const char ch = static_cast<char>(c);
      add_ascii(std::string_view(&ch, 1));
      return;
    }
    ++code_points_;
    const bool after_cr = after_cr_;
    after_cr_ = c == '\r';
    if (c == '\n' && after_cr) return;
    switch (c) {
      case 0:
        throw InputError(fmt::format("binary file (NUL character at byte offset {})", offset));
      case '\t':
        out_ += '\t';
        return;
      case '\n':
      case '\r':
      case 0x0B:
      case 0x0C:
      case 0x85:
      case 0x2028:
      case 0x2029:
        end_line();
        return;
      case 0xFEFF:  // a byte-order mark inside the text (files joined together) is invisible
        return;
      default:
        break;
    }
    const auto type = static_cast<UCharCategory>(u_charType(c));
    if (type == U_SPACE_SEPARATOR) {
      out_ += ' ';
    } else if (type == U_CONTROL_CHAR) {
      if (controls_++ == 0) {
        first_control_ = c;
        first_control_offset_ = offset;
      }
      out_ += ' ';
    } else {
      append_utf8(out_, c);
    }
  }

  std::string finish() {
    trim_end();
    if (controls_ > 0 && controls_ * kControlShare > code_points_) {
      throw InputError(fmt::format("binary file (control character U+{:04X} at byte offset {})",
                                   first_control_, first_control_offset_));
    }
    if (out_.find_first_not_of(" \t\n") == std::string::npos)
      throw InputError("empty file (white space only)");
    return std::move(out_);
  }

 private:
  void end_line() {
    trim_end();
    out_ += '\n';
  }
  void trim_end() {
    while (!out_.empty() && (out_.back() == ' ' || out_.back() == '\t')) out_.pop_back();
  }

  std::string out_;
  bool after_cr_ = false;
  std::size_t code_points_ = 0;
  std::size_t controls_ = 0;
  UChar32 first_control_ = 0;
  std::size_t first_control_offset_ = 0;
};

// UTF-16 without a byte-order mark shows its NULs at every other byte: say so, since re-saving
// the file as UTF-8 is then the fix.
bool looks_like_bomless_utf16(std::string_view bytes) {
  const std::size_t n = std::min<std::size_t>(bytes.size(), 4096);
  std::size_t even = 0, odd = 0;
  for (std::size_t i = 0; i < n; ++i)
    if (bytes[i] == '\0') ++(i % 2 ? odd : even);
  const std::size_t most = std::max(even, odd), least = std::min(even, odd);
  return most * 4 >= n && least * 10 <= most;
}

std::string decode_utf8(std::string_view bytes, std::size_t start) {
  if (auto nul = bytes.find('\0', start); nul != std::string_view::npos) {
    throw InputError(fmt::format(
        "binary file (NUL byte at offset {}){}", nul,
        looks_like_bomless_utf16(bytes)
            ? "; if it is text, it looks like UTF-16 without a byte-order mark: save it as UTF-8"
            : ""));
  }
  // A DOS end-of-file mark is not content.
  std::size_t end = bytes.size();
  if (end > start && bytes[end - 1] == '\x1A') --end;

  CleanText text(end - start);
  const auto* s = reinterpret_cast<const std::uint8_t*>(bytes.data());
  std::int64_t i = static_cast<std::int64_t>(start);
  const auto length = static_cast<std::int64_t>(end);
  while (i < length) {
    std::int64_t run = i;
    while (run < length && is_printable_ascii(s[run])) ++run;
    if (run > i) {
      text.add_ascii(bytes.substr(static_cast<std::size_t>(i), static_cast<std::size_t>(run - i)));
      i = run;
      continue;
    }
    const std::int64_t at = i;
    UChar32 c = 0;
    U8_NEXT(s, i, length, c);
    if (c < 0) {
      const auto offset = static_cast<std::size_t>(at);
      const auto line = std::count(bytes.begin(), bytes.begin() + at, '\n') + 1;
      throw InputError(fmt::format(
          "invalid UTF-8 at byte offset {} (line {}, byte 0x{:02X}); the file may be in another "
          "encoding such as Windows-1252: save it as UTF-8",
          offset, line, s[at]));
    }
    text.add(c, static_cast<std::size_t>(at));
  }
  return text.finish();
}

std::string decode_with_icu(std::string_view bytes, const ByteOrderMark& bom,
                            std::string* converted) {
  const std::string_view body = bytes.substr(bom.bytes.size());
  if (body.size() > static_cast<std::size_t>(std::numeric_limits<std::int32_t>::max()))
    throw InputError(fmt::format("{} file too large to convert", bom.label));

  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<UConverter, decltype(&ucnv_close)> conv(ucnv_open(bom.icu_name, &status),
                                                          ucnv_close);
  if (U_FAILURE(status))
    throw InputError(fmt::format("cannot convert {}: ICU has no converter", bom.label));
  // Stop at the first ill-formed unit rather than substitute: as with UTF-8, a damaged file is
  // reported, not guessed at.
  ucnv_setToUCallBack(conv.get(), UCNV_TO_U_CALLBACK_STOP, nullptr, nullptr, nullptr, &status);

  // UTF-16 gives one unit per 2 bytes, UTF-32 at most two per 4.
  std::vector<UChar> units(body.size() / 2 + 1);
  std::vector<std::int32_t> offsets(units.size());
  UChar* target = units.data();
  const char* source = body.data();
  ucnv_toUnicode(conv.get(), &target, units.data() + units.size(), &source,
                 body.data() + body.size(), offsets.data(), true, &status);
  if (U_FAILURE(status)) {
    char bad[8];
    std::int8_t bad_length = sizeof bad;
    UErrorCode ignored = U_ZERO_ERROR;
    ucnv_getInvalidChars(conv.get(), bad, &bad_length, &ignored);
    const auto offset = bom.bytes.size() + static_cast<std::size_t>(source - body.data()) -
                        static_cast<std::size_t>(U_FAILURE(ignored) ? 0 : bad_length);
    if (status == U_TRUNCATED_CHAR_FOUND) {
      throw InputError(fmt::format(
          "invalid {} at byte offset {} (the file ends inside a character)", bom.label, offset));
    }
    throw InputError(fmt::format("invalid {} at byte offset {}", bom.label, offset));
  }

  const auto count = static_cast<std::int32_t>(target - units.data());
  CleanText text(body.size());
  if (converted) converted->clear();
  std::int32_t i = 0;
  while (i < count) {
    const std::int32_t at = i;
    UChar32 c = 0;
    U16_NEXT(units.data(), i, count, c);
    text.add(c, bom.bytes.size() + static_cast<std::size_t>(offsets[static_cast<std::size_t>(at)]));
    if (converted) append_utf8(*converted, c);
  }
  return text.finish();
}

}  // namespace

std::string decode_text(std::string_view bytes, std::string* converted) {
  if (bytes.empty()) throw InputError("empty file");
  const ByteOrderMark* bom = find_byte_order_mark(bytes);
  if (bom == nullptr) return decode_utf8(bytes, 0);
  // UTF-8 is scanned here rather than by ICU, for exact offsets in its messages.
  if (bom->icu_name == nullptr) return decode_utf8(bytes, bom->bytes.size());
  return decode_with_icu(bytes, *bom, converted);
}

}  // namespace ombud
