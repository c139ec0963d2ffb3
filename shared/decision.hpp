// What ombud knows about one decision: the facts extraction found and the cleaned text. The
// indexer fills it, the document builder stores it, the query side reads it back for display.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace ombud {

// A pound amount, held in pence so that £5384.99 and £250.00 are exact.
using Pence = long long;

struct Section {
  std::string name;  // the heading as printed ("Agreed action", "What I found", ...)
  std::string text;  // the section's body, furniture removed
};

struct Decision {
  std::string source;        // the extraction profile that read it: "lgsco", "housing"
  std::string organisation;  // the body complained about, as in the title line
  std::string case_ref;      // canonical NN-NNN-NNN (LGSCO) or the source's own form
  std::string doc_type;      // "decision" or "report"
  std::optional<std::string> category;
  std::optional<std::string> subcategory;
  std::string outcome;         // slug: upheld, not-upheld, closed-after-initial-enquiries, unknown
  std::string outcome_source;  // "stated", "inferred" or "unknown"
  std::optional<std::string> decision_date;  // ISO YYYY-MM-DD
  bool ofsted_shared = false;
  bool cqc_shared = false;
  std::vector<Pence> amounts;          // every distinct amount mentioned, ascending
  std::vector<Pence> remedy_payments;  // the remedy's amounts, ascending
  std::vector<std::string> remedies;   // remedy kinds, sorted, distinct
  // Where the remedy was read: "sections" (the remedy sections), "summary" (the Summary's
  // statement of what was agreed or recommended, when no remedy section states one), or
  // nullopt when the decision states no remedy.
  std::optional<std::string> remedy_source;
  std::vector<std::string> legislation;  // statutes cited, normalised, sorted, distinct

  std::string path;  // the file it was indexed from (absolute), or empty (--extract, tests)
  // When it was first indexed and last changed: index stamps (index_stamp.hpp) read from the
  // added and changed value slots by the query side; empty elsewhere. Not in the stored data.
  std::string added, changed;

  std::string title;              // the title line as printed (not repeated in text)
  std::vector<Section> sections;  // in document order; the first may have an empty name
  std::string text;               // the cleaned text after the title, for indexing and display
  // Where the Summary's own words start in `text` (after its heading), when it has one. Stored,
  // since sections are not: a listing of filters only shows the Summary, not the metadata block.
  std::optional<std::size_t> summary_at;

  Pence paid() const {
    Pence total = 0;
    for (Pence p : remedy_payments) total += p;
    return total;
  }
};

}  // namespace ombud
