// The passage of a decision that best matches the query, with the matched words marked: the
// passage and marks Xapian 1.4's MSet::snippet gives (SNIPPET_EXHAUSTIVE, with the analyzer's
// stemmer), made without it. Xapian 1.4 does not highlight the words of a phrase of stemmed terms,
// nor wildcard matches, so the words to mark are the query's text terms and the words its
// wildcards expand to, each a query word of weight 1 (a BoolWeight MSet: with BM25 the weights
// came from per-database bounds that Xapian 1.4 adds up over local shards, so a split database
// showed other passages). With kAllWords every other word weighs by its rarity in the database
// (the background model).
// MSet::snippet cost about 1 ms a decision, most of it asking the database for the frequency of
// every word of the text, stemming every word, and one MSet per decision (it keeps the background
// weights between calls and halves those of its last window's words, so a shared MSet made a
// snippet depend on the decisions shown before it). The maker reads the words with Xapian's rules
// (snippet_words.hpp), scores windows the same way in the same floating-point order
// (passage_window.hpp) and keeps stems and frequencies in a SnippetCache for the next searches:
// the same snippet, byte for byte (tests/query/search/snippet_maker_test.cpp compares them).
#pragma once

#include <xapian.h>

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "search/snippet_cache.hpp"

namespace ombud {

inline constexpr std::size_t kDefaultSnippetLength = 240;  // bytes of text, as MSet::snippet counts

// How the passage is chosen.
enum class SnippetModel {
  // The query's words, and every other word by how rare it is in the database (Xapian's
  // background model). That asks the database for the frequency of each word of the text (once
  // per SnippetCache): a lookup on local shards, a round trip to every remote shard per word.
  kAllWords,
  // The query's words alone: no lookups. The passage may differ from kAllWords's.
  kQueryWords,
};

// "all", "query", or nullopt.
std::optional<SnippetModel> parse_snippet_model(std::string_view name);

struct Snippet {
  std::string text;  // plain text, white space collapsed, "…" where text was left out
  std::vector<std::pair<std::size_t, std::size_t>> highlights;  // [begin, end) byte offsets
};

class SnippetMaker {
 public:
  // `query` is the query that was run; `wildcards` the typed starts of its wildcard words.
  // `cache` (which must outlive this maker) keeps stems and word frequencies for the next
  // searches on the same database; without one the maker keeps its own.
  SnippetMaker(const Xapian::Database& db, const Xapian::Query& query,
               const std::vector<std::string>& wildcards,
               std::size_t length = kDefaultSnippetLength,
               SnippetModel model = SnippetModel::kAllWords, SnippetCache* cache = nullptr);

  SnippetMaker(const SnippetMaker&) = delete;
  SnippetMaker& operator=(const SnippetMaker&) = delete;

  // Optional, before make() on each of `texts`: when the cache is new (the first search of a
  // process), reads their words at once and asks the database for the frequencies of all their
  // stems in term order, which reads each block of its term index once instead of jumping about
  // it a word at a time. Otherwise does nothing: a cache that has seen a page knows most words.
  void prepare(const std::vector<std::string_view>& texts);

  // Whether the query has words to mark; without any (filters only), make() gives the start of
  // the text it is given.
  bool has_words() const { return !terms_.empty(); }

  Snippet make(std::string_view text);

  // The same snippet through Xapian's MSet::snippet itself: what make() reproduces, kept for
  // the tests and the benchmark's agreement check, and for what make() cannot read as Xapian
  // does (CJK n-grams turned on by XAPIAN_CJK_NGRAM; a database with terms of unprefixed words).
  Snippet make_with_xapian(std::string_view text) const;

 private:
  Xapian::Database db_;
  std::vector<std::string> terms_;  // the words to mark, as terms ("Z" + stem)
  Xapian::Query terms_query_;       // their OR, for make_with_xapian()
  Xapian::Stem stemmer_;
  std::size_t length_;
  SnippetModel model_;
  std::optional<SnippetCache> own_cache_;
  SnippetCache* cache_;
  std::vector<SnippetCache::StemId> query_stems_;
  std::uint32_t query_mark_ = 0;  // in the cache's scratch: the stems of this maker's query
  bool use_xapian_ = false;
};

// The start of `text`, cut at a word boundary near `length` bytes: the snippet of a query with no
// words to mark (filters only).
Snippet leading_snippet(std::string_view text, std::size_t length);

}  // namespace ombud
