// The rules behind the spelling table (shared/spelling_table.hpp): which British -ise/-yse
// spellings and American -ize/-yze spellings are one word, and to which of the two spellings the
// analyzer maps them before stemming. Used by the build-time generator (generate_spelling_table)
// and by its unit test; ombud itself only sees the generated table.
//
// Porter2 (Xapian's "english" stemmer) strips -ize but not -ise: it gives apologize and apology
// the stem "apolog" while apologise stays "apologis". Mapping every British spelling to the
// American one would fix that, but Porter2 also undoes -ize where the verb is built on a whole
// word (authorize and authority -> "author", realize and reality -> "real"), so some groups are
// mapped the other way, to the British spelling, and a few are left alone. See decide().
#pragma once

#include <xapian.h>

#include <cstddef>
#include <map>
#include <set>
#include <string>
#include <vector>

namespace ombud::spelling {

// One word list (wbritish or wamerican): `lower` holds the entries written in lower case (the
// common words that can be spelling pairs), `every` every entry lower-cased, proper nouns too
// (the words a pair's stem may collide with, since the analyzer folds case). Entries with
// anything but ASCII letters (possessives, accents) are left out of both.
struct WordList {
  std::set<std::string> lower;
  std::set<std::string> every;
};

// Reads a list of one word a line; throws std::runtime_error if the file cannot be read or holds
// no words.
WordList read_word_list(const std::string& path);
// The same from words in memory (for tests).
WordList make_word_list(const std::vector<std::string>& words);

enum class PairKind {
  // Two spellings of one word: the British one is not an American word and the American one not
  // a British word (apologise/apologize).
  kTwoSpellings,
  // The British spelling is an American word too (analyses, a plural of analysis in both), so
  // only the American spelling may be mapped (analyzes -> analyses), never the other way.
  kBritishAlsoAmerican,
  // The -z- spelling is a British word with its own meaning (prise/prize): not one word.
  kFalseTwin,
};

// A British word and the American word it becomes when its -is-/-ys- is written -iz-/-yz-.
struct Pair {
  std::string british;
  std::string american;
  std::size_t at;  // offset of the 'i' or 'y' of the changed -is-/-ys-
  PairKind kind;
};

// Every pair of the lists: `british` from british.lower, `american` from american.lower, equal
// but for one s -> z after an i or y; pairs whose two words are each in both lists are no pair.
std::vector<Pair> find_pairs(const WordList& british, const WordList& american);

enum class Direction {
  kToAmerican,  // British spellings are mapped to the American ones
  kToBritish,   // American spellings are mapped to the British ones (redirected)
  kUnchanged,   // dropped: no mapping, both spellings stem as Porter2 has them
};

// Pairs that share a stem, directly or through other pairs of the group, and what is done with
// them. `outsiders_*` are the words of the lists, not in any pair of the group, that Porter2
// gives the group's American stems or British stems.
struct Group {
  std::vector<Pair> pairs;
  std::set<std::string> british_stems;
  std::set<std::string> american_stems;
  std::set<std::string> outsiders_american;
  std::set<std::string> outsiders_british;
  Direction direction = Direction::kUnchanged;
  std::string reason;  // one line for the report
};

// One entry of the table: the analyzer stems `to` where the text says `from`.
struct Mapping {
  std::string from;
  std::string to;
};

struct Plan {
  std::vector<Group> groups;
  std::vector<Mapping> mappings;  // sorted by `from`, no duplicates
};

// Groups the pairs and decides each group's direction (see the .cpp for the rule), with `stem`
// the English stemmer.
Plan plan(const WordList& british, const WordList& american, const Xapian::Stem& stem);

// The C++ source defining ombud::kSpellingTable (shared/spelling_table.hpp) for `plan`.
std::string render_table(const Plan& plan);

// A human-readable account of every group: direction, reason, pairs, outsiders.
std::string render_report(const Plan& plan);

}  // namespace ombud::spelling
