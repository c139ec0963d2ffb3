#include "search/snippet_maker.hpp"

#include <algorithm>
#include <cstdlib>
#include <set>

#include "analyzer.hpp"
#include "ascii.hpp"
#include "schema.hpp"
#include "search/passage_window.hpp"
#include "search/snippet_words.hpp"

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
                           SnippetModel model, SnippetCache* cache)
    : db_(db), stemmer_(Analyzer::stemmer()), length_(length), model_(model), cache_(cache) {
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
  terms_.assign(terms.begin(), terms.end());
  terms_query_ = Xapian::Query(Xapian::Query::OP_OR, terms_.begin(), terms_.end());
  if (!cache_) cache_ = &own_cache_.emplace(db_);
  query_mark_ = cache_->new_mark();
  for (const std::string& t : terms_) query_stems_.push_back(cache_->stem_id(t));
  use_xapian_ = std::getenv("XAPIAN_CJK_NGRAM") != nullptr ||
                (model_ == SnippetModel::kAllWords && cache_->words_may_be_terms());
}

void SnippetMaker::prepare(const std::vector<std::string_view>& texts) {
  if (terms_.empty() || use_xapian_ || model_ != SnippetModel::kAllWords || !cache_->fresh())
    return;
  std::vector<SnippetCache::StemId> stems;
  const std::uint32_t mark = cache_->new_mark();
  for (std::string_view text : texts) {
    SnippetWordReader words(text, 0);
    while (words.next()) {
      const SnippetCache::StemId id = cache_->stem_of_word(words.word());
      SnippetCache::Scratch& s = cache_->scratch()[id];
      if (s.text == mark) continue;
      s.text = mark;
      stems.push_back(id);
    }
  }
  cache_->learn_termfreqs(stems);
}

Snippet SnippetMaker::make(std::string_view text) {
  if (terms_.empty()) return leading_snippet(text, length_);
  if (use_xapian_) return make_with_xapian(text);
  // The markers cannot stay in the text (Xapian reads them as white space too).
  std::string copy;
  std::string_view clean = text;
  if (text.find(kMarkStart) != std::string_view::npos ||
      text.find(kMarkEnd) != std::string_view::npos) {
    copy.assign(text);
    for (char& c : copy)
      if (c == kMarkStart || c == kMarkEnd) c = ' ';
    clean = copy;
  }

  const std::uint32_t text_mark = cache_->new_mark();
  // Marked again for each text: another maker on the same cache may have marked its own since.
  for (SnippetCache::StemId id : query_stems_) cache_->scratch()[id].query = query_mark_;
  auto is_query = [&](SnippetCache::StemId id) {
    const auto& scratch = cache_->scratch();
    return id < scratch.size() && scratch[id].query == query_mark_;
  };
  const bool background = model_ == SnippetModel::kAllWords;
  std::vector<SnippetCache::Scratch>* scratch = &cache_->scratch();
  std::vector<double>& relevance = cache_->relevance();
  PassageWindow window(length_, relevance);
  SnippetWordReader words(clean, 0);
  while (words.next()) {
    const SnippetCache::StemId id = cache_->stem_of_word(words.word());
    if (id >= scratch->size()) scratch = &cache_->scratch();  // a stem new to the cache
    SnippetCache::Scratch& state = (*scratch)[id];
    const bool query_word = state.query == query_mark_;
    if (!query_word && !background) {
      window.add(words.end(), PassageWindow::kNoWeight);
      continue;
    }
    if (state.text != text_mark) {
      // Every query word weighs 1 (a BoolWeight MSet's largest term weight, 0, counts as 1).
      relevance[id] = query_word ? 1.0 : cache_->background_weight(id, length_);
      state.text = text_mark;
    }
    window.add(words.end(), static_cast<std::int32_t>(id));
  }
  static const PassageMarkers kMarkers{std::string(1, kMarkStart), std::string(1, kMarkEnd),
                                       std::string(kEllipsis)};
  return decode(render_passage(
      clean, window.best_begin(), window.best_end(),
      [&](const std::string& word) { return is_query(cache_->stem_of_word(word)); }, kMarkers));
}

Snippet SnippetMaker::make_with_xapian(std::string_view text) const {
  if (terms_.empty()) return leading_snippet(text, length_);
  std::string clean(text);
  for (char& c : clean)
    if (c == kMarkStart || c == kMarkEnd) c = ' ';
  Xapian::Enquire enquire(db_);
  enquire.set_query(terms_query_);
  enquire.set_weighting_scheme(Xapian::BoolWeight());
  const unsigned flags =
      model_ == SnippetModel::kAllWords
          ? Xapian::MSet::SNIPPET_BACKGROUND_MODEL | Xapian::MSet::SNIPPET_EXHAUSTIVE
          : Xapian::MSet::SNIPPET_EXHAUSTIVE;
  const std::string raw =
      enquire.get_mset(0, 0).snippet(clean, length_, stemmer_, flags, std::string(1, kMarkStart),
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
