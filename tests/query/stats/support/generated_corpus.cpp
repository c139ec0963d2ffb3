#include "generated_corpus.hpp"

#include <catch2/catch.hpp>
#include <cmath>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "run_command.hpp"

namespace ombud::test {
namespace {

using schema::FieldId;

std::vector<std::string> string_or_none(const nlohmann::json& j) {
  if (j.is_null() || j.get<std::string>().empty()) return {};
  return {j.get<std::string>()};
}

PlantedDecision read_facts(const nlohmann::json& j) {
  PlantedDecision d;
  d.values[FieldId::kOrganisation] = string_or_none(j.at("organisation"));
  d.values[FieldId::kCategory] = string_or_none(j.at("category"));
  d.values[FieldId::kSubcategory] = string_or_none(j.at("subcategory"));
  d.values[FieldId::kOutcome] = string_or_none(j.at("outcome"));
  d.values[FieldId::kOfsted] = {j.at("ofsted_shared").get<bool>() ? "yes" : "no"};
  d.values[FieldId::kCqc] = {j.at("cqc_shared").get<bool>() ? "yes" : "no"};
  d.values[FieldId::kDocType] = string_or_none(j.at("doc_type"));
  d.values[FieldId::kRemedy] = j.at("remedies").get<std::vector<std::string>>();
  d.values[FieldId::kLegislation] = j.at("legislation").get<std::vector<std::string>>();
  d.values[FieldId::kSource] = string_or_none(j.at("source"));
  const auto date = string_or_none(j.at("decision_date"));
  d.values[FieldId::kYear] = date.empty() ? std::vector<std::string>{}
                                          : std::vector<std::string>{date.front().substr(0, 4)};
  d.outcome = j.at("outcome").get<std::string>();
  d.paid = std::llround(j.at("paid").get<double>() * 100.0);
  return d;
}

}  // namespace

GeneratedCorpus::GeneratedCorpus(int seed, int count) {
  const std::string corpus = (dir_ / "corpus").string();
  const std::string single = (dir_ / "single.db").string();
  const std::string sharded = (dir_ / "sharded.db").string();
  const CommandResult gen =
      run_command(shell_quote(OMBUD_GEN_BIN) + " --seed " + std::to_string(seed) + " --count " +
                  std::to_string(count) + " --out " + shell_quote(corpus));
  INFO(gen.err);
  REQUIRE(gen.exit_code == 0);
  for (const auto& [db, extra] :
       {std::pair<std::string, std::string>{single, ""}, {sharded, " --shards 2"}}) {
    const CommandResult r = run_command(shell_quote(OMBUD_INDEX_BIN) + " --quiet --db " +
                                        shell_quote(db) + extra + " " + shell_quote(corpus));
    INFO(r.out << r.err);
    REQUIRE(r.exit_code == 0);
  }
  // Both in case-reference order, so that the two lists line up.
  std::map<std::string, PlantedDecision> extracted, planted_facts;
  const CommandResult extract =
      run_command(shell_quote(OMBUD_INDEX_BIN) + " --extract " + shell_quote(corpus));
  REQUIRE(extract.exit_code == 0);
  std::istringstream lines(extract.out);
  for (std::string line; std::getline(lines, line);) {
    const auto j = nlohmann::json::parse(line);
    extracted[j.at("case_ref").get<std::string>()] = read_facts(j);
  }
  std::ifstream in(dir_ / "corpus" / "facts.jsonl");
  for (std::string line; std::getline(in, line);) {
    const auto j = nlohmann::json::parse(line);
    planted_facts[j.at("case_ref").get<std::string>()] = read_facts(j);
  }
  REQUIRE(extracted.size() == static_cast<std::size_t>(count));
  REQUIRE(planted_facts.size() == extracted.size());
  for (const auto& [ref, d] : extracted) {
    facts_.push_back(d);
    REQUIRE(planted_facts.count(ref) == 1);
    planted_.push_back(planted_facts.at(ref));
  }

  std::string stub;
  for (const char* shard : {"shard-00", "shard-01"}) {
    servers_.push_back(std::make_unique<TcpServer>(sharded + "/" + shard));
    stub += "remote " + servers_.back()->address() + "\n";
  }
  write_file(dir_ / "remote.stub", stub);
  views_ = {{"one database", single},
            {"local shards", sharded},
            {"remote shards", (dir_ / "remote.stub").string()}};
}

const GeneratedCorpus& generated_corpus() {
  static const GeneratedCorpus corpus(15, 300);
  return corpus;
}

}  // namespace ombud::test
