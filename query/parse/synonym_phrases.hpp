// The database's synonyms in a parsed query, made searchable. With FLAG_AUTO_SYNONYMS Xapian 1.4's
// QueryParser puts each synonym value it finds in the query as one term, but a value of several
// words is stored as its index terms joined by spaces (thesaurus.hpp: "Zehc Zplan"), a term no
// document holds: the parser cannot expand a word into a phrase by itself. This turns each such
// term into the OP_PHRASE of its words, so "EHCP" finds "EHC plan", and the snippet maker (which
// marks the query's terms) marks the phrase's words.
#pragma once

#include <xapian.h>

namespace ombud {

// `query` with every text term holding a space below an OP_SYNONYM made an OP_PHRASE of the
// space-separated terms (a filter's term may hold a space, and is left alone). Only
// the operators QueryParser puts around a synonym are rebuilt (AND, OR, AND_NOT, XOR, AND_MAYBE,
// FILTER, SYNONYM, MAX); every other part is kept as it is.
Xapian::Query expand_phrase_synonyms(const Xapian::Query& query);

}  // namespace ombud
