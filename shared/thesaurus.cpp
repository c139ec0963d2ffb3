#include "thesaurus.hpp"

#include <fmt/format.h>
#include <fmt/ranges.h>
#include <xapian/unicode.h>

#include <unordered_map>

#include "spelling_table.hpp"
#include "spelling_variants.hpp"
#include "text_normaliser.hpp"

namespace ombud {
namespace {

// Xapian keeps a synonym key in a B-tree key, which holds at most 245 bytes or so; a form that
// long is not a real one.
constexpr std::size_t kMaxKeyBytes = 200;
// A form of several -ise/-ize words gets a key for each mix of spellings, up to this many.
constexpr std::size_t kMaxKeysPerForm = 16;

std::string_view trim(std::string_view s) {
  const auto first = s.find_first_not_of(" \t\r");
  if (first == std::string_view::npos) return {};
  return s.substr(first, s.find_last_not_of(" \t\r") - first + 1);
}

std::vector<std::string_view> split_forms(std::string_view side) {
  std::vector<std::string_view> out;
  for (;;) {
    const auto comma = side.find(',');
    out.push_back(trim(side.substr(0, comma)));
    if (comma == std::string_view::npos) return out;
    side.remove_prefix(comma + 1);
  }
}

// A word as QueryParser names it in a multi-word synonym key: its apostrophes ’ and ‛ made ',
// the zero-width characters it ignores dropped, then lower-cased by Xapian itself.
std::string parser_name(const std::string& word) {
  std::string mapped;
  for (Xapian::Utf8Iterator it(word); it != Xapian::Utf8Iterator(); ++it) {
    const unsigned c = *it;
    if (c == 0x2019 || c == 0x201b) {
      mapped.push_back('\'');
    } else if ((c >= 0x200b && c <= 0x200d) || c == 0x2060 || c == 0xfeff) {
      continue;
    } else {
      Xapian::Unicode::append_utf8(mapped, c);
    }
  }
  return Xapian::Unicode::tolower(mapped);
}

// `name` and its other spelling in the spelling table (spelling_variants.hpp), either way round:
// the index joins "personalised" and "personalized", so a key should take both as typed.
std::vector<std::string> spellings(const std::string& name) {
  std::vector<std::string> out{name};
  std::string unified = name;
  unify_spelling(unified);
  if (unified != name) out.push_back(unified);
  // The table is sorted by `from`; look the other way through an index built once.
  static const std::unordered_multimap<std::string_view, std::string_view> by_to = [] {
    std::unordered_multimap<std::string_view, std::string_view> index;
    for (const SpellingEntry& e : spelling_table()) index.emplace(e.to, e.from);
    return index;
  }();
  const auto [first, last] = by_to.equal_range(name);
  for (auto it = first; it != last; ++it) out.emplace_back(it->second);
  return out;
}

void add_fnv(std::uint64_t& h, std::string_view s) {
  for (unsigned char c : s) {
    h ^= c;
    h *= 1099511628211ULL;
  }
}

}  // namespace

std::string ThesaurusDiagnostic::text() const {
  return fmt::format("{}:{}: {}: {}", file, line, error ? "error" : "warning", reason);
}

void Thesaurus::report(std::string_view name, std::size_t line, bool error, std::string reason) {
  diagnostics_.push_back({std::string(name), line, error, std::move(reason)});
}

std::string Thesaurus::read_form(std::string_view text, Analyzer& analyzer, Form& out) const {
  out.text = std::string(text);
  const std::vector<std::string> words = analyzer.words(text);
  const std::vector<std::string> terms = analyzer.terms(text);
  if (words.empty()) return fmt::format("\"{}\" has no words to search for", text);
  if (terms.size() != words.size()) {
    return fmt::format("\"{}\" has a word longer than {} bytes, which the index leaves out", text,
                       kMaxWordBytes);
  }
  out.value.clear();
  for (const std::string& t : terms) {
    if (!out.value.empty()) out.value.push_back(' ');
    out.value += t;
  }
  out.keys.clear();
  if (words.size() == 1) {
    // What QueryParser looks up for a stemmed word: 'Z', the field's prefix, the stem.
    out.keys.push_back("Z" + terms.front());
    return {};
  }
  out.keys.emplace_back();
  for (const std::string& word : words) {
    const std::vector<std::string> names = spellings(parser_name(word));
    std::vector<std::string> longer;
    for (const std::string& key : out.keys) {
      for (const std::string& name : names) {
        if (longer.size() == kMaxKeysPerForm) break;
        longer.push_back(key.empty() ? name : key + ' ' + name);
      }
    }
    out.keys = std::move(longer);
  }
  for (const std::string& key : out.keys) {
    if (key.size() > kMaxKeyBytes) {
      return fmt::format("\"{}\" is longer than the {} bytes a synonym key may hold", text,
                         kMaxKeyBytes);
    }
  }
  return {};
}

void Thesaurus::add(std::string_view text, std::string_view name, Analyzer& analyzer) {
  ThesaurusSource source{std::string(name), 0, {}};
  std::size_t line_no = 0;
  while (!text.empty()) {
    const auto newline = text.find('\n');
    const std::string_view line = text.substr(0, newline);
    text.remove_prefix(newline == std::string_view::npos ? text.size() : newline + 1);
    ++line_no;

    const std::string_view content = trim(line.substr(0, line.find('#')));
    if (content.empty()) continue;
    if (!is_valid_utf8(content)) {
      report(name, line_no, true, "the line is not valid UTF-8");
      continue;
    }
    const auto arrow = content.find("=>");
    if (arrow != std::string_view::npos &&
        content.find("=>", arrow + 2) != std::string_view::npos) {
      report(name, line_no, true, "more than one '=>': a line is one concept");
      continue;
    }
    const bool one_way = arrow != std::string_view::npos;
    std::vector<std::string_view> left = split_forms(one_way ? content.substr(0, arrow) : content);
    std::vector<std::string_view> right;
    if (one_way) right = split_forms(content.substr(arrow + 2));

    std::string error;
    std::vector<Form> from, to;
    for (auto [texts, forms] : {std::pair{&left, &from}, std::pair{&right, &to}}) {
      for (std::string_view t : *texts) {
        if (!error.empty()) break;
        if (t.empty()) {
          error = one_way ? "an empty form: a comma or '=>' with nothing beside it"
                          : "an empty form: two commas together, or a comma at an end";
          break;
        }
        error = read_form(t, analyzer, forms->emplace_back());
      }
    }
    if (error.empty() && !one_way && from.size() < 2) {
      error =
          "one form alone: list the forms of a concept separated by commas, or write "
          "FORMS => FORMS";
    }
    // A line whose forms all index the same ("SENCO, SENCo") would write nothing.
    if (error.empty()) {
      std::set<std::string> values;
      for (const Form& f : from) values.insert(f.value);
      for (const Form& f : to) values.insert(f.value);
      if (values.size() < 2) {
        error = fmt::format(
            "every form is the same words to the index (\"{}\"): the line adds "
            "nothing",
            from.front().text);
      }
    }
    if (!error.empty()) {
      report(name, line_no, true, std::move(error));
      continue;
    }

    const std::vector<Form>& targets = one_way ? to : from;
    for (const Form& f : from) {
      for (const std::string& key : f.keys) {
        for (const Form& g : targets) {
          if (g.value != f.value) table_[key].insert(g.value);
        }
      }
    }
    if (!one_way) {
      // One warning for each earlier entry this line repeats forms of.
      const std::string here = fmt::format("{}:{}", name, line_no);
      std::map<std::string, std::vector<std::string>> repeats;  // where -> forms
      std::set<std::string> seen_here;
      for (const Form& f : from) {
        if (!seen_here.insert(f.value).second) continue;
        const auto [seen, inserted] = two_way_seen_.try_emplace(f.value, here);
        if (!inserted) repeats[seen->second].push_back(fmt::format("\"{}\"", f.text));
      }
      for (const auto& [where, forms] : repeats) {
        report(name, line_no, false,
               fmt::format("{} {} also in the entry at {}: a search for {} finds both entries",
                           fmt::join(forms, ", "), forms.size() == 1 ? "is" : "are", where,
                           forms.size() == 1 ? "it" : "them"));
      }
    }
    ++source.entries;
    source.loaded_lines.append(content).push_back('\n');
  }
  sources_.push_back(std::move(source));
}

std::size_t Thesaurus::entries() const {
  std::size_t n = 0;
  for (const ThesaurusSource& s : sources_) n += s.entries;
  return n;
}

std::size_t Thesaurus::synonym_pairs() const {
  std::size_t n = 0;
  for (const auto& [key, values] : table_) n += values.size();
  return n;
}

std::uint64_t Thesaurus::fingerprint() const {
  std::uint64_t h = 1469598103934665603ULL;
  for (const auto& [key, values] : table_) {
    add_fnv(h, key);
    add_fnv(h, std::string_view("\x01", 1));
    for (const std::string& v : values) {
      add_fnv(h, v);
      add_fnv(h, std::string_view("\x02", 1));
    }
  }
  return h;
}

}  // namespace ombud
