#include "search/ranking_query.hpp"

#include <algorithm>

#include "parse/query_rebuild.hpp"

namespace ombud {
namespace {

using Op = Xapian::Query::op;

bool has_positions(const Xapian::Query& q) {
  if (q.get_type() == Xapian::Query::OP_PHRASE || q.get_type() == Xapian::Query::OP_NEAR)
    return true;
  for (std::size_t i = 0; i < q.get_num_subqueries(); ++i)
    if (has_positions(q.get_subquery(i))) return true;
  return false;
}

// Whether subquery i of an `op` must match for the whole to match.
bool required_part(Op op, std::size_t i) {
  switch (op) {
    case Xapian::Query::OP_AND:
    case Xapian::Query::OP_FILTER:
      return true;
    case Xapian::Query::OP_AND_NOT:
    case Xapian::Query::OP_AND_MAYBE:
      return i == 0;
    default:
      return false;  // OR, XOR, SYNONYM, MAX: a match may come from another part
  }
}

// `q` with each phrase that every match must match turned into an AND: a phrase a match may
// lack (beside an OR, after AND_NOT) stays, for the AND would weigh or exclude documents whose
// words are there but not as the phrase. Sets `changed` when one was turned.
Xapian::Query rewrite(const Xapian::Query& q, bool required, bool& changed) {
  const std::size_t n = q.get_num_subqueries();
  if (n == 0 || !required || !has_positions(q)) return q;
  const Op op = q.get_type();
  std::vector<Xapian::Query> parts;
  for (std::size_t i = 0; i < n; ++i) parts.push_back(q.get_subquery(i));
  if (op == Xapian::Query::OP_PHRASE || op == Xapian::Query::OP_NEAR) {
    changed = true;
    return Xapian::Query(Xapian::Query::OP_AND, parts.begin(), parts.end());
  }
  if (!rebuildable_from_subqueries(op)) return q;
  bool below = false;
  for (std::size_t i = 0; i < n; ++i) parts[i] = rewrite(parts[i], required_part(op, i), below);
  if (!below) return q;
  changed = true;
  return Xapian::Query(op, parts.begin(), parts.end());
}

class DocumentList : public Xapian::PostingSource {
 public:
  explicit DocumentList(std::vector<Xapian::docid> ids) : ids_(std::move(ids)) {}

  Xapian::doccount get_termfreq_min() const override { return size(); }
  Xapian::doccount get_termfreq_est() const override { return size(); }
  Xapian::doccount get_termfreq_max() const override { return size(); }
  void init(const Xapian::Database&) override {
    at_ = 0;
    started_ = false;
  }
  void next(double) override {
    if (started_)
      ++at_;
    else
      started_ = true;
  }
  void skip_to(Xapian::docid id, double) override {
    started_ = true;
    at_ = static_cast<std::size_t>(
        std::lower_bound(ids_.begin() + static_cast<std::ptrdiff_t>(at_), ids_.end(), id) -
        ids_.begin());
  }
  bool at_end() const override { return at_ >= ids_.size(); }
  Xapian::docid get_docid() const override { return ids_[at_]; }
  std::string get_description() const override { return "ombud::DocumentList"; }

 private:
  Xapian::doccount size() const { return static_cast<Xapian::doccount>(ids_.size()); }

  std::vector<Xapian::docid> ids_;
  std::size_t at_ = 0;
  bool started_ = false;
};

}  // namespace

std::optional<Xapian::Query> without_positions(const Xapian::Query& query) {
  bool changed = false;
  Xapian::Query out = rewrite(query, true, changed);
  if (!changed) return std::nullopt;
  return out;
}

Xapian::Query documents_query(std::vector<Xapian::docid> ids) {
  return Xapian::Query((new DocumentList(std::move(ids)))->release());
}

}  // namespace ombud
