#include "alerts/alert_output.hpp"

#include <fmt/format.h>

#include "index_stamp.hpp"
#include "print/json_printer.hpp"

namespace ombud {

std::string format_alert_human(const SavedSearch& search, const AlertWindow& window,
                               const std::vector<AlertHit>& hits) {
  std::string since;
  if (!window.since.empty())
    since = " since " + window.since;
  else if (!window.after.empty())
    since = " since " + stamp_iso(window.after);
  std::string out;
  if (hits.empty())
    out = fmt::format("{}: nothing new{} (query: {})\n", search.name, since,
                      search.query.empty() ? "every decision" : search.query);
  else
    out = fmt::format("{}: {} new decision{}{} (query: {})\n", search.name, hits.size(),
                      hits.size() == 1 ? "" : "s", since,
                      search.query.empty() ? "every decision" : search.query);
  for (const AlertHit& h : hits) {
    const Decision& d = h.decision;
    out += fmt::format("  {:<8}  {}  {:<10}  {}  {}  {}\n", h.action, d.case_ref,
                       d.decision_date.value_or("(no date)"), d.organisation, d.outcome, d.path);
  }
  return out;
}

std::string format_alert_json(const SavedSearch& search, const std::vector<AlertHit>& hits) {
  std::string out;
  for (const AlertHit& h : hits) {
    Hit hit;
    hit.decision = h.decision;
    nlohmann::ordered_json line = {{"search", search.name}, {"action", h.action}};
    const nlohmann::ordered_json facts = hit_json(hit);
    for (const auto& [key, value] : facts.items()) {
      if (key == "rank" || key == "score" || key == "snippet" || key == "highlights") continue;
      line[key] = value;
    }
    out += line.dump() + '\n';
  }
  return out;
}

}  // namespace ombud
