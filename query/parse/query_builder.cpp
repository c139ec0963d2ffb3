#include "parse/query_builder.hpp"

#include <fmt/format.h>

#include "analyzer.hpp"
#include "parse/field_processors.hpp"
#include "parse/query_error.hpp"
#include "parse/query_text.hpp"
#include "parse/synonym_phrases.hpp"
#include "parse/wildcard_expander.hpp"
#include "schema.hpp"

namespace ombud {

QueryBuilder::QueryBuilder(Xapian::Database db, Xapian::termcount wildcard_limit)
    : db_(std::move(db)), wildcard_limit_(wildcard_limit) {}

BuiltQuery QueryBuilder::build(std::string_view text) const {
  // Several shards: wildcards expanded over all of them (wildcard_expander.hpp).
  const bool shards = db_.size() > 1;
  PreparedQuery prepared = prepare_query(text, shards ? kWildcardField : std::string_view());
  auto errors = std::make_shared<FieldErrors>();
  // A parser for each query: it is cheap to set up, and its field processors report to `errors`.
  Xapian::QueryParser parser;
  Analyzer::configure(parser);
  parser.set_database(db_);
  parser.set_default_op(Xapian::Query::OP_AND);
  parser.set_max_expansion(wildcard_limit_, Xapian::Query::WILDCARD_LIMIT_ERROR);
  add_field_processors(parser, db_, errors);
  if (shards) {
    parser.add_prefix(std::string(kWildcardField),
                      (new WildcardExpander(db_, wildcard_limit_, errors))->release());
  }
  constexpr unsigned kFlags =
      Xapian::QueryParser::FLAG_DEFAULT | Xapian::QueryParser::FLAG_WILDCARD |
      Xapian::QueryParser::FLAG_PURE_NOT |
      // The thesaurus the indexer wrote (thesaurus.hpp): a word, or words
      // typed as a group, find their synonyms. Not inside a phrase, and
      // not in a filter's value, which field processors read.
      Xapian::QueryParser::FLAG_AUTO_SYNONYMS | Xapian::QueryParser::FLAG_AUTO_MULTIWORD_SYNONYMS;
  BuiltQuery out;
  try {
    out.query = expand_phrase_synonyms(parser.parse_query(prepared.text, kFlags));
  } catch (const Xapian::QueryParserError& e) {
    errors->rethrow_if_any();  // a bad field value says more than the syntax error it caused
    throw QueryError(fmt::format(
        "cannot read the query: {}; put AND, OR and NOT between words, close every bracket, and "
        "quote words such as \"and\" to search for them",
        e.get_msg()));
  }
  errors->rethrow_if_any();
  // Nothing to search for (no words, or only punctuation): every decision.
  if (out.query.empty()) out.query = Xapian::Query::MatchAll;
  out.wildcards = std::move(prepared.wildcards);
  return out;
}

std::string wildcard_error_message(const Xapian::WildcardError& e, Xapian::termcount limit) {
  // Xapian says "Wildcard Zst* expands to more than 10 terms", and a remote shard prefixes it
  // with "REMOTE:": show what the user typed.
  std::string_view pattern = e.get_msg();
  constexpr std::string_view kRemote = "REMOTE:";
  constexpr std::string_view kLead = "Wildcard ";
  if (pattern.starts_with(kRemote)) pattern.remove_prefix(kRemote.size());
  if (pattern.starts_with(kLead)) {
    pattern.remove_prefix(kLead.size());
    pattern = pattern.substr(0, pattern.find(' '));
    if (pattern.starts_with(schema::kTextPrefix)) pattern.remove_prefix(schema::kTextPrefix.size());
  } else {
    pattern = {};
  }
  return wildcard_error_message(pattern, limit);
}

std::string wildcard_error_message(std::string_view pattern, Xapian::termcount limit) {
  if (pattern.empty()) pattern = "*";
  return fmt::format(
      "the wildcard '{}' matches more than {} words; type more of the word before the '*'", pattern,
      limit);
}

}  // namespace ombud
