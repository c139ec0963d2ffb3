#include "search/snippet_maker.hpp"

#include <algorithm>
#include <set>

#include "analyzer.hpp"
#include "ascii.hpp"
#include "schema.hpp"

namespace ombud {
namespace {

// Markers MSet::snippet puts around matched words; they cannot occur in the text it is given.
constexpr char kMarkStart = '\x01';
constexpr char kMarkEnd = '\x02';
constexpr std::string_view kEllipsis = "…";
// Enough expansions of one wildcard to mark what a passage shows.
constexpr Xapian::termcount kMaxWildcardHighlights = 200;

// MSet::snippet escapes the text as HTML and marks matches with the markers: undo the escaping,
// collapse white space, and turn the markers into offsets.
Snippet decode(std::string_view raw) {
  Snippet out;
  std::size_t open = std::string::npos;
  bool pending_space = false;
  for (std::size_t i = 0; i < raw.size(); ++i) {
    const char c = raw[i];
    if (c == kMarkStart) {
      if (pending_space && !out.text.empty()) out.text.push_back(' ');
      pending_space = false;
      open = out.text.size();
      continue;
    }
    if (c == kMarkEnd) {
      if (open != std::string::npos && out.text.size() > open)
        out.highlights.emplace_back(open, out.text.size());
      open = std::string::npos;
      continue;
    }
    if (is_ascii_space(c)) {
      pending_space = true;
      continue;
    }
    if (pending_space && !out.text.empty()) out.text.push_back(' ');
    pending_space = false;
    if (c == '&') {
      static constexpr std::pair<std::string_view, char> kEntities[] = {
          {"&amp;", '&'},  {"&lt;", '<'},   {"&gt;", '>'},
          {"&quot;", '"'}, {"&#39;", '\''}, {"&apos;", '\''}};
      bool decoded = false;
      for (const auto& [entity, ch] : kEntities) {
        if (raw.substr(i, entity.size()) == entity) {
          out.text.push_back(ch);
          i += entity.size() - 1;
          decoded = true;
          break;
        }
      }
      if (decoded) continue;
    }
    out.text.push_back(c);
  }
  return out;
}

}  // namespace

SnippetMaker::SnippetMaker(const Xapian::Database& db, const Xapian::Query& query,
                           const std::vector<std::string>& wildcards, std::size_t length,
                           SnippetModel model)
    : db_(db),
      stemmer_(Analyzer::stemmer()),
      length_(length),
      flags_(model == SnippetModel::kAllWords
                 ? Xapian::MSet::SNIPPET_BACKGROUND_MODEL | Xapian::MSet::SNIPPET_EXHAUSTIVE
                 : Xapian::MSet::SNIPPET_EXHAUSTIVE) {
  std::set<std::string> terms;
  for (auto it = query.get_unique_terms_begin(); it != query.get_unique_terms_end(); ++it) {
    const std::string& t = *it;
    // Over several shards the query holds a wildcard's words themselves (wildcard_expander.hpp):
    // they are taken below, from the same place and as many as on one database.
    const bool from_wildcard = std::any_of(wildcards.begin(), wildcards.end(), [&](const auto& w) {
      return t.compare(schema::kTextPrefix.size(), w.size(), w) == 0;
    });
    if (t.size() > schema::kTextPrefix.size() && t.starts_with(schema::kTextPrefix) &&
        !from_wildcard)
      terms.insert(t);
  }
  for (const std::string& w : wildcards) {
    const std::string prefix = std::string(schema::kTextPrefix) + w;
    Xapian::termcount n = 0;
    for (auto it = db.allterms_begin(prefix);
         it != db.allterms_end(prefix) && n < kMaxWildcardHighlights; ++it, ++n)
      terms.insert(*it);
  }
  if (terms.empty()) return;
  has_terms_ = true;
  terms_ = Xapian::Query(Xapian::Query::OP_OR, terms.begin(), terms.end());
}

Snippet SnippetMaker::make(std::string_view text) const {
  if (!has_terms_) return leading_snippet(text, length_);
  std::string clean(text);
  for (char& c : clean)
    if (c == kMarkStart || c == kMarkEnd) c = ' ';
  Xapian::Enquire enquire(db_);
  enquire.set_query(terms_);
  enquire.set_weighting_scheme(Xapian::BoolWeight());
  const std::string raw =
      enquire.get_mset(0, 0).snippet(clean, length_, stemmer_, flags_, std::string(1, kMarkStart),
                                     std::string(1, kMarkEnd), std::string(kEllipsis));
  return decode(raw);
}

std::optional<SnippetModel> parse_snippet_model(std::string_view name) {
  if (name == "all") return SnippetModel::kAllWords;
  if (name == "query") return SnippetModel::kQueryWords;
  return std::nullopt;
}

Snippet leading_snippet(std::string_view text, std::size_t length) {
  std::string collapsed;
  bool pending_space = false;
  for (char c : text) {
    if (is_ascii_space(c)) {
      pending_space = true;
      continue;
    }
    if (collapsed.size() >= length && (static_cast<unsigned char>(c) & 0xC0) != 0x80) {
      // Cut at the last space, so no word (and no UTF-8 sequence) is split.
      const std::size_t cut = collapsed.rfind(' ');
      if (cut != std::string::npos && cut > 0) collapsed.resize(cut);
      collapsed += kEllipsis;
      return {collapsed, {}};
    }
    if (pending_space && !collapsed.empty()) collapsed.push_back(' ');
    pending_space = false;
    collapsed.push_back(c);
  }
  return {collapsed, {}};
}

}  // namespace ombud
