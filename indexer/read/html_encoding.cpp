// The encoding of a saved page, settled with ICU before libxml2 sees it: byte-order marks,
// UTF-8 when the bytes are UTF-8, else the <meta> charset the way browsers read it.
#include "read/html_encoding.hpp"

#include <unicode/ucnv.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <memory>
#include <optional>
#include <utility>

#include "ascii.hpp"
#include "read/byte_order_mark.hpp"
#include "text_normaliser.hpp"

namespace ombud {
namespace {

// The charset a <meta> tag declares in the first 4 KB, or empty. Labels that browsers read as
// Windows-1252 (WHATWG Encoding) are mapped to it, so 0x92 is ’ as on screen, not a control.
std::string declared_charset(std::string_view html) {
  const std::string head = ascii_lower(html.substr(0, 4096));
  for (std::size_t meta = head.find("<meta"); meta != std::string::npos;
       meta = head.find("<meta", meta + 5)) {
    const std::size_t end = std::min(head.find('>', meta), head.size());
    std::size_t i = head.find("charset", meta);
    if (i == std::string::npos || i >= end) continue;
    i += 7;
    while (i < end && (head[i] == ' ' || head[i] == '\t' || head[i] == '\n' || head[i] == '\r'))
      ++i;
    if (i >= end || head[i] != '=') continue;
    ++i;
    while (i < end && (head[i] == ' ' || head[i] == '"' || head[i] == '\'')) ++i;
    std::size_t j = i;
    while (j < end && (is_ascii_alnum(head[j]) || head[j] == '-' || head[j] == '_' ||
                       head[j] == '.' || head[j] == ':'))
      ++j;
    if (j == i) continue;
    const std::string label = head.substr(i, j - i);
    constexpr std::string_view kWindows1252[] = {"iso-8859-1", "iso8859-1", "latin1", "l1",
                                                 "us-ascii",   "ascii",     "cp1252", "x-cp1252"};
    if (std::find(std::begin(kWindows1252), std::end(kWindows1252), label) !=
        std::end(kWindows1252))
      return "windows-1252";
    return label;
  }
  return {};
}

// `bytes` in `charset` as UTF-8, unmappable bytes as U+FFFD; nullopt when ICU does not know the
// charset.
std::optional<std::string> convert_to_utf8(std::string_view bytes, const char* charset) {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<UConverter, decltype(&ucnv_close)> conv(ucnv_open(charset, &status), ucnv_close);
  if (U_FAILURE(status)) return std::nullopt;
  icu::UnicodeString text(bytes.data(), static_cast<int32_t>(bytes.size()), conv.get(), status);
  if (U_FAILURE(status)) return std::nullopt;
  std::string out;
  text.toUTF8String(out);
  return out;
}

}  // namespace

std::string html_page_utf8(std::string_view html) {
  if (const ByteOrderMark* bom = find_byte_order_mark(html)) {
    const std::string_view text = html.substr(bom->bytes.size());
    if (bom->icu_name == nullptr) return std::string(text);
    if (auto utf8 = convert_to_utf8(text, bom->icu_name)) return *std::move(utf8);
  }
  if (is_valid_utf8(html)) return std::string(html);
  if (const std::string charset = declared_charset(html); !charset.empty()) {
    if (auto utf8 = convert_to_utf8(html, charset.c_str())) return *std::move(utf8);
  }
  if (auto utf8 = convert_to_utf8(html, "UTF-8")) return *std::move(utf8);
  return std::string(html);  // the layout reads what is still ill-formed as U+FFFD
}

}  // namespace ombud
