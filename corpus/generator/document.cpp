// Document size, for padding decisions to their planned length.
#include "document.hpp"

namespace ombud::gen {

std::size_t Document::text_size() const {
  // Each block costs its text plus a numbering prefix and line breaks, about 6 bytes.
  std::size_t size = title.size() + summary.size() + extra_bytes + 40;
  for (const auto& [key, value] : metadata) size += key.size() + value.size() + 5;
  for (const DocSection& s : sections) {
    size += s.heading.size() + 2;
    for (const Block& b : s.blocks) size += b.text.size() + 6;
  }
  return size;
}

}  // namespace ombud::gen
