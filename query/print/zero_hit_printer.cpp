#include "print/zero_hit_printer.hpp"

#include <fmt/format.h>

#include "print/human_printer.hpp"
#include "print/json_printer.hpp"
#include "text_normaliser.hpp"

namespace ombud {
namespace {

std::string decisions(Xapian::doccount n) {
  return n == 1 ? "1 decision" : fmt::format("{} decisions", n);
}

constexpr std::string_view kNotMatches = "These are not matches of the query.";

// The sentences of the help without the relaxed hits, one a line, in sections (a filter, a
// wildcard, the relaxed counts): shared by the terminal and the CSV notes.
std::vector<std::vector<std::string>> help_sections(const ZeroHitHelp& help) {
  std::vector<std::vector<std::string>> sections;
  for (const UnmatchedFilter& f : help.filters) {
    std::vector<std::string>& out = sections.emplace_back();
    const std::string_view field = schema::field(f.field).name;
    if (f.near.empty()) {
      out.push_back(fmt::format("{} matches no {} value, and none is near it.", f.typed, field));
      continue;
    }
    out.push_back(fmt::format("{} matches no {} value; the nearest that exist:", f.typed, field));
    for (const NearValue& v : f.near)
      out.push_back(fmt::format("  {}:\"{}\"  ({})", field, v.value, decisions(v.count)));
  }
  for (const UnmatchedWildcard& w : help.wildcards) {
    std::vector<std::string>& out = sections.emplace_back();
    // The start as the index would hold it (Statutory* looks for statutory...).
    const std::string start = fold_case(std::string_view(w.typed).substr(0, w.typed.size() - 1));
    std::string line =
        fmt::format("{} matches no word: wildcards match the stored stems of words", w.typed);
    if (w.stem != start) line += fmt::format(" (the stem of '{}' is '{}')", start, w.stem);
    line += fmt::format(", and no stem starts with '{}'.", start);
    if (!w.suggestion.empty())
      line += fmt::format(" {} would find {} on its own.", w.suggestion, decisions(w.total));
    out.push_back(std::move(line));
  }
  if (help.too_many_words) {
    sections.push_back({fmt::format(
        "No decision has every word; a query of more than {} words is not relaxed one word at a "
        "time.",
        kMaxRelaxedWords)});
  }
  if (help.relaxed) {
    const RelaxedMatch& r = *help.relaxed;
    std::vector<std::string>& out = sections.emplace_back();
    out.push_back(fmt::format(
        "No decision has every word. Relaxed, with one word left out at a time (not matches of "
        "the query):"));
    for (const RelaxedCount& c : r.counts)
      out.push_back(fmt::format("  without {}: {}", c.dropped, decisions(c.total)));
  }
  return sections;
}

}  // namespace

std::string format_zero_hit_help(const ZeroHitHelp& help, const Style& style) {
  if (help.empty()) return {};
  std::string out;
  for (const std::vector<std::string>& section : help_sections(help)) {
    out += '\n';
    for (const std::string& line : section) out += line + '\n';
  }
  if (help.relaxed && help.relaxed->best) {
    const RelaxedMatch& r = *help.relaxed;
    const RelaxedCount& best = r.counts[*r.best];
    const std::string shown =
        r.best_hits.size() < best.total
            ? fmt::format("the best {} of the {}", r.best_hits.size(), decisions(best.total))
            : fmt::format("the {}", decisions(best.total));
    out += '\n' +
           style.bold(fmt::format("Relaxed match, without {}: {} found by '{}'. {}", best.dropped,
                                  shown, best.query, kNotMatches)) +
           '\n';
    out += format_human_hits(r.best_hits, style);
  }
  return out;
}

void add_zero_hit_json(nlohmann::ordered_json& summary, const ZeroHitHelp& help) {
  using nlohmann::ordered_json;
  if (!help.filters.empty()) {
    ordered_json filters = ordered_json::array();
    for (const UnmatchedFilter& f : help.filters) {
      ordered_json near = ordered_json::array();
      for (const NearValue& v : f.near)
        near.push_back({{"value", v.value}, {"count", v.count}, {"score", v.score}});
      filters.push_back({{"filter", f.typed},
                         {"field", std::string(schema::field(f.field).name)},
                         {"nearest", std::move(near)}});
    }
    summary["nearest_values"] = std::move(filters);
  }
  if (!help.wildcards.empty()) {
    ordered_json wildcards = ordered_json::array();
    for (const UnmatchedWildcard& w : help.wildcards) {
      ordered_json one = {{"wildcard", w.typed}, {"stem", w.stem}};
      if (w.suggestion.empty()) {
        one["suggestion"] = nullptr;
      } else {
        one["suggestion"] = w.suggestion;
        one["total"] = w.total;
      }
      wildcards.push_back(std::move(one));
    }
    summary["wildcards"] = std::move(wildcards);
  }
  if (help.too_many_words) {
    summary["relaxed"] = {
        {"note", fmt::format("not tried: the query has more than {} words", kMaxRelaxedWords)},
        {"dropped", ordered_json::array()},
        {"best", nullptr}};
  }
  if (help.relaxed) {
    const RelaxedMatch& r = *help.relaxed;
    ordered_json dropped = ordered_json::array();
    for (const RelaxedCount& c : r.counts)
      dropped.push_back({{"without", c.dropped}, {"query", c.query}, {"total", c.total}});
    ordered_json relaxed = {
        {"note", "decisions matching the query with one word left out: not matches of the query"},
        {"dropped", std::move(dropped)}};
    if (r.best) {
      ordered_json hits = ordered_json::array();
      for (const Hit& h : r.best_hits) hits.push_back(hit_json(h));
      relaxed["best"] = {{"without", r.counts[*r.best].dropped},
                         {"query", r.counts[*r.best].query},
                         {"total", r.counts[*r.best].total},
                         {"hits", std::move(hits)}};
    } else {
      relaxed["best"] = nullptr;
    }
    summary["relaxed"] = std::move(relaxed);
  }
}

std::string format_zero_hit_json(const SearchResult& result, const ZeroHitHelp& help) {
  nlohmann::ordered_json summary = summary_json(result);
  add_zero_hit_json(summary, help);
  return summary.dump() + '\n';
}

std::string format_zero_hit_notes(const ZeroHitHelp& help, std::string_view program) {
  std::string out;
  for (const std::vector<std::string>& section : help_sections(help))
    for (const std::string& line : section) out += fmt::format("{}: note: {}\n", program, line);
  if (help.relaxed && help.relaxed->best) {
    const RelaxedCount& best = help.relaxed->counts[*help.relaxed->best];
    out += fmt::format(
        "{}: note: the relaxed match's decisions are not written as rows; search '{}' for them\n",
        program, best.query);
  }
  return out;
}

}  // namespace ombud
