#include "decision_json.hpp"

#include <cmath>

#include "summary_start.hpp"

namespace ombud {
namespace {

nlohmann::ordered_json optional_string(const std::optional<std::string>& s) {
  return s ? nlohmann::ordered_json(*s) : nlohmann::ordered_json(nullptr);
}

std::optional<std::string> read_optional(const nlohmann::ordered_json& j, const char* key) {
  if (!j.contains(key) || j.at(key).is_null()) return std::nullopt;
  return j.at(key).get<std::string>();
}

nlohmann::ordered_json amounts_json(const std::vector<Pence>& amounts) {
  nlohmann::ordered_json out = nlohmann::ordered_json::array();
  for (Pence p : amounts) out.push_back(pounds_json(p));
  return out;
}

std::vector<Pence> read_amounts(const nlohmann::ordered_json& j, const char* key) {
  std::vector<Pence> out;
  if (!j.contains(key)) return out;
  for (const auto& a : j.at(key)) {
    out.push_back(a.is_number_integer() ? a.get<Pence>() * 100
                                        : static_cast<Pence>(std::llround(a.get<double>() * 100)));
  }
  return out;
}

}  // namespace

nlohmann::ordered_json pounds_json(Pence pence) {
  if (pence % 100 == 0) return pence / 100;
  return static_cast<double>(pence) / 100.0;
}

nlohmann::ordered_json facts_json(const Decision& d) {
  return {
      {"source", d.source},
      {"organisation", d.organisation},
      {"case_ref", d.case_ref},
      {"doc_type", d.doc_type},
      {"category", optional_string(d.category)},
      {"subcategory", optional_string(d.subcategory)},
      {"outcome", d.outcome},
      {"outcome_source", d.outcome_source},
      {"decision_date", optional_string(d.decision_date)},
      {"ofsted_shared", d.ofsted_shared},
      {"cqc_shared", d.cqc_shared},
      {"amounts", amounts_json(d.amounts)},
      {"remedy_payments", amounts_json(d.remedy_payments)},
      {"paid", pounds_json(d.paid())},
      {"remedies", d.remedies},
      {"remedy_source", optional_string(d.remedy_source)},
      {"legislation", d.legislation},
  };
}

nlohmann::ordered_json stored_json(const Decision& d) {
  nlohmann::ordered_json j = facts_json(d);
  j["path"] = d.path;
  // A decision read back keeps its offset; one just extracted finds it from its sections.
  const std::optional<std::size_t> summary_at = d.summary_at ? d.summary_at : find_summary_start(d);
  j["summary_at"] = summary_at ? nlohmann::ordered_json(*summary_at) : nlohmann::ordered_json();
  j["title"] = d.title;
  j["text"] = d.text;
  return j;
}

Decision decision_from_json(const nlohmann::ordered_json& j) {
  Decision d;
  d.source = j.value("source", "");
  d.organisation = j.value("organisation", "");
  d.case_ref = j.value("case_ref", "");
  d.doc_type = j.value("doc_type", "");
  d.category = read_optional(j, "category");
  d.subcategory = read_optional(j, "subcategory");
  d.outcome = j.value("outcome", "");
  d.outcome_source = j.value("outcome_source", "");
  d.decision_date = read_optional(j, "decision_date");
  d.ofsted_shared = j.value("ofsted_shared", false);
  d.cqc_shared = j.value("cqc_shared", false);
  d.amounts = read_amounts(j, "amounts");
  d.remedy_payments = read_amounts(j, "remedy_payments");
  d.remedies = j.value("remedies", std::vector<std::string>{});
  d.remedy_source = read_optional(j, "remedy_source");
  d.legislation = j.value("legislation", std::vector<std::string>{});
  d.path = j.value("path", "");
  if (j.contains("summary_at") && j.at("summary_at").is_number_unsigned())
    d.summary_at = j.at("summary_at").get<std::size_t>();
  d.title = j.value("title", "");
  d.text = j.value("text", "");
  return d;
}

}  // namespace ombud
