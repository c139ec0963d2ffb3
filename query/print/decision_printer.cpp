#include "print/decision_printer.hpp"

#include <fmt/format.h>

#include "decision_json.hpp"
#include "decision_url.hpp"

namespace ombud {
namespace {

std::string joined(const std::vector<std::string>& values) {
  std::string out;
  for (const std::string& v : values) out += (out.empty() ? "" : ", ") + v;
  return out.empty() ? "none" : out;
}

std::string pounds_list(const std::vector<Pence>& amounts) {
  std::string out;
  for (Pence p : amounts) out += (out.empty() ? "" : ", ") + format_pounds(p);
  return out.empty() ? "none" : out;
}

}  // namespace

std::string format_decision(const Decision& d, const Style& style) {
  const std::pair<std::string_view, std::string> rows[] = {
      {"case", d.case_ref},
      {"organisation", d.organisation},
      {"type", d.doc_type},
      {"source", d.source},
      {"category", d.category.value_or("none")},
      {"subcategory", d.subcategory.value_or("none")},
      {"outcome",
       d.outcome_source.empty() ? d.outcome : fmt::format("{} ({})", d.outcome, d.outcome_source)},
      {"date", d.decision_date.value_or("none")},
      {"ofsted", d.ofsted_shared ? "yes" : "no"},
      {"cqc", d.cqc_shared ? "yes" : "no"},
      {"remedies", joined(d.remedies)},
      {"legislation", joined(d.legislation)},
      {"paid", format_pounds(d.paid())},
      {"remedy payments", pounds_list(d.remedy_payments)},
      {"amounts", pounds_list(d.amounts)},
      {"path", d.path.empty() ? "unknown" : d.path},
      {"url", decision_url(d).value_or("none")},
  };
  std::string out = style.bold(d.title.empty() ? d.case_ref : d.title) + "\n\n";
  for (const auto& [name, value] : rows) out += fmt::format("{:<16} {}\n", name, value);
  out += '\n';
  out += d.text;
  if (!d.text.empty() && d.text.back() != '\n') out += '\n';
  return out;
}

std::string format_decision_json(const Decision& d) {
  nlohmann::ordered_json j = stored_json(d);
  const std::optional<std::string> url = decision_url(d);
  j["url"] = url ? nlohmann::ordered_json(*url) : nlohmann::ordered_json();
  return j.dump() + '\n';
}

}  // namespace ombud
