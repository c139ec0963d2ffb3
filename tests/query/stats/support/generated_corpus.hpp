// A corpus written by the real ombud-gen (with the facts it planted, facts.jsonl) and indexed by
// the real ombud-index into one database and into two shards, the shards also served by
// xapian-tcpsrv behind a stub of `remote` lines: what the brute-force statistics test reads. The
// facts counted are those `ombud-index --extract` prints, which is what the databases hold; the
// planted facts are kept too, to check that the two agree.
#pragma once

#include <map>
#include <memory>
#include <string>
#include <vector>

#include "decision.hpp"
#include "schema.hpp"
#include "tcp_server.hpp"
#include "temp_dir.hpp"

namespace ombud::test {

// One line of facts.jsonl or of --extract's output, as the statistics need it.
struct PlantedDecision {
  // Each facet field's values ("yes"/"no" for ofsted and cqc; the year of the decision date;
  // several for remedy and legislation); an empty list when the decision has none.
  std::map<schema::FieldId, std::vector<std::string>> values;
  std::string outcome;
  Pence paid = 0;
  bool operator==(const PlantedDecision&) const = default;
};

class GeneratedCorpus {
 public:
  GeneratedCorpus(int seed, int count);  // REQUIREs generation, indexing and the servers

  // What ombud-index --extract found, in file order: what the statistics must count.
  const std::vector<PlantedDecision>& facts() const { return facts_; }
  // What ombud-gen planted (facts.jsonl), in the same order.
  const std::vector<PlantedDecision>& planted() const { return planted_; }
  // The same decisions opened every way: {name, path} for one database, local shards, remote.
  const std::vector<std::pair<std::string, std::string>>& views() const { return views_; }

 private:
  TempDir dir_;
  std::vector<PlantedDecision> facts_;
  std::vector<PlantedDecision> planted_;
  std::vector<std::pair<std::string, std::string>> views_;
  std::vector<std::unique_ptr<TcpServer>> servers_;
};

// The corpus the test cases of one process share (CTest runs each case in its own process).
const GeneratedCorpus& generated_corpus();

}  // namespace ombud::test
