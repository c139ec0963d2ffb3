// Writing a Decision built in code with the real IndexWriter, as the pipeline writes one it read:
// the document built by the one analyzer, then IndexWriter::write_document(). For tests and fuzz
// targets that need a database without extraction; the indexer itself builds documents on its
// analysis threads and never writes a Decision directly.
#pragma once

#include <string>

#include "decision.hpp"
#include "write/index_writer.hpp"

namespace ombud::test {

// Builds the document for `decision` (read from `path`) and writes it through `writer`.
IndexWriter::Result write_decision(IndexWriter& writer, const Decision& decision,
                                   const std::string& path);

}  // namespace ombud::test
