#include "parse/spelling_suggestion.hpp"

#include "analyzer.hpp"
#include "parse/query_tokens.hpp"
#include "spelling_dictionary.hpp"

namespace ombud {
namespace {

// Edits allowed between a typed word and its suggestion: one for a word of up to seven letters
// (two turn "fees" into most four-letter words, and "cookies" into "cooking"), two for a longer
// one ("safegaurding" is two).
constexpr std::size_t kShortWordBytes = 7;

unsigned max_edits(std::string_view form) {
  return form.size() <= kShortWordBytes ? 1 : 2;
}

// The index term of a single word, or empty when `text` is not exactly one word.
std::string single_term(std::string_view text, Analyzer& analyzer) {
  const std::vector<std::string> words = analyzer.words(text);
  if (words.size() != 1 || words.front() != text) return {};
  const std::vector<std::string> terms = analyzer.terms(text);
  return terms.size() == 1 ? terms.front() : std::string();
}

bool has_synonyms(const Xapian::Database& db, const std::string& term) {
  // The key QueryParser looks a stemmed word up by (thesaurus.hpp): 'Z' + the term.
  const std::string key = "Z" + term;
  return db.synonyms_begin(key) != db.synonyms_end(key);
}

}  // namespace

SpellingCheck check_spelling(const Xapian::Database& db, std::string_view query, Analyzer& analyzer,
                             bool has_dictionary) {
  SpellingCheck out;
  SpellingSuggestion suggestion;
  std::size_t copied = 0;  // query[0, copied) is in suggestion.query
  for (const Token& token : tokenise_query(query)) {
    if (token.kind != TokenKind::kWord || token.text.ends_with('*')) continue;
    const std::string form = spelling_form(token.text);
    if (form.empty()) continue;
    const std::string term = single_term(token.text, analyzer);
    if (term.empty() || db.term_exists(term) || has_synonyms(db, term)) continue;
    out.unknown_words = true;
    if (!has_dictionary) continue;
    const std::string suggested = db.get_spelling_suggestion(form, max_edits(form));
    if (suggested.empty() || suggested == form) continue;
    const std::string suggested_term = single_term(suggested, analyzer);
    if (suggested_term.empty() || suggested_term == term || !db.term_exists(suggested_term))
      continue;
    suggestion.query.append(query.substr(copied, token.body - copied));
    suggestion.query.append(suggested);
    copied = token.end;
    suggestion.corrections.push_back({std::string(token.text), suggested});
  }
  if (!suggestion.corrections.empty()) {
    suggestion.query.append(query.substr(copied));
    out.suggestion = std::move(suggestion);
  }
  return out;
}

}  // namespace ombud
