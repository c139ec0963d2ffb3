#include "stats/match_values.hpp"

#include <string>

namespace ombud::stats {
namespace {

// Reads each match's values while Xapian matches: from the facet columns given (nullptr: from the
// document). The columns index by document id, which is the database's own on one local shard.
class ValueSpy : public Xapian::MatchSpy {
 public:
  ValueSpy(const std::vector<Xapian::valueno>& slots,
           std::vector<const facet_columns::ColumnView*> columns, const MatchVisitor& visit)
      : slots_(slots),
        columns_(std::move(columns)),
        strings_(slots.size()),
        views_(slots.size()),
        visit_(visit) {}

  void operator()(const Xapian::Document& doc, double) override {
    const Xapian::docid id = doc.get_docid();
    for (std::size_t i = 0; i < slots_.size(); ++i) {
      if (const facet_columns::ColumnView* c = columns_[i]) {
        const std::uint32_t n = c->number(id);
        views_[i] = n == 0 ? std::string_view() : c->values()[n - 1];
      } else {
        strings_[i] = doc.get_value(slots_[i]);
        views_[i] = strings_[i];
      }
    }
    visit_(views_.data());
  }

 private:
  const std::vector<Xapian::valueno>& slots_;
  std::vector<const facet_columns::ColumnView*> columns_;
  std::vector<std::string> strings_;
  std::vector<std::string_view> views_;
  const MatchVisitor& visit_;
};

// Matching without weights: nothing reads document lengths, and every match is visited.
Xapian::Enquire boolean_enquire(const Xapian::Database& db, const Xapian::Query& query) {
  Xapian::Enquire enquire(db);
  enquire.set_query(query);
  enquire.set_weighting_scheme(Xapian::BoolWeight());
  enquire.set_docid_order(Xapian::Enquire::ASCENDING);
  return enquire;
}

void fetch_every_match(const Xapian::Database& db, const Xapian::Query& query,
                       const std::vector<Xapian::valueno>& slots, const MatchVisitor& visit) {
  Xapian::Enquire enquire = boolean_enquire(db, query);
  const Xapian::doccount all = db.get_doccount();
  Xapian::MSet mset = enquire.get_mset(0, all, all);
  mset.fetch();  // one request for every document, not one round trip each
  std::vector<std::string> strings(slots.size());
  std::vector<std::string_view> views(slots.size());
  for (auto it = mset.begin(); it != mset.end(); ++it) {
    const Xapian::Document doc = it.get_document();
    for (std::size_t i = 0; i < slots.size(); ++i) {
      strings[i] = doc.get_value(slots[i]);
      views[i] = strings[i];
    }
    visit(views.data());
  }
}

}  // namespace

MatchReading choose_reading(const ReadDatabase& db, const FacetColumns& columns,
                            const std::vector<Xapian::valueno>& slots) {
  if (has_remote_shards(db)) return MatchReading::kFetch;
  for (Xapian::valueno slot : slots)
    if (columns.column(slot) != nullptr) return MatchReading::kColumns;
  return MatchReading::kSpy;
}

void for_each_match(const Xapian::Database& db, const Xapian::Query& query,
                    const std::vector<Xapian::valueno>& slots, MatchReading reading,
                    const FacetColumns& columns, const MatchVisitor& visit) {
  if (reading == MatchReading::kFetch) {
    fetch_every_match(db, query, slots, visit);
    return;
  }
  std::vector<const facet_columns::ColumnView*> from_columns(slots.size(), nullptr);
  if (reading == MatchReading::kColumns)
    for (std::size_t i = 0; i < slots.size(); ++i) from_columns[i] = columns.column(slots[i]);
  ValueSpy spy(slots, std::move(from_columns), visit);
  Xapian::Enquire enquire = boolean_enquire(db, query);
  enquire.add_matchspy(&spy);
  enquire.get_mset(0, 0, db.get_doccount());
}

}  // namespace ombud::stats
