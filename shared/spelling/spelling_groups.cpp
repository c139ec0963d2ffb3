#include "spelling_groups.hpp"

#include <algorithm>
#include <fstream>
#include <functional>
#include <stdexcept>
#include <unordered_map>

namespace ombud::spelling {
namespace {

bool is_lower(char c) {
  return c >= 'a' && c <= 'z';
}
bool is_upper(char c) {
  return c >= 'A' && c <= 'Z';
}

void add_entry(WordList& list, std::string word) {
  if (!word.empty() && word.back() == '\r') word.pop_back();
  if (word.empty()) return;
  bool lower = true;
  for (char& c : word) {
    if (is_upper(c)) {
      c = static_cast<char>(c - 'A' + 'a');
      lower = false;
    } else if (!is_lower(c)) {
      return;  // possessive, accent, digit: never a pair, never stemmed the same way
    }
  }
  if (lower) list.lower.insert(word);
  list.every.insert(std::move(word));
}

// Pairs that share a stem belong together: a small union-find over stems.
class StemUnion {
 public:
  const std::string& find(const std::string& s) {
    auto it = parent_.try_emplace(s, s).first;
    if (it->second == s) return it->first;
    const std::string root = find(it->second);
    it = parent_.find(s);
    it->second = root;
    return it->second;
  }
  void join(const std::string& a, const std::string& b) {
    const std::string ra = find(a), rb = find(b);
    if (ra != rb) parent_[ra] = rb;
  }

 private:
  std::unordered_map<std::string, std::string> parent_;
};

std::string list_words(const std::set<std::string>& words, std::size_t at_most = 6) {
  std::string out;
  std::size_t n = 0;
  for (const std::string& w : words) {
    if (n == at_most) {
      out += ", ... (" + std::to_string(words.size()) + ")";
      break;
    }
    out += (n++ ? ", " : "") + w;
  }
  return out;
}

// The rule. A mapping over-conflates when it gives a word a stem that Porter2 already gives to a
// word of the lists which is not a spelling in the group: mapping authorise to authorize would
// make it find author, authority and authorities, realise would find real and reality. The one
// exception is the noun in -y the verb is built on, and its plural: apologize comes from apology
// (apolog- + -y, apolog- + -ize), and joining apologise to apology is the point.
//
// A group is mapped to the American spellings when that joins it to nothing but those nouns,
// when its American spellings all have one stem (so no British words that shared a stem are
// split), when no word outside the group has its British stems (nothing would be left behind),
// and when every pair is two spellings of one word. Otherwise it is mapped to the British
// spellings when no word outside the group has a British stem (then the American spellings join
// nothing new: authorize stops finding authority, and finds authorise). Otherwise it is left as
// Porter2 has it.
void decide(Group& g) {
  for (const Pair& p : g.pairs) {
    if (p.kind == PairKind::kFalseTwin) {
      g.direction = Direction::kUnchanged;
      g.reason =
          "'" + p.american + "' is a British word too, not another spelling of '" + p.british + "'";
      return;
    }
  }
  std::set<std::string> nouns;
  for (const Pair& p : g.pairs) {
    const std::string root = p.american.substr(0, p.at);
    nouns.insert(root + "y");
    nouns.insert(root + "ies");
  }
  std::set<std::string> strangers;
  std::set_difference(g.outsiders_american.begin(), g.outsiders_american.end(), nouns.begin(),
                      nouns.end(), std::inserter(strangers, strangers.end()));
  const auto one_way = std::find_if(g.pairs.begin(), g.pairs.end(), [](const Pair& p) {
    return p.kind == PairKind::kBritishAlsoAmerican;
  });

  std::string why_not_american;
  if (one_way != g.pairs.end()) {
    why_not_american = "'" + one_way->british + "' is an American word too";
  } else if (g.american_stems.size() > 1) {
    why_not_american = "its American spellings have stems " + list_words(g.american_stems);
  } else if (!strangers.empty()) {
    why_not_american = "the American stem is also the stem of " + list_words(strangers);
  }
  if (why_not_american.empty() && g.outsiders_british.empty()) {
    g.direction = Direction::kToAmerican;
    g.reason = g.outsiders_american.empty() ? "no other word has the American stem"
                                            : "joins the noun " + list_words(g.outsiders_american);
  } else if (g.outsiders_british.empty()) {
    g.direction = Direction::kToBritish;
    g.reason = why_not_american;
  } else {
    g.direction = Direction::kUnchanged;
    g.reason = (why_not_american.empty() ? std::string() : why_not_american + ", and ") +
               "the British stem is also the stem of " + list_words(g.outsiders_british);
  }
}

}  // namespace

WordList make_word_list(const std::vector<std::string>& words) {
  WordList list;
  for (const std::string& w : words) add_entry(list, w);
  return list;
}

WordList read_word_list(const std::string& path) {
  std::ifstream in(path);
  if (!in) throw std::runtime_error(path + ": cannot read the word list");
  WordList list;
  for (std::string line; std::getline(in, line);) add_entry(list, std::move(line));
  if (in.bad()) throw std::runtime_error(path + ": cannot read the word list");
  if (list.lower.empty()) throw std::runtime_error(path + ": no words in the word list");
  return list;
}

std::vector<Pair> find_pairs(const WordList& british, const WordList& american) {
  std::vector<Pair> out;
  for (const std::string& b : british.lower) {
    for (std::size_t i = 0; i + 1 < b.size(); ++i) {
      if ((b[i] != 'i' && b[i] != 'y') || b[i + 1] != 's') continue;
      std::string a = b;
      a[i + 1] = 'z';
      if (!american.lower.contains(a)) continue;
      const bool b_american = american.every.contains(b);
      const bool a_british = british.every.contains(a);
      if (b_american && a_british) continue;  // two words of both lists
      const PairKind kind = a_british    ? PairKind::kFalseTwin
                            : b_american ? PairKind::kBritishAlsoAmerican
                                         : PairKind::kTwoSpellings;
      out.push_back({b, std::move(a), i, kind});
    }
  }
  return out;
}

Plan plan(const WordList& british, const WordList& american, const Xapian::Stem& stem) {
  const std::vector<Pair> pairs = find_pairs(british, american);
  std::set<std::string> members;
  for (const Pair& p : pairs) {
    members.insert(p.british);
    members.insert(p.american);
  }
  // Every other word of either list, by stem: the words a mapping could join a pair to.
  std::unordered_map<std::string, std::vector<std::string>> others_by_stem;
  auto add_others = [&](const WordList& list) {
    for (const std::string& w : list.every)
      if (!members.contains(w)) others_by_stem[stem(w)].push_back(w);
  };
  add_others(british);
  add_others(american);

  StemUnion groups_of;
  for (const Pair& p : pairs) groups_of.join(stem(p.british), stem(p.american));
  std::map<std::string, Group> by_root;  // ordered, so the report and table are reproducible
  for (const Pair& p : pairs) {
    Group& g = by_root[groups_of.find(stem(p.british))];
    g.pairs.push_back(p);
    g.british_stems.insert(stem(p.british));
    g.american_stems.insert(stem(p.american));
  }

  Plan out;
  std::map<std::string, std::string> table;
  for (auto& [root, g] : by_root) {
    auto collect = [&](const std::set<std::string>& stems, std::set<std::string>& into) {
      for (const std::string& s : stems) {
        auto it = others_by_stem.find(s);
        if (it != others_by_stem.end()) into.insert(it->second.begin(), it->second.end());
      }
    };
    collect(g.american_stems, g.outsiders_american);
    collect(g.british_stems, g.outsiders_british);
    decide(g);
    for (const Pair& p : g.pairs) {
      // A word in two pairs (none in the Debian lists today) keeps its first pair's spelling.
      if (g.direction == Direction::kToAmerican)
        table.try_emplace(p.british, p.american);
      else if (g.direction == Direction::kToBritish)
        table.try_emplace(p.american, p.british);
    }
    out.groups.push_back(std::move(g));
  }
  for (auto& [from, to] : table) out.mappings.push_back({from, to});
  return out;
}

std::string render_table(const Plan& plan) {
  std::string out =
      "// Generated at build time by shared/spelling/generate_spelling_table from the wbritish "
      "and\n// wamerican word lists (see shared/spelling/spelling_groups.hpp). Do not edit.\n"
      "#include \"spelling_table.hpp\"\n\n"
      "namespace ombud {\nnamespace {\n\n"
      "constexpr SpellingEntry kEntries[] = {\n";
  for (const Mapping& m : plan.mappings) out += "    {\"" + m.from + "\", \"" + m.to + "\"},\n";
  out +=
      "};\n\n}  // namespace\n\n"
      "std::span<const SpellingEntry> spelling_table() { return kEntries; }\n\n"
      "}  // namespace ombud\n";
  return out;
}

std::string render_report(const Plan& plan) {
  std::size_t counts[3] = {0, 0, 0};
  std::size_t pairs[3] = {0, 0, 0};
  for (const Group& g : plan.groups) {
    ++counts[static_cast<int>(g.direction)];
    pairs[static_cast<int>(g.direction)] += g.pairs.size();
  }
  std::string out = "# spelling groups: " + std::to_string(plan.groups.size()) + " groups, " +
                    std::to_string(plan.mappings.size()) + " table entries\n";
  const char* names[3] = {"to-american", "to-british", "unchanged"};
  for (int d = 0; d < 3; ++d)
    out += "# " + std::string(names[d]) + ": " + std::to_string(counts[d]) + " groups, " +
           std::to_string(pairs[d]) + " pairs\n";
  for (const Group& g : plan.groups) {
    out += names[static_cast<int>(g.direction)];
    out += "\t" + g.pairs.front().british + "/" + g.pairs.front().american + "\t" + g.reason + "\t";
    for (std::size_t i = 0; i < g.pairs.size(); ++i)
      out += (i ? " " : "") + g.pairs[i].british + "/" + g.pairs[i].american;
    out += "\n";
  }
  return out;
}

}  // namespace ombud::spelling
