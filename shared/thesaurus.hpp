// The field's vocabulary as Xapian synonyms: a thesaurus file (the shipped one,
// shared/thesaurus/ombud-thesaurus.txt, and any the user adds) read into the synonym table the
// indexer writes into the database, normalised by the one analyzer so that every key is what
// QueryParser looks up and every value is what the index holds.
//
// The file: one concept a line, '#' starts a comment. Forms separated by commas are equivalent,
// each finds the others ("EHCP, EHC plan, Education Health and Care Plan"); "KEYS => FORMS" is
// one way, the keys find the forms ("DP => direct payments, direct payment"). A form holds no
// comma.
//
// The table, as Xapian 1.4's QueryParser reads it (queryparser.lemony; checked by
// tests/shared/thesaurus_test.cpp against a real QueryParser):
// - A one-word form is the key 'Z' + its index term ("ZZehcp"): with FLAG_AUTO_SYNONYMS the parser
//   looks up 'Z' + prefix + stem when the unstemmed "Z" + word has no synonyms, and our free-text
//   prefix is Z. Any inflection the stemmer joins ("EHCPs") finds the same entry.
// - A form of several words is the key of its words as the parser names them, lower-case and
//   unstemmed, joined by single spaces ("ehc plan"), which FLAG_AUTO_MULTIWORD_SYNONYMS matches
//   against consecutive words of the query; the other spelling of an -ise/-ize word gets its key
//   too. The words must be typed as a group: a hyphen ("anti-social") makes the parser read a
//   phrase, which it does not look up.
// - A value is the index terms of a form, joined by single spaces: one term ("Zehcp") is a term
//   the parser can use as it is; several ("Zeduc Zhealth Zand Zcare Zplan") are a phrase, which
//   Xapian 1.4 cannot expand a word into by itself, so the query side has to turn such a value
//   into OP_PHRASE (a term never holds a space, so there is no ambiguity).
// Xapian 1.4's remote backend serves no synonyms (a shard behind xapian-tcpsrv lists none), so
// over remote shards the parser finds nothing to expand.
#pragma once

#include <cstddef>
#include <cstdint>
#include <map>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "analyzer.hpp"

namespace ombud {

// The shipped thesaurus, compiled into the program, and the name its diagnostics give it.
std::string_view shipped_thesaurus();
inline constexpr std::string_view kShippedThesaurusName = "shared/thesaurus/ombud-thesaurus.txt";

// Synonym key -> synonym values, as written into the database.
using SynonymTable = std::map<std::string, std::set<std::string>>;

// A problem with one line: "FILE:LINE: error: reason". An error line is skipped; a warning
// line is loaded.
struct ThesaurusDiagnostic {
  std::string file;
  std::size_t line = 0;
  bool error = true;
  std::string reason;

  std::string text() const;
};

// What one file gave.
struct ThesaurusSource {
  std::string name;
  std::size_t entries = 0;  // lines loaded
  // The lines loaded, as written, one a line: what the database keeps to rebuild the table
  // without the file (thesaurus_store.hpp).
  std::string loaded_lines;
};

class Thesaurus {
 public:
  // Reads `text` (the contents of the file `name`) and adds its entries to the table; a bad line
  // is reported in diagnostics() and skipped, and the rest load.
  void add(std::string_view text, std::string_view name, Analyzer& analyzer);

  const SynonymTable& synonyms() const { return table_; }
  const std::vector<ThesaurusDiagnostic>& diagnostics() const { return diagnostics_; }
  const std::vector<ThesaurusSource>& sources() const { return sources_; }
  std::size_t entries() const;
  std::size_t synonym_pairs() const;

  // A hash of the table (FNV-1a over every key and value): equal tables, equal fingerprints, so
  // an index run can tell that the database already holds this table. Comments and the order of
  // lines do not change it; a new stemmer that changes a term does.
  std::uint64_t fingerprint() const;

 private:
  struct Form {
    std::string text;               // as written
    std::vector<std::string> keys;  // its synonym keys
    std::string value;              // its index terms, joined by spaces
  };

  // Parses one form, or returns the reason it cannot be used.
  std::string read_form(std::string_view text, Analyzer& analyzer, Form& out) const;
  void report(std::string_view name, std::size_t line, bool error, std::string reason);

  SynonymTable table_;
  std::vector<ThesaurusDiagnostic> diagnostics_;
  std::vector<ThesaurusSource> sources_;
  // Each two-way form's value -> where it was first listed, to warn when a form is in two
  // entries (its searches then find both concepts).
  std::map<std::string, std::string> two_way_seen_;
};

}  // namespace ombud
