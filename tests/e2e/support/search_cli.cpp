#include "search_cli.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

namespace ombud::test {

IndexedDb::IndexedDb(const std::vector<std::filesystem::path>& inputs)
    : path_((dir_.path() / "e2e.db").string()) {
  std::string command = shell_quote(OMBUD_INDEX_BIN) + " --db " + shell_quote(path_);
  for (const auto& p : inputs) command += " " + shell_quote(p.string());
  const CommandResult r = run_command(command);
  INFO(command << "\n" << r.err);
  REQUIRE(r.exit_code == 0);
}

CommandResult run_search(const std::string& db, const std::vector<std::string>& args,
                         const std::string& env) {
  std::string command = env.empty() ? "" : env + " ";
  command += shell_quote(OMBUD_SEARCH_BIN);
  if (!db.empty()) command += " --db " + shell_quote(db);
  for (const std::string& a : args) command += " " + shell_quote(a);
  return run_command(command);
}

std::set<std::string> json_case_refs(const std::string& out) {
  std::set<std::string> refs;
  std::size_t start = 0;
  for (std::size_t nl; (nl = out.find('\n', start)) != std::string::npos; start = nl + 1) {
    const auto j = nlohmann::json::parse(out.substr(start, nl - start));
    if (j.contains("case_ref")) refs.insert(j["case_ref"].get<std::string>());
  }
  return refs;
}

std::filesystem::path search_fixtures() {
  return std::filesystem::path(OMBUD_SOURCE_DIR) / "tests" / "fixtures" / "search";
}

}  // namespace ombud::test
