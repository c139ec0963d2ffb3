#include "result_compare.hpp"

#include <algorithm>
#include <catch2/catch.hpp>
#include <cmath>
#include <iterator>
#include <nlohmann/json.hpp>
#include <sstream>
#include <stdexcept>

#include "csv_reader.hpp"

namespace ombud::test {
namespace {

// The same statistics give the same score; allow for the last bits of a sum taken in another
// order.
bool same_score(double a, double b) {
  return std::fabs(a - b) <= 1e-9 * std::max(1.0, std::fabs(a));
}

std::string text_of(const nlohmann::json& v) {
  if (v.is_null()) return "";
  if (v.is_string()) return v.get<std::string>();
  return v.dump();
}

// `paid` sorts as a number: pad it so that the key compares like one in messages.
std::string sort_key(const nlohmann::json& hit, Sort sort) {
  switch (sort) {
    case Sort::kRelevance:
      return "";
    case Sort::kNewest:
    case Sort::kOldest:
      return text_of(hit.at("decision_date"));
    case Sort::kPaid:
      return text_of(hit.at("paid")) + " " + text_of(hit.at("decision_date"));
  }
  return "";
}

// The index stamps of a hit: when each copy was indexed, not what the search found (one database
// and its shards are built by different runs).
template <typename Json>
void erase_stamps(Json& hit) {
  hit.erase("added");
  hit.erase("changed");
}

PrintedHit printed_hit(nlohmann::json hit, Sort sort) {
  PrintedHit h;
  h.key = sort_key(hit, sort);
  const nlohmann::json& score = hit.at("score");
  h.score = score.is_string() ? std::stod(score.get<std::string>()) : score.get<double>();
  hit.erase("rank");
  hit.erase("score");
  erase_stamps(hit);
  h.fields = hit.dump();
  return h;
}

struct TieGroup {
  std::string key;
  double score = 0;
  std::vector<std::string> members;  // sorted
  std::size_t first_rank = 0;
};

std::vector<TieGroup> tie_groups(const std::vector<PrintedHit>& hits) {
  std::vector<TieGroup> groups;
  for (std::size_t i = 0; i < hits.size(); ++i) {
    const PrintedHit& h = hits[i];
    if (groups.empty() || groups.back().key != h.key || groups.back().score != h.score)
      groups.push_back({h.key, h.score, {}, i + 1});
    groups.back().members.push_back(h.fields);
  }
  for (TieGroup& g : groups) std::sort(g.members.begin(), g.members.end());
  return groups;
}

}  // namespace

std::string sort_name(Sort sort) {
  switch (sort) {
    case Sort::kRelevance:
      return "relevance";
    case Sort::kNewest:
      return "newest";
    case Sort::kOldest:
      return "oldest";
    case Sort::kPaid:
      return "paid";
  }
  return "";
}

JsonOutput parse_json_output(const std::string& out, Sort sort) {
  JsonOutput parsed;
  std::istringstream lines(out);
  for (std::string line; std::getline(lines, line);) {
    nlohmann::json j = nlohmann::json::parse(line);
    if (j.contains("rank"))
      parsed.hits.push_back(printed_hit(std::move(j), sort));
    else
      parsed.summary = comparable_summary(line);
  }
  return parsed;
}

std::string comparable_summary(const std::string& line) {
  nlohmann::ordered_json j = nlohmann::ordered_json::parse(line);
  j.erase("suggestion_unavailable");
  if (j.contains("relaxed") && j["relaxed"].contains("best")) {
    for (auto& hit : j["relaxed"]["best"]["hits"]) erase_stamps(hit);
  }
  return j.dump();
}

std::string without_index_stamps(const std::string& json_lines) {
  std::string out;
  std::istringstream lines(json_lines);
  for (std::string line; std::getline(lines, line);) {
    nlohmann::ordered_json j = nlohmann::ordered_json::parse(line);
    if (j.contains("rank")) erase_stamps(j);
    if (j.contains("relaxed") && j["relaxed"].contains("best")) {
      for (auto& hit : j["relaxed"]["best"]["hits"]) erase_stamps(hit);
    }
    out += j.dump() + "\n";
  }
  return out;
}

std::vector<PrintedHit> parse_csv_output(const std::string& out, Sort sort) {
  const auto rows = parse_csv(out);
  std::vector<PrintedHit> hits;
  if (rows.empty()) return hits;
  const std::vector<std::string>& header = rows.front();
  for (std::size_t r = 1; r < rows.size(); ++r) {
    if (rows[r].size() != header.size())
      throw std::runtime_error("CSV row " + std::to_string(r) + " has another number of fields");
    nlohmann::json hit = nlohmann::json::object();
    for (std::size_t c = 0; c < header.size(); ++c) hit[header[c]] = rows[r][c];
    if (hit["decision_date"] == "") hit["decision_date"] = nullptr;
    hits.push_back(printed_hit(std::move(hit), sort));
  }
  return hits;
}

std::string hits_difference(const std::vector<PrintedHit>& single,
                            const std::vector<PrintedHit>& sharded) {
  if (single.size() != sharded.size()) {
    return "one database printed " + std::to_string(single.size()) + " hits, the shards " +
           std::to_string(sharded.size());
  }
  const auto a = tie_groups(single);
  const auto b = tie_groups(sharded);
  for (std::size_t i = 0; i < std::min(a.size(), b.size()); ++i) {
    const std::string at = "at rank " + std::to_string(a[i].first_rank) + ": ";
    if (a[i].key != b[i].key) return at + "sort key '" + a[i].key + "' != '" + b[i].key + "'";
    if (!same_score(a[i].score, b[i].score)) {
      std::ostringstream s;
      s.precision(17);
      s << at << "score " << a[i].score << " != " << b[i].score;
      return s.str();
    }
    if (a[i].members != b[i].members) {
      std::vector<std::string> only_a, only_b;
      std::set_difference(a[i].members.begin(), a[i].members.end(), b[i].members.begin(),
                          b[i].members.end(), std::back_inserter(only_a));
      std::set_difference(b[i].members.begin(), b[i].members.end(), a[i].members.begin(),
                          a[i].members.end(), std::back_inserter(only_b));
      return at + "the " + std::to_string(a[i].members.size()) + " hits that tie differ; " +
             "only on one database: " + (only_a.empty() ? "(none)" : only_a.front()) +
             "\nonly on the shards: " + (only_b.empty() ? "(none)" : only_b.front());
    }
  }
  if (a.size() != b.size()) return "the hits tie in other groups";
  return "";
}

std::string order_difference(const std::vector<PrintedHit>& single,
                             const std::vector<PrintedHit>& sharded) {
  if (single.size() != sharded.size()) {
    return "one database printed " + std::to_string(single.size()) + " hits, the shards " +
           std::to_string(sharded.size());
  }
  for (std::size_t i = 0; i < single.size(); ++i) {
    if (single[i].fields != sharded[i].fields || !same_score(single[i].score, sharded[i].score)) {
      return "at rank " + std::to_string(i + 1) + ": one database printed " + single[i].fields +
             "\nthe shards " + sharded[i].fields;
    }
  }
  return "";
}

bool has_no_ties(const std::vector<PrintedHit>& hits) {
  for (std::size_t i = 1; i < hits.size(); ++i)
    if (hits[i].key == hits[i - 1].key && hits[i].score == hits[i - 1].score) return false;
  return true;
}

void check_one_error_line(const CommandResult& r, const std::string& wanted) {
  INFO("stderr: " << r.err);
  CHECK(r.exit_code == 2);
  CHECK(r.out.empty());
  CHECK(r.err.starts_with("ombud-search: error: "));
  CHECK(r.err.find(wanted) != std::string::npos);
  CHECK(r.err.find('\n') == r.err.size() - 1);
}

}  // namespace ombud::test
