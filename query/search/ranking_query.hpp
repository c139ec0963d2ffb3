// Ranking a known set of matches without checking positions again. The counting pass of a
// search sees every match (match_page.cpp); the ranking pass then needs only their weights. Xapian
// weighs a phrase (or NEAR) match as the AND of its words, and checking positions is most of a
// phrase query's time, so the ranking pass runs the query with each phrase that every match must
// match turned into an AND of its words, filtered to the matches the counting pass saw: the same
// documents with the same weights, in the same order, without reading those positions twice. A
// phrase a match may lack (an OR's part, what AND_NOT takes away) keeps its positions: as an AND
// it would weigh, or take away, documents that hold its words apart.
#pragma once

#include <xapian.h>

#include <optional>
#include <vector>

namespace ombud {

// `query` with each OP_PHRASE and OP_NEAR that every match must match an OP_AND of its
// subqueries, or nullopt when there is none (or only below an operator whose parameters cannot
// be read back to rebuild it).
std::optional<Xapian::Query> without_positions(const Xapian::Query& query);

// The documents `ids` (sorted, distinct), as a boolean query. Valid on a database of one shard.
Xapian::Query documents_query(std::vector<Xapian::docid> ids);

// Collects the id of every match, in the order Xapian finds them (document order on one shard).
class MatchCollector : public Xapian::MatchSpy {
 public:
  explicit MatchCollector(std::vector<Xapian::docid>& ids) : ids_(ids) {}
  void operator()(const Xapian::Document& doc, double) override { ids_.push_back(doc.get_docid()); }

 private:
  std::vector<Xapian::docid>& ids_;
};

}  // namespace ombud
