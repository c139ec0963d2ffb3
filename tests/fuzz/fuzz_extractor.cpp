// Fuzz target: the whole path from a file's bytes to a Decision (reader, profile detection and
// every extractor), as plain text and as HTML.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "extract/decision_loader.hpp"
#include "read/input_error.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  ombud::LoadOptions options;
  for (const char* name : {"decision.txt", "decision.html"}) {
    try {
      ombud::parse_decision(bytes, name, options);
    } catch (const ombud::InputError&) {
    }
  }
  return 0;
}
