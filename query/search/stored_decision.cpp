#include "search/stored_decision.hpp"

#include <nlohmann/json.hpp>
#include <optional>
#include <string>

#include "decision_json.hpp"
#include "schema.hpp"

namespace ombud {
namespace {

bool is_json_space(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

class Scanner {
 public:
  explicit Scanner(std::string_view s) : s_(s) {}

  void skip_space() {
    while (at_ < s_.size() && is_json_space(s_[at_])) ++at_;
  }
  bool eat(char c) {
    skip_space();
    if (at_ >= s_.size() || s_[at_] != c) return false;
    ++at_;
    return true;
  }
  bool peek(char c) {
    skip_space();
    return at_ < s_.size() && s_[at_] == c;
  }
  std::size_t at() const { return at_; }

  // The string starting at the current '"', unescaped; nullopt for a \u escape (left to
  // nlohmann::json) or a malformed string.
  std::optional<std::string> string() {
    if (!eat('"')) return std::nullopt;
    std::string out;
    for (;;) {
      const std::size_t run = at_;
      while (at_ < s_.size() && s_[at_] != '"' && s_[at_] != '\\') {
        if (static_cast<unsigned char>(s_[at_]) < 0x20) return std::nullopt;  // not valid JSON
        ++at_;
      }
      out.append(s_.substr(run, at_ - run));
      if (at_ >= s_.size()) return std::nullopt;
      if (s_[at_++] == '"') return out;
      if (at_ >= s_.size()) return std::nullopt;
      switch (s_[at_++]) {
        case '"':
          out.push_back('"');
          break;
        case '\\':
          out.push_back('\\');
          break;
        case '/':
          out.push_back('/');
          break;
        case 'b':
          out.push_back('\b');
          break;
        case 'f':
          out.push_back('\f');
          break;
        case 'n':
          out.push_back('\n');
          break;
        case 'r':
          out.push_back('\r');
          break;
        case 't':
          out.push_back('\t');
          break;
        default:
          return std::nullopt;  // \u, or not an escape at all
      }
    }
  }

  // Moves past one value of any kind; false when the data ends inside it.
  bool skip_value() {
    skip_space();
    int depth = 0;
    while (at_ < s_.size()) {
      const char c = s_[at_];
      if (c == '"') {
        ++at_;
        while (at_ < s_.size() && s_[at_] != '"') at_ += s_[at_] == '\\' ? 2 : 1;
        if (at_ >= s_.size()) return false;
        ++at_;
      } else if (c == '{' || c == '[') {
        ++depth;
        ++at_;
      } else if (c == '}' || c == ']') {
        if (depth == 0) return true;
        --depth;
        ++at_;
      } else if (c == ',' && depth == 0) {
        return true;
      } else {
        ++at_;
      }
      if (depth == 0 && (c == '"' || c == '}' || c == ']')) return true;
    }
    return depth == 0;
  }

 private:
  std::string_view s_;
  std::size_t at_ = 0;
};

std::optional<Decision> read_fast(std::string_view data) {
  Scanner in(data);
  if (!in.eat('{')) return std::nullopt;
  std::string rest = "{";
  std::optional<std::string> title, text;
  if (!in.peek('}')) {
    do {
      in.skip_space();
      const std::size_t key_at = in.at();
      const auto key = in.string();
      if (!key || !in.eat(':')) return std::nullopt;
      if ((*key == "title" || *key == "text") && in.peek('"')) {
        auto value = in.string();
        if (!value) return std::nullopt;
        (*key == "title" ? title : text) = std::move(value);
        continue;
      }
      in.skip_space();
      if (!in.skip_value()) return std::nullopt;
      if (rest.size() > 1) rest += ',';
      rest.append(data.substr(key_at, in.at() - key_at));
    } while (in.eat(','));
  }
  if (!in.eat('}')) return std::nullopt;
  rest += '}';
  Decision d = decision_from_json(nlohmann::ordered_json::parse(rest));
  if (title) d.title = std::move(*title);
  if (text) d.text = std::move(*text);
  return d;
}

}  // namespace

Decision read_stored_decision(std::string_view data) {
  try {
    if (auto d = read_fast(data)) return std::move(*d);
  } catch (const nlohmann::json::exception&) {
    // The rest did not parse on its own: the whole will say why.
  }
  return decision_from_json(nlohmann::ordered_json::parse(data));
}

Decision read_document_decision(const Xapian::Document& doc) {
  Decision d = read_stored_decision(doc.get_data());
  d.added = doc.get_value(schema::field(schema::FieldId::kAdded).slot);
  d.changed = doc.get_value(schema::field(schema::FieldId::kChanged).slot);
  return d;
}

}  // namespace ombud
