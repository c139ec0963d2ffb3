// The general English vocabulary the filler clauses draw on: nouns, adjectives, verbs and
// adverbs, each list in rough order of how common the word is, sampled with Zipf's law so that
// common words are common and the tail is long. A separate list of rare words is drawn seldom,
// so that rare-term queries have few hits.
#pragma once

#include <cstddef>
#include <deque>
#include <string>
#include <string_view>
#include <vector>

#include "random.hpp"

namespace ombud::gen {

struct Verb {
  std::string_view base;        // "review"
  std::string_view past;        // "reviewed"
  std::string_view participle;  // "reviewed"
};

class Vocabulary {
 public:
  // Built once, on first use; immutable afterwards, so threads may share it.
  static const Vocabulary& get();

  std::string_view noun(Rng& rng) const { return nouns_[noun_table_.sample(rng)]; }
  // A plural noun ("letters"), or the noun itself when it has no plural ("information").
  std::string_view plural_noun(Rng& rng) const { return plurals_[noun_table_.sample(rng)]; }
  std::string_view adjective(Rng& rng) const { return adjectives_[adjective_table_.sample(rng)]; }
  std::string_view adverb(Rng& rng) const { return adverbs_[adverb_table_.sample(rng)]; }
  const Verb& verb(Rng& rng) const { return verbs_[verb_table_.sample(rng)]; }
  std::string_view rare(Rng& rng) const { return rare_[rng.below(rare_.size())]; }

  std::size_t word_count() const {
    return nouns_.size() + adjectives_.size() + verbs_.size() + adverbs_.size() + rare_.size();
  }
  const std::vector<std::string_view>& rare_words() const { return rare_; }

 private:
  Vocabulary();
  // Replaces '_' by ' ' in the words that have one, keeping the new text in storage_.
  std::vector<std::string_view> with_spaces(std::vector<std::string_view> words);
  // The plural of each noun, by the spelling rules and a list of exceptions.
  std::vector<std::string_view> make_plurals(const std::vector<std::string_view>& nouns);

  std::deque<std::string> storage_;  // a deque: growing it does not move the strings viewed

  std::vector<std::string_view> nouns_, plurals_, adjectives_, adverbs_, rare_;
  std::vector<Verb> verbs_;
  Discrete noun_table_, adjective_table_, adverb_table_, verb_table_;
};

// "a" or "an" for the word that follows.
std::string_view indefinite_article(std::string_view word);

}  // namespace ombud::gen
