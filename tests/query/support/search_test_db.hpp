// A database of Decisions built in code, written with the real IndexWriter into a temporary
// folder: exact query-semantics tests that do not depend on extraction.
#pragma once

#include <xapian.h>

#include <set>
#include <string>
#include <vector>

#include "decision.hpp"
#include "temp_dir.hpp"

namespace ombud::test {

class SearchTestDb {
 public:
  explicit SearchTestDb(const std::vector<Decision>& decisions);

  const std::string& path() const { return path_; }
  Xapian::Database open() const;

 private:
  TempDir dir_;
  std::string path_;
};

// The seven fictional decisions of the query tests (see search_test_db.cpp for their facts).
std::vector<Decision> sample_decisions();

// `value` as Query::get_description() prints a value-range bound (bytes that are not printable
// UTF-8 escaped as \xNN), to build expected descriptions of paid: queries.
std::string described_value(const std::string& value);

// The case references of a result's hits, in rank order.
template <typename Hits>
std::vector<std::string> case_refs(const Hits& hits) {
  std::vector<std::string> out;
  for (const auto& h : hits) out.push_back(h.decision.case_ref);
  return out;
}

// The same, as a set, for tests of which decisions match rather than their order.
template <typename Hits>
std::set<std::string> case_ref_set(const Hits& hits) {
  std::set<std::string> out;
  for (const auto& h : hits) out.insert(h.decision.case_ref);
  return out;
}

}  // namespace ombud::test
