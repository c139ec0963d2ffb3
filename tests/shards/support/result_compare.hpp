// Comparing what ombud-search printed for one database with what it printed for the same
// decisions split into shards. Totals, facet counts and snippets must be identical. The relevance
// order is compared exactly: its ties go newest first, then by case reference, on every view. The
// date and paid orders are compared up to ties: Xapian breaks their ties (equal sort key and equal
// score) by document id, and a sharded database numbers its documents differently (shard i's
// document n is n*N - N + i + 1), so hits that tie there may come in another order, while
// everything around them may not.
#pragma once

#include <string>
#include <vector>

#include "run_command.hpp"

namespace ombud::test {

// Every facet field, for --facets: what the comparisons count.
inline const std::string kAllFacets =
    "council,outcome,category,subcategory,year,remedy,legislation,type,source,ofsted,cqc";

enum class Sort { kRelevance, kNewest, kOldest, kPaid };

// "relevance", "newest", "oldest", "paid": the --sort value.
std::string sort_name(Sort sort);

// One hit as printed: its fields without rank and score, the key it was sorted by, its score.
struct PrintedHit {
  std::string fields;  // the hit's other fields, serialised: equal means the same hit, same snippet
  std::string key;     // the sort key: "" for relevance, the date, or paid and date
  double score = 0;
};

// A JSON summary line without what differs between one database and its shards but is not a
// result: the note that remote shards have no spelling data to suggest from, which only a
// database with remote shards prints (synonyms_spelling_test.cpp checks it), and the index stamps
// of a relaxed match's hits.
std::string comparable_summary(const std::string& line);

// ombud-search's JSON lines without the index stamps (added, changed) of every hit, the relaxed
// match's included, for comparing the output of one database with its shards' byte for byte.
std::string without_index_stamps(const std::string& json_lines);

// The hits of --json output, and its summary line (total and facet counts), without that note.
struct JsonOutput {
  std::vector<PrintedHit> hits;
  std::string summary;
};
JsonOutput parse_json_output(const std::string& out, Sort sort);

// The rows of --csv output (without the header).
std::vector<PrintedHit> parse_csv_output(const std::string& out, Sort sort);

// Empty when `sharded` lists the same hits as `single` in the same order up to ties, else the
// first difference, for the test's message.
std::string hits_difference(const std::vector<PrintedHit>& single,
                            const std::vector<PrintedHit>& sharded);

// Empty when `sharded` lists the same hits as `single` in exactly the same order, ties included,
// else the first difference.
std::string order_difference(const std::vector<PrintedHit>& single,
                             const std::vector<PrintedHit>& sharded);

// True when no two neighbouring hits tie, so the order is the same whatever the shards.
bool has_no_ties(const std::vector<PrintedHit>& hits);

// ombud-search failed as a user should see it: exit 2, nothing on stdout, one stderr line
// "ombud-search: error: ..." containing `wanted`.
void check_one_error_line(const CommandResult& r, const std::string& wanted);

}  // namespace ombud::test
