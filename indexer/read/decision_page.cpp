// The page reader: finds the title line, drops page furniture, collects the metadata block and
// cuts the text into sections at the source's headings.
#include "read/decision_page.hpp"

#include <re2/re2.h>

#include <algorithm>
#include <optional>

#include "read/checked_pattern.hpp"
#include "read/text_util.hpp"

namespace ombud {
namespace {

// Longer lines are paragraphs, never titles, headings or furniture; the limits also keep the
// per-line regular expressions cheap.
constexpr std::size_t kMaxTitleBytes = 300;
constexpr std::size_t kMaxHeadingBytes = 120;
constexpr std::size_t kMaxFurnitureBytes = 80;
constexpr std::size_t kMaxMetadataBytes = 300;
constexpr std::size_t kMaxBannerBytes = 1000;
// The title comes before the decision, after at most a banner and a menu: a reference further
// down is a paragraph citing another case, not the title.
constexpr std::size_t kMaxTitleLine = 400;

// The patterns of this file (read/checked_pattern.hpp).
struct Patterns {
  // Furniture the LGSCO site (and sites like it) prints around a decision, one line each. Matched
  // against rule_form(line), so lower case and without a trailing colon.
  const Pattern furniture_line{
      "furniture_line",
      R"((?:back to top|top of (?:the )?page|return to top|print|print (?:this|the) )"
      R"((?:page|decision)|print page|share|share this (?:page|decision)|email this page|)"
      R"([a-z ]*\blogo(?:gram)?|skip to (?:main )?content|skip navigation|main menu|menu|)"
      R"(search|search decisions|home|close|open|accept|accept all(?: cookies)?|accept cookies|)"
      R"(reject|reject all(?: cookies)?|reject cookies|cookies|cookie settings|cookie policy|)"
      R"(manage cookies|manage (?:cookie )?preferences|save (?:and close|settings|preferences|)"
      R"(my preferences)|privacy settings|review your privacy settings|view [a-z ]*cookies|)"
      R"([a-z ]*cookies|on|off|contact us|accessibility(?: statement)?|privacy(?: notice|)"
      R"( policy)?|terms (?:and|&) conditions|sitemap|site map|follow us(?: on [a-z]+)?|)"
      R"(twitter|facebook|linkedin|youtube|instagram|next|previous|back|back to (?:search )?)"
      R"(results|return to (?:search )?results|back to decisions|decision search|)"
      R"((?:was|is) this page useful\??|yes|no|feedback|you are here\b.*|home ?(?:>|›|/) ?.*|)"
      R"((?:©|\(c\)|copyright)\s?.*|all rights reserved\.?|[a-z ]*cookie (?:settings|)"
      R"(preferences|policy)))"};

  // First lines of a cookie or privacy banner: the banner runs from here to the next heading,
  // metadata line or the end of the text, whatever its lines say. Matched against
  // rule_form(line): any short line about cookies ("Cookies we need", "Manage your cookie
  // choices"), managing privacy settings, or a sentence asking for consent to cookies.
  const Pattern banner_start{
      "banner_start",
      R"((?:(?:manage|review|change|update|save|set) (?:your |my )?)?(?:privacy|cookies?) )"
      R"((?:settings|choices|preferences|options))"
      R"(|.{0,60}\bcookies?\b.{0,20})"
      R"(|(?:we|this (?:web)?site|our (?:web)?site|the (?:web)?site) uses? (?:[a-z-]+ ){0,3})"
      R"(cookies\b.*)"
      R"(|cookies on (?:this|our|the) (?:web)?site\b.*)"
      R"(|your privacy|tell us whether you accept cookies)"
      R"(|[a-z ]{0,40}\bcookies?\b.{0,300}\b(?:consent|accept|your (?:settings|preferences|)"
      R"(permission|browser)|with your permission|google analytics)\b.*)"};

  // "Name (24 010 138)", "Name (reference number: 24 010 138)", "Name (202312345)", optionally
  // followed by " - Site name" as a page's <title> prints it.
  const Pattern title_with_name{
      "title_with_name",
      R"(^(.*?)\s*\(\s*(?:(?i:ref(?:erence)?(?:\s+(?:number|no\.?))?|case(?:\s+(?:number|)"
      R"(reference|ref|no\.?))?|complaint(?:\s+(?:number|reference|no\.?))?)\s*:?\s*)?)"
      R"((\d[\d /-]{5,14}\d)\s*\)(?:\s*[-|–—]\s*[^()]*)?$)"};

  // A line that is only a reference, as old public-report pages print their title, or
  // "COMPLAINT 202301234" as Housing Ombudsman reports head theirs.
  const Pattern title_ref_only{
      "title_ref_only",
      R"(^(?:(?i:complaint|case)(?:\s+(?i:reference|number|ref|no\.?))?\s*:?\s*)?)"
      R"(\(?\s*(\d[\d /-]{5,14}\d)\s*\)?$)"};

  // "Key : Value" and "Key: Value".
  const Pattern key_value{"key_value", R"(^([A-Za-z][A-Za-z' ]{0,60}?)(\s*):\s*(\S.*)$)"};
};

const PatternTable<Patterns> patterns("read/decision_page.cpp");

// Metadata keys decision pages print. Those marked anywhere are taken wherever they appear (old
// reports end with "Ombudsman satisfied with council's response : <date>"); the others only
// before the first heading, where "Decision : Upheld" cannot be a report's "Decision" section.
struct MetaKey {
  std::string_view name;
  bool anywhere;
};
constexpr MetaKey kMetaKeys[] = {
    {"category", true},
    {"decision", false},
    {"decision date", true},
    {"date of decision", true},
    {"date", false},
    {"remedy", false},
    {"outcome", false},
    {"council's response", true},
    {"ombudsman satisfied with council's response", true},
    {"complaint reference", false},
    {"case reference", false},
    {"reference", false},
    {"landlord", false},
    {"organisation", false},
    {"member", false},
};

const MetaKey* find_meta_key(std::string_view normalised) {
  for (const MetaKey& k : kMetaKeys) {
    if (k.name == normalised) return &k;
  }
  return nullptr;
}

// Lines starting with a list marker are paragraphs, never headings.
bool starts_with_list_marker(std::string_view line) {
  if (line.starts_with("- ") || line.starts_with("* ") || line.starts_with("\xE2\x80\xA2") ||
      line.starts_with("\xE2\x80\x93 ") || line.starts_with("\xC2\xB7"))
    return true;
  std::size_t i = 0;
  if (i < line.size() && line[i] == '(') ++i;
  const std::size_t start = i;
  while (i < line.size() && i - start < 4 &&
         ((line[i] >= '0' && line[i] <= '9') || (line[i] >= 'a' && line[i] <= 'z')))
    ++i;
  return i > start && i < line.size() && (line[i] == '.' || line[i] == ')') &&
         (i + 1 == line.size() || line[i + 1] == ' ');
}

bool is_lone_marker(std::string_view line) {
  return line == "-" || line == "*" || line == "\xE2\x80\xA2" || line == "\xE2\x80\x93" ||
         line == "\xC2\xB7";
}

// The heading as printed: trimmed, without a trailing colon.
std::string heading_name(std::string_view line) {
  line = trim(line);
  while (!line.empty() && (line.back() == ':' || line.back() == ' ')) line.remove_suffix(1);
  return std::string(line);
}

class Reader {
 public:
  explicit Reader(const PageRules& rules) : rules_(rules) {}

  DecisionPage read(std::string_view text, const TitleLine* title) {
    const std::vector<std::string_view> lines = split_lines(text);
    std::size_t first = 0;
    if (title) {
      page_.title = title->text;
      page_.title_name = title->name;
      page_.title_ref = title->ref;
      first = title->line + 1;
    }
    for (std::size_t i = first; i < lines.size(); ++i) take(trim(lines[i]));
    finish_section();
    if (!page_.text.empty() && page_.text.back() == '\n') page_.text.pop_back();
    return std::move(page_);
  }

 private:
  void take(std::string_view line) {
    if (line.empty()) return;
    std::string name;
    if (line.size() <= kMaxBannerBytes) name = rule_form(line);
    if (in_banner_) {
      // Everything in a banner is dropped, whatever it says ("We recommend you set these 'ON'"),
      // until the decision's own structure resumes.
      if (name.empty() || (!is_heading_line(line, name) && !is_metadata_line(line))) return;
      in_banner_ = false;
    } else if (!name.empty() && RE2::FullMatch(name, patterns().banner_start)) {
      in_banner_ = true;
      return;
    }
    if (line.size() <= kMaxFurnitureBytes && RE2::FullMatch(name, patterns().furniture_line))
      return;
    if (is_lone_marker(line)) {
      pending_marker_ = true;
      return;
    }
    if (!name.empty() && is_heading_line(line, name)) {
      start_section(heading_name(line));
      emit_text(line);
      pending_marker_ = false;
      return;
    }
    if (take_metadata(line)) return;
    if (take_inline_heading(line)) return;
    std::string body;
    if (pending_marker_) body = "- ";
    pending_marker_ = false;
    body.append(line);
    emit_text(body);
    if (!current_open_) open_unnamed();
    if (!current_.text.empty()) current_.text.push_back('\n');
    current_.text += body;
  }

  bool is_heading_line(std::string_view line, const std::string& name) const {
    return line.size() <= kMaxHeadingBytes && !starts_with_list_marker(line) &&
           rules_.is_heading(name);
  }

  // A "Key : Value" line's key in rule_form(), and whether a space comes before its colon.
  struct KeyValue {
    std::string key;
    bool space_before_colon = false;
  };

  // The one reading of a line as "Key : Value": quotes straightened first, so that "Council’s
  // response" is the key "council's response" wherever the question is asked.
  static std::optional<KeyValue> key_value_of(std::string_view line) {
    // Most lines have no colon: answer them without a copy and a match with captures.
    if (line.size() > kMaxMetadataBytes || line.find(':') == std::string_view::npos)
      return std::nullopt;
    const std::string straight = straighten_quotes(line);
    std::string key, space, value;
    if (!RE2::FullMatch(straight, patterns().key_value, &key, &space, &value)) return std::nullopt;
    return KeyValue{rule_form(key), !space.empty()};
  }

  // Whether `kv` has a key pages print as metadata, where it stands.
  bool is_known_metadata(const KeyValue& kv) const {
    const MetaKey* k = find_meta_key(kv.key);
    return k && (k->anywhere || !seen_heading_);
  }

  bool is_metadata_line(std::string_view line) const {
    const auto kv = key_value_of(line);
    return kv && is_known_metadata(*kv);
  }

  bool take_metadata(std::string_view line) {
    const auto kv = key_value_of(line);
    if (!kv) return false;
    bool is_meta = is_known_metadata(*kv);
    // Before the first heading, "Key : Value" with a space before the colon is the site's
    // metadata layout even for keys we do not know; "Summary: ..." is not.
    if (!is_meta && !seen_heading_ && kv->space_before_colon &&
        !rules_.is_inline_heading(kv->key) && std::count(kv->key.begin(), kv->key.end(), ' ') < 4)
      is_meta = true;
    if (!is_meta) return false;
    // Keys and values as printed (the regex ran on straightened quotes only to find the colon).
    const std::size_t colon = line.find(':');
    page_.metadata.emplace_back(heading_name(line.substr(0, colon)),
                                std::string(trim(line.substr(colon + 1))));
    emit_text(line);
    pending_marker_ = false;
    return true;
  }

  bool take_inline_heading(std::string_view line) {
    const std::size_t colon = line.find(':');
    if (colon == std::string_view::npos || colon > 60 || starts_with_list_marker(line))
      return false;
    const std::string name = rule_form(line.substr(0, colon));
    const std::string_view rest = trim(line.substr(colon + 1));
    if (rest.empty() || !rules_.is_inline_heading(name)) return false;
    start_section(heading_name(line.substr(0, colon)));
    current_.text = std::string(rest);
    emit_text(line);
    pending_marker_ = false;
    return true;
  }

  void emit_text(std::string_view line) {
    page_.text.append(line);
    page_.text.push_back('\n');
  }

  void open_unnamed() {
    current_ = Section{};
    current_open_ = true;
  }

  void start_section(std::string name) {
    finish_section();
    current_ = Section{std::move(name), {}};
    current_open_ = true;
    seen_heading_ = true;
  }

  void finish_section() {
    if (current_open_) page_.sections.push_back(std::move(current_));
    current_open_ = false;
  }

  const PageRules& rules_;
  DecisionPage page_;
  Section current_;
  bool current_open_ = false;
  bool seen_heading_ = false;
  bool in_banner_ = false;
  bool pending_marker_ = false;
};

}  // namespace

const Section* DecisionPage::find_section(std::initializer_list<std::string_view> names) const {
  for (const Section& s : sections) {
    const std::string have = rule_form(s.name);
    for (std::string_view n : names) {
      if (have == rule_form(n)) return &s;
    }
  }
  return nullptr;
}

std::string_view DecisionPage::meta(std::string_view key) const {
  const std::string want = rule_form(key);
  for (const auto& [k, v] : metadata) {
    if (rule_form(k) == want) return v;
  }
  return {};
}

bool find_title_line(std::string_view text, const PageRules& rules, TitleLine& out,
                     std::size_t first_line) {
  // Line by line as split_lines() would cut them, without cutting the whole text.
  std::size_t start = 0;
  for (std::size_t i = 0; i < kMaxTitleLine && start < text.size(); ++i) {
    std::size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    const std::string_view line = trim(text.substr(start, end - start));
    start = end + 1;
    if (i < first_line) continue;
    if (line.empty() || line.size() > kMaxTitleBytes ||
        line.find_first_of("0123456789") == std::string_view::npos)
      continue;
    std::string name, ref;
    if (RE2::FullMatch(line, patterns().title_with_name, &name, &ref) ||
        RE2::FullMatch(line, patterns().title_ref_only, &ref)) {
      if (!rules.is_case_ref(ref)) continue;
      out.line = i;
      out.text = std::string(line);
      out.name = std::string(trim(name));
      out.ref = std::move(ref);
      return true;
    }
  }
  return false;
}

DecisionPage read_page(std::string_view text, const PageRules& rules) {
  TitleLine title;
  const bool found = find_title_line(text, rules, title);
  return Reader(rules).read(text, found ? &title : nullptr);
}

DecisionPage read_page(std::string_view text, const PageRules& rules, const TitleLine* title) {
  return Reader(rules).read(text, title);
}

bool is_furniture_line(std::string_view line) {
  line = trim(line);
  return !line.empty() && line.size() <= kMaxFurnitureBytes &&
         RE2::FullMatch(rule_form(line), patterns().furniture_line);
}

}  // namespace ombud
