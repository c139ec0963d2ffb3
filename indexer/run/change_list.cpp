#include "run/change_list.hpp"

#include <fmt/format.h>

#include <cstdio>
#include <stdexcept>

#include "atomic_file.hpp"

namespace ombud {
namespace {

std::string list_text(const std::vector<ChangeEntry>& entries) {
  std::string out;
  for (const ChangeEntry& e : entries) out += change_json(e).dump() + '\n';
  return out;
}

}  // namespace

nlohmann::ordered_json change_json(const ChangeEntry& e) {
  return {{"case_ref", e.case_ref},
          {"action", e.action},
          {"path", e.path},
          {"organisation", e.organisation},
          {"outcome", e.outcome}};
}

std::string change_text(const ChangeEntry& e) {
  return fmt::format("{:<8} {}  {} ({})  {}", e.action, e.case_ref, e.organisation, e.outcome,
                     e.path);
}

void write_change_list(const std::string& target, const std::vector<ChangeEntry>& entries) {
  const std::string text = list_text(entries);
  if (target == "-") {
    std::fwrite(text.data(), 1, text.size(), stdout);
    std::fflush(stdout);
    return;
  }
  try {
    write_file_atomically(target, text);
  } catch (const std::runtime_error& e) {
    throw std::runtime_error(
        fmt::format("cannot write the change list {}; the decisions are committed", e.what()));
  }
}

}  // namespace ombud
