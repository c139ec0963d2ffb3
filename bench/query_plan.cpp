#include "query_plan.hpp"

#include <fstream>
#include <stdexcept>

namespace ombud::bench {

std::vector<PlannedQuery> read_plan(const std::string& path) {
  std::ifstream in(path);
  if (!in) throw std::runtime_error(path + ": cannot open");
  std::vector<PlannedQuery> plan;
  std::string line;
  std::size_t number = 0;
  while (std::getline(in, line)) {
    if (++number == 1 || line.empty()) continue;
    std::vector<std::string> cols;
    std::size_t start = 0;
    for (std::size_t tab; (tab = line.find('\t', start)) != std::string::npos; start = tab + 1)
      cols.push_back(line.substr(start, tab - start));
    cols.push_back(line.substr(start));
    if (cols.size() != 7)
      throw std::runtime_error(path + ":" + std::to_string(number) +
                               ": expected 7 tab-separated columns, found " +
                               std::to_string(cols.size()));
    if (cols[3] != "relevance" && cols[3] != "date")
      throw std::runtime_error(path + ":" + std::to_string(number) +
                               ": sort must be 'relevance' or 'date', not '" + cols[3] + "'");
    plan.push_back({cols[0], cols[1], cols[2], cols[3] == "date", cols[4], cols[5], cols[6]});
  }
  return plan;
}

}  // namespace ombud::bench
