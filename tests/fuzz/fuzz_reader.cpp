// Fuzz target: the decision reader (decoding, HTML to text, page structure) on arbitrary bytes.
// Anything may be refused with InputError; nothing may crash, hang or leak.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "extract/profile.hpp"
#include "read/decision_page.hpp"
#include "read/html_text.hpp"
#include "read/input_error.hpp"
#include "read/text_decoding.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  try {
    const std::string text = ombud::decode_text(bytes);
    const ombud::PageRules& rules = ombud::any_source_rules();
    ombud::read_page(text, rules);
    ombud::read_page(ombud::html_to_text(text), rules);
  } catch (const ombud::InputError&) {
  }
  return 0;
}
