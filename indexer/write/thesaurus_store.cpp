#include "write/thesaurus_store.hpp"

#include <fmt/format.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "analyzer.hpp"
#include "thesaurus.hpp"

namespace ombud {
namespace {

// Bump when the record or the remembered entries change shape.
constexpr int kRecordFormat = 1;

std::string read_file(const std::string& name) {
  std::error_code ec;
  if (std::filesystem::is_directory(name, ec))
    throw ThesaurusFileError(fmt::format("cannot read the synonyms file {}: it is a folder", name));
  std::ifstream in(name, std::ios::binary);
  if (!in) {
    throw ThesaurusFileError(
        fmt::format("cannot read the synonyms file {}: {}", name, std::strerror(errno)));
  }
  std::ostringstream text;
  text << in.rdbuf();
  if (in.bad())
    throw ThesaurusFileError(fmt::format("cannot read the synonyms file {}: read error", name));
  return text.str();
}

// The user's entries as the database keeps them: [{"name": FILE, "lines": "..."}], or empty.
std::string remembered_json(const Thesaurus& thesaurus) {
  nlohmann::ordered_json files = nlohmann::ordered_json::array();
  for (std::size_t i = 1; i < thesaurus.sources().size(); ++i) {
    const ThesaurusSource& s = thesaurus.sources()[i];
    files.push_back({{"name", s.name}, {"lines", s.loaded_lines}});
  }
  return files.empty() ? std::string() : files.dump();
}

std::string record_json(const Thesaurus& thesaurus) {
  nlohmann::ordered_json sources = nlohmann::ordered_json::array();
  for (const ThesaurusSource& s : thesaurus.sources())
    sources.push_back({{"name", s.name}, {"entries", s.entries}});
  return nlohmann::ordered_json{{"format", kRecordFormat},
                                {"fingerprint", fmt::format("{:016x}", thesaurus.fingerprint())},
                                {"entries", thesaurus.entries()},
                                {"keys", thesaurus.synonyms().size()},
                                {"sources", sources}}
      .dump();
}

void write_table(Xapian::WritableDatabase& db, const SynonymTable& table) {
  std::vector<std::string> old_keys;
  for (auto it = db.synonym_keys_begin(); it != db.synonym_keys_end(); ++it)
    old_keys.push_back(*it);
  for (const std::string& key : old_keys) db.clear_synonyms(key);
  for (const auto& [key, values] : table) {
    for (const std::string& value : values) db.add_synonym(key, value);
  }
}

}  // namespace

ThesaurusStore::ThesaurusStore(const ThesaurusOptions& options)
    : forget_(options.forget_user_files) {
  for (const std::string& name : options.files) files_.push_back({name, read_file(name)});
}

ThesaurusSummary ThesaurusStore::install(
    ShardSet& shards, const std::function<void(const std::string&)>& report) const {
  Analyzer analyzer;
  Thesaurus thesaurus;
  thesaurus.add(shipped_thesaurus(), kShippedThesaurusName, analyzer);
  // The shipped file's own problems are the tests' to catch (thesaurus_test.cpp), not the user's.
  const std::size_t shipped_diagnostics = thesaurus.diagnostics().size();

  ThesaurusSummary summary;
  if (!files_.empty()) {
    for (const UserFile& f : files_) thesaurus.add(f.text, f.name, analyzer);
    for (std::size_t i = shipped_diagnostics; i < thesaurus.diagnostics().size(); ++i) {
      const ThesaurusDiagnostic& d = thesaurus.diagnostics()[i];
      if (d.error) ++summary.errors;
      report(d.text());
    }
  } else if (!forget_) {
    // No --synonyms: keep the user's entries this database was given before. They loaded then,
    // and what they said about themselves was shown then.
    const std::string kept =
        shards.databases().front().get_metadata(std::string(kUserThesaurusKey));
    const auto files = nlohmann::json::parse(kept, nullptr, false);
    if (!kept.empty() && (files.is_discarded() || !files.is_array())) {
      report(
          fmt::format("{}: warning: the --synonyms entries the database keeps ({}) cannot be "
                      "read; give --synonyms again to load them",
                      shards.paths().front(), kUserThesaurusKey));
    } else if (!kept.empty()) {
      for (const auto& f : files) {
        if (f.contains("name") && f.contains("lines") && f["name"].is_string() &&
            f["lines"].is_string()) {
          thesaurus.add(f["lines"].get<std::string>(), f["name"].get<std::string>(), analyzer);
        }
      }
    }
  }

  summary.entries = thesaurus.entries();
  summary.user_entries = summary.entries - thesaurus.sources().front().entries;
  summary.keys = thesaurus.synonyms().size();
  const std::string record = record_json(thesaurus);
  const std::string remembered = remembered_json(thesaurus);
  for (std::size_t i = 0; i < shards.size(); ++i) {
    const Xapian::Database& current = shards.databases()[i];
    if (current.get_metadata(std::string(kThesaurusKey)) == record &&
        current.get_metadata(std::string(kUserThesaurusKey)) == remembered)
      continue;
    // database() opens the shard's batch: the table and its record commit with it, or not at all.
    Xapian::WritableDatabase& db = shards.writer(i).database();
    write_table(db, thesaurus.synonyms());
    db.set_metadata(std::string(kThesaurusKey), record);
    db.set_metadata(std::string(kUserThesaurusKey), remembered);
    summary.rewritten = true;
  }
  return summary;
}

}  // namespace ombud
