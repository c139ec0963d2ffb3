// From a file's bytes to a Decision: size check, decoding, HTML to text, the page reader, and
// the profile's extraction.
#include "extract/decision_loader.hpp"

#include <fmt/format.h>

#include <cerrno>
#include <cstring>
#include <fstream>
#include <sstream>
#include <system_error>

#include "ascii.hpp"
#include "extract/profile.hpp"
#include "read/byte_order_mark.hpp"
#include "read/decision_page.hpp"
#include "read/html_text.hpp"
#include "read/input_error.hpp"
#include "read/text_decoding.hpp"
#include "read/text_util.hpp"

namespace ombud {
namespace {

bool has_html_extension(const std::string& name) {
  const std::size_t dot = name.rfind('.');
  const std::size_t slash = name.find_last_of("/\\");
  if (dot == std::string::npos || (slash != std::string::npos && dot < slash)) return false;
  const std::string ext = ascii_lower(std::string_view(name).substr(dot));
  return ext == ".html" || ext == ".htm" || ext == ".xhtml";
}

// A saved page whatever its name: "<!DOCTYPE html" or "<html" after white space (an XML
// declaration or a comment may come first).
bool looks_like_html(std::string_view text) {
  std::string_view t = text.substr(0, 4096);
  for (;;) {
    t = trim(t);
    if (t.starts_with("<?xml") || t.starts_with("<!--")) {
      const std::size_t end = t.find(t.starts_with("<?xml") ? "?>" : "-->");
      if (end == std::string_view::npos) return false;
      t.remove_prefix(end + (t.starts_with("<?xml") ? 2 : 3));
      continue;
    }
    break;
  }
  const std::string head = ascii_lower(t.substr(0, 14));
  return head.starts_with("<!doctype html") || head.starts_with("<html");
}

void check_size(std::size_t size, const LoadOptions& options) {
  if (size > options.max_size)
    throw InputError(fmt::format("file is {} bytes, over --max-size {}", size, options.max_size));
}

}  // namespace

Decision parse_decision(std::string_view bytes, const std::string& name,
                        const LoadOptions& options) {
  check_size(bytes.size(), options);
  // html_to_text() takes the bytes: a page's encoding may be declared in its <meta> charset,
  // which decode_text() would refuse as invalid UTF-8. Sniffing needs no decoding for the
  // ASCII-compatible encodings; a page in UTF-16 is sniffed after decoding, and then laid out
  // from the characters decoding found rather than decoded again.
  const std::string_view utf8_view = without_utf8_mark(bytes);
  std::string text;
  if (has_html_extension(name) || looks_like_html(utf8_view)) {
    text = html_to_text(bytes);
  } else {
    std::string converted;  // a UTF-16 or UTF-32 file's characters, before decode_text's cleaning
    text = decode_text(bytes, &converted);
    // decode_text() accepted the file: UTF-8 it is as html_to_text() would have read it, and
    // UTF-16/32 (never empty here: decode_text refuses an empty file) converted the same way.
    if (looks_like_html(text)) text = html_utf8_to_text(converted.empty() ? utf8_view : converted);
  }
  const ProfileChoice choice = choose_profile(options.profile, text);
  const TitleLine* title = choice.title ? &*choice.title : nullptr;
  return choice.profile.extract(read_page(text, choice.profile.rules(), title));
}

Decision load_decision(const std::filesystem::path& path, const LoadOptions& options) {
  std::error_code ec;
  const auto size = std::filesystem::file_size(path, ec);
  if (ec) throw InputError("cannot read: " + ec.message());
  // Refuse before reading: a huge file should cost nothing.
  check_size(static_cast<std::size_t>(size), options);
  std::ifstream in(path, std::ios::binary);
  if (!in) throw InputError(std::string("cannot read: ") + std::strerror(errno));
  std::ostringstream ss;
  ss << in.rdbuf();
  if (in.bad()) throw InputError("cannot read: read error");
  return parse_decision(ss.str(), path.string(), options);
}

}  // namespace ombud
