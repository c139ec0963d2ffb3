// The passage of a decision that best matches the query, with the matched words marked. Built on
// MSet::snippet with the analyzer's stemmer. Xapian 1.4 does not highlight the words of a phrase
// of stemmed terms, nor wildcard matches, so the snippets come from a second MSet over the same
// database whose query is an OR of the query's text terms and of the words its wildcards expand
// to; get_mset(0, 0) on it is enough for snippet() to weigh and mark them.
#pragma once

#include <xapian.h>

#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace ombud {

inline constexpr std::size_t kDefaultSnippetLength = 240;  // bytes of text, as MSet::snippet counts

struct Snippet {
  std::string text;  // plain text, white space collapsed, "…" where text was left out
  std::vector<std::pair<std::size_t, std::size_t>> highlights;  // [begin, end) byte offsets
};

class SnippetMaker {
 public:
  // `query` is the query that was run; `wildcards` the typed starts of its wildcard words.
  SnippetMaker(const Xapian::Database& db, const Xapian::Query& query,
               const std::vector<std::string>& wildcards,
               std::size_t length = kDefaultSnippetLength);

  Snippet make(std::string_view text) const;

 private:
  Xapian::MSet mset_;
  Xapian::Stem stemmer_;
  bool has_terms_ = false;
  std::size_t length_;
};

// The start of `text`, cut at a word boundary near `length` bytes: the snippet of a query with no
// words to mark (filters only).
Snippet leading_snippet(std::string_view text, std::size_t length);

}  // namespace ombud
