// Reading expected-facts files.
#include "expected_facts.hpp"

#include <cmath>
#include <fstream>
#include <sstream>

namespace ombud::test {

std::vector<ExpectedLine> read_expected(const std::filesystem::path& path) {
  std::ifstream in(path);
  std::vector<ExpectedLine> out;
  std::string line;
  while (std::getline(in, line)) {
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    nlohmann::json j = nlohmann::json::parse(line);
    out.push_back({j.at("file").get<std::string>(), std::move(j)});
  }
  return out;
}

std::vector<Pence> pence_list(const nlohmann::json& amounts) {
  std::vector<Pence> out;
  for (const auto& a : amounts) {
    out.push_back(a.is_number_integer() ? a.get<Pence>() * 100
                                        : static_cast<Pence>(std::llround(a.get<double>() * 100)));
  }
  return out;
}

}  // namespace ombud::test
