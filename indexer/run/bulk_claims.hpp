// Who wins a case reference in a bulk load. The workers write every decision they analyse into
// their chunks (write/bulk_chunks.hpp) before the writer sees it, so two files of one load that
// claim one case reference are both written; the writer, taking files in walk order, settles it
// here as IndexWriter::write_document does on the one-writer path: the later file wins (replaced),
// unless its data is the same as the earlier one's (unchanged). As Xapian's replace_document does
// there, the winner takes the document id of the first file to claim the case reference: before
// the merge, its document moves there from its own chunk (or, unchanged, is removed).
#pragma once

#include <cstddef>
#include <string>
#include <unordered_map>
#include <vector>

#include "write/index_writer.hpp"

namespace ombud {

class BulkClaims {
 public:
  // Walk numbers are document ids - 1 in their chunks.
  struct Move {
    std::size_t from;  // the later file's document, removed from its chunk
    std::size_t to;    // ... and written in place of this one's; the same: removed only
    std::string case_ref;
  };

  // Walk number `seq` (from `path`, data hashed as `data_hash`) claims `case_ref`. Claims come in
  // walk order.
  IndexWriter::Result claim(const std::string& case_ref, std::size_t seq, std::size_t data_hash,
                            const std::string& path);

  // What to move in the chunks before the merge, in order.
  const std::vector<Move>& moves() const { return moves_; }

 private:
  struct Claim {
    std::size_t seq;  // of the first file to claim it: the document id it keeps
    std::size_t data_hash;
    std::string path;
  };
  std::unordered_map<std::string, Claim> claims_;  // case reference -> the file that holds it
  std::vector<Move> moves_;
};

}  // namespace ombud
