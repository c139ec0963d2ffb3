// A generated decision before it is laid out: title, metadata, summary and sections of
// paragraphs, list items and subheadings. The layouts turn it into text.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace ombud::gen {

struct Block {
  enum class Kind {
    kParagraph,   // a numbered paragraph on a page, a "- " paragraph in a statement
    kItem,        // a list item under the paragraph before it
    kSubheading,  // a heading inside a section ("What happened")
    kPlain,       // an unnumbered line ("Fault found causing injustice ...")
  };
  Kind kind;
  std::string text;
};

struct DocSection {
  std::string_view heading;
  std::vector<Block> blocks;

  std::string& add(Block::Kind kind) { return blocks.emplace_back(Block{kind, {}}).text; }
};

struct Document {
  std::string title;  // "Calderbury District Council (21 010 500)"
  std::vector<std::pair<std::string_view, std::string>> metadata;  // saved pages only
  std::string summary;  // after "Summary:" (statements and pages)
  std::vector<DocSection> sections;
  std::string_view signoff;  // "Investigator's decision on behalf of the Ombudsman", or empty
  std::size_t furniture_variant = 0;  // which logo line and cookie banner a saved page shows
  bool bare_bullets = false;          // reports: "-" on its own line, the item on the next
  std::size_t extra_bytes = 0;        // what the layout adds beyond the text (furniture)

  DocSection& add_section(std::string_view heading) {
    return sections.emplace_back(DocSection{heading, {}});
  }
  // The bytes of text so far, roughly: what padding is measured against.
  std::size_t text_size() const;
};

}  // namespace ombud::gen
