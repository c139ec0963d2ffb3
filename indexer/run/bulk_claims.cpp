#include "run/bulk_claims.hpp"

namespace ombud {

IndexWriter::Result BulkClaims::claim(const std::string& case_ref, std::size_t seq,
                                      std::size_t data_hash, const std::string& path) {
  auto [it, inserted] = claims_.try_emplace(case_ref, Claim{seq, data_hash, path});
  if (inserted) return {IndexWriter::Outcome::kAdded, {}};
  Claim& held = it->second;
  IndexWriter::Result result{IndexWriter::Outcome::kReplaced, {}};
  if (held.path != path) result.earlier_path = held.path;
  held.path = path;
  if (held.data_hash == data_hash) {
    // The one-writer path leaves the stored document and drops the new one.
    result.outcome = IndexWriter::Outcome::kUnchanged;
    moves_.push_back({seq, seq, case_ref});
    return result;
  }
  moves_.push_back({seq, held.seq, case_ref});
  held.data_hash = data_hash;
  return result;
}

}  // namespace ombud
