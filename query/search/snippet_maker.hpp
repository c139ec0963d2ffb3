// The passage of a decision that best matches the query, with the matched words marked. Built on
// MSet::snippet with the analyzer's stemmer. Xapian 1.4 does not highlight the words of a phrase
// of stemmed terms, nor wildcard matches, so the snippets come from a second MSet over the same
// database whose query is an OR of the query's text terms and of the words its wildcards expand
// to; get_mset(0, 0) on it is enough for snippet() to weigh and mark them. Each decision gets an
// MSet of its own: Xapian 1.4 keeps the background model's word weights in the MSet between
// snippet() calls and halves those of the words its last window held, so a shared one made a
// snippet depend on the decisions shown before it (on the page, and in which order ties came).
// That MSet is weighted with BoolWeight: every query word then counts the same (1) and the other
// words by their frequency in the whole database. With BM25 the words' weights would come from
// per-database bounds (the shortest document, the largest wdf) which Xapian 1.4 adds up over
// local shards, so the same decision got another snippet once the database was split.
#pragma once

#include <xapian.h>

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace ombud {

inline constexpr std::size_t kDefaultSnippetLength = 240;  // bytes of text, as MSet::snippet counts

// How the passage is chosen.
enum class SnippetModel {
  // The query's words, and every other word by how rare it is in the database (Xapian's
  // background model). That asks the database for the frequency of each word of the text: a
  // lookup on local shards, two round trips to every remote shard per word (on 127.0.0.1, about
  // 70 ms a decision with two remote shards).
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
  SnippetMaker(const Xapian::Database& db, const Xapian::Query& query,
               const std::vector<std::string>& wildcards,
               std::size_t length = kDefaultSnippetLength,
               SnippetModel model = SnippetModel::kAllWords);

  Snippet make(std::string_view text) const;

 private:
  Xapian::Database db_;
  Xapian::Query terms_;  // the OR of the words to mark
  Xapian::Stem stemmer_;
  bool has_terms_ = false;
  std::size_t length_;
  unsigned flags_;
};

// The start of `text`, cut at a word boundary near `length` bytes: the snippet of a query with no
// words to mark (filters only).
Snippet leading_snippet(std::string_view text, std::size_t length);

}  // namespace ombud
