// What the snippet maker learns about words while it works, kept for the searches that follow on
// the same database: each word's stem (the analyzer's stemmer is the slow part of reading a
// text), and each stem's number of decisions, which weighs it in Xapian's background model.
// Word frequencies are those of one revision of the database: the searcher drops the cache when
// it reopens the database. Not thread-safe: one per Searcher.
#pragma once

#include <xapian.h>

#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

#include "search/word_table.hpp"

namespace ombud {

class SnippetCache {
 public:
  using StemId = std::uint32_t;

  explicit SnippetCache(Xapian::Database db);

  // The stem of a lowercased word as the index writes it ("Z" + stem).
  StemId stem_of_word(const std::string& word) {
    const std::uint32_t id = words_.find(word);
    return id != WordTable::kMissing ? id : add_word(word);
  }
  // The id of a stem term ("Z..."), e.g. one of the query's.
  StemId stem_id(const std::string& stem_term);
  const std::string& stem(StemId id) const { return stems_[id].term; }
  std::size_t stem_count() const { return stems_.size(); }

  // The weight Xapian's background model gives a word of this stem in a passage of `length`
  // bytes: log((N - f) / f) / ((length + 1) log N), where f is the number of decisions holding
  // the word and N one more than the number of decisions, computed as MSet::snippet computes it.
  double background_weight(StemId id, std::size_t length);

  // Whether no word has been looked up yet (a new searcher, or one whose database reopened).
  bool fresh() const { return words_.size() == 0; }
  // Asks the database for the frequency of each of `stems` not known yet, in term order.
  void learn_termfreqs(std::vector<StemId> stems);

  // Whether some term of the database does not start with an ASCII capital, so that a
  // lowercased word could be a term of its own (MSet::snippet then weighs it as itself rather
  // than by its stem). Every term ombud writes has a capital prefix; asked once.
  bool words_may_be_terms();

  const Xapian::Database& database() const { return db_; }

  // Scratch space for the snippet makers, kept here so that a search does not allocate and
  // clear an array the size of the vocabulary. A mark tells whose an entry is: each maker takes
  // one for its query's stems and one for each text it reads.
  struct Scratch {
    std::uint32_t text = 0;   // the text whose relevance `relevance` holds
    std::uint32_t query = 0;  // the maker whose query has the stem
  };
  std::uint32_t new_mark() { return ++marks_; }
  // Entries for every stem id so far.
  std::vector<Scratch>& scratch() {
    if (scratch_.size() < stems_.size()) {
      scratch_.resize(stems_.size());
      relevance_.resize(stems_.size());
    }
    return scratch_;
  }
  // The relevance of each stem in the text at hand, changed by the passage window.
  std::vector<double>& relevance() { return relevance_; }

 private:
  StemId add_word(const std::string& word);

  struct Stem {
    std::string term;
    Xapian::doccount termfreq = 0;
    bool termfreq_known = false;
    std::size_t weight_length = 0;  // the length `weight` was computed for, or 0
    double weight = 0;
  };

  Xapian::Database db_;
  Xapian::Stem stemmer_;
  Xapian::doccount num_docs_;    // doccount + 1, as MSet::snippet counts
  int words_may_be_terms_ = -1;  // unknown until asked
  WordTable words_;
  std::unordered_map<std::string, StemId> stem_ids_;
  std::vector<Stem> stems_;
  std::vector<Scratch> scratch_;
  std::vector<double> relevance_;
  std::uint32_t marks_ = 0;
};

}  // namespace ombud
