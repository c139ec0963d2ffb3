// Saved web pages to text with libxml2's HTML parser, once the page is UTF-8 (html_encoding.hpp):
// the tree is walked once, page furniture dropped and blocks laid out as a browser's copy of the
// page would lay them out.
#include "read/html_text.hpp"

#include <libxml/HTMLparser.h>
#include <libxml/globals.h>
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>
#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <charconv>
#include <climits>
#include <cstdint>
#include <memory>
#include <mutex>
#include <optional>
#include <utility>
#include <vector>

#include "ascii.hpp"
#include "read/html_encoding.hpp"
#include "read/input_error.hpp"

namespace ombud {
namespace {

// ---------------------------------------------------------------------------------------------
// Layout

// Lines of text being laid out: inline text collapses into the current line; blocks end it and
// ask for a blank line before the next; a prefix ("- ", "2. ", "Category : ") goes before the
// next line written.
class PageText {
 public:
  void text(std::string_view utf8, bool preserve) {
    const auto* s = reinterpret_cast<const std::uint8_t*>(utf8.data());
    const auto n = static_cast<std::int64_t>(utf8.size());
    for (std::int64_t i = 0; i < n;) {
      UChar32 c = 0;
      U8_NEXT(s, i, n, c);
      if (c < 0) c = 0xFFFD;
      if (c == 0xFEFF) continue;
      if (preserve && c == '\n') {
        line_break();
      } else if (preserve && (c == ' ' || c == '\t')) {
        line_ += ' ';
      } else if (is_space(c)) {
        space_ = true;
      } else {
        if (space_ && !line_.empty()) line_ += ' ';
        space_ = false;
        char buf[U8_MAX_LENGTH];
        std::size_t len = 0;
        U8_APPEND_UNSAFE(buf, len, c);
        line_.append(buf, len);
      }
    }
  }

  // <br>: ends the line; a second one in a row leaves a blank line.
  void line_break() {
    if (!line_.empty()) {
      end_line();
    } else if (!out_.empty()) {
      blank_ = true;
    }
  }

  void end_line() {
    while (!line_.empty() && line_.back() == ' ') line_.pop_back();
    if (!line_.empty()) {
      emit(prefix_ + line_);
      prefix_.clear();
    }
    line_.clear();
    space_ = false;
  }

  void end_block() {
    end_line();
    blank_ = true;
  }

  // A prefix still waiting (an item whose text is all in a nested list) is written on its own.
  void set_prefix(std::string prefix) {
    if (!prefix_.empty()) {
      while (!prefix_.empty() && prefix_.back() == ' ') prefix_.pop_back();
      emit(prefix_);
    }
    prefix_ = std::move(prefix);
  }
  bool has_prefix() const { return !prefix_.empty(); }
  void drop_prefix() { prefix_.clear(); }

  std::string take() {
    end_line();
    return std::move(out_);
  }

  // Everything written, on one line.
  std::string single_line() {
    end_line();
    std::string joined;
    std::size_t start = 0;
    while (start < out_.size()) {
      std::size_t end = out_.find('\n', start);
      if (end == std::string::npos) end = out_.size();
      if (end > start) {
        if (!joined.empty()) joined += ' ';
        joined.append(out_, start, end - start);
      }
      start = end + 1;
    }
    return joined;
  }

 private:
  static bool is_space(UChar32 c) {
    if (c == ' ') return true;
    switch (u_charType(c)) {
      case U_SPACE_SEPARATOR:
      case U_LINE_SEPARATOR:
      case U_PARAGRAPH_SEPARATOR:
      case U_CONTROL_CHAR:
        return true;
      default:
        return false;
    }
  }

  void emit(std::string_view line) {
    if (blank_ && !out_.empty()) out_ += '\n';
    blank_ = false;
    out_ += line;
    out_ += '\n';
  }

  std::string out_, line_, prefix_;
  bool space_ = false;  // white space seen since the last character of line_
  bool blank_ = false;  // a blank line before the next line written
};

// ---------------------------------------------------------------------------------------------
// The tree

std::string_view name_of(const xmlNode* n) {
  return reinterpret_cast<const char*>(n->name);
}

bool is_element(const xmlNode* n, std::string_view name) {
  return n->type == XML_ELEMENT_NODE && name_of(n) == name;
}

std::string attr(const xmlNode* n, const char* name) {
  xmlChar* value = xmlGetProp(n, reinterpret_cast<const xmlChar*>(name));
  if (value == nullptr) return {};
  std::string out(reinterpret_cast<const char*>(value));
  xmlFree(value);
  return out;
}

bool has_attr(const xmlNode* n, const char* name) {
  return xmlHasProp(n, reinterpret_cast<const xmlChar*>(name)) != nullptr;
}

std::optional<long long> int_attr(const xmlNode* n, const char* name) {
  const std::string value = attr(n, name);
  const char* first = value.data();
  const char* last = first + value.size();
  while (first < last && *first == ' ') ++first;
  long long v = 0;
  auto [end, ec] = std::from_chars(first, last, v);
  if (ec != std::errc() || end == first) return std::nullopt;
  // Keep numbering printable and far from overflow whatever the page claims.
  return std::clamp(v, -1'000'000'000LL, 1'000'000'000LL);
}

template <std::size_t N>
bool one_of(std::string_view s, const std::string_view (&set)[N]) {
  return std::find(std::begin(set), std::end(set), s) != std::end(set);
}

// Never part of the text: code, styling, embedded objects, forms and the site's own chrome.
constexpr std::string_view kDroppedTags[] = {
    "script", "style",  "noscript", "template", "svg",   "nav",    "footer",
    "form",   "button", "iframe",   "head",     "title", "object", "embed",
    "canvas", "select", "textarea", "input",    "audio", "video",  "map"};

// Elements that start a new block (HTML's block-level elements and table parts).
constexpr std::string_view kBlockTags[] = {
    "address", "article", "aside",  "blockquote", "body",      "caption",  "center",     "dd",
    "details", "dialog",  "div",    "dl",         "dt",        "fieldset", "figcaption", "figure",
    "h1",      "h2",      "h3",     "h4",         "h5",        "h6",       "header",     "hgroup",
    "hr",      "html",    "legend", "li",         "main",      "ol",       "p",          "pre",
    "section", "summary", "table",  "tbody",      "td",        "tfoot",    "th",         "thead",
    "tr",      "ul",      "menu",   "listing",    "plaintext", "xmp"};

constexpr std::string_view kHeadings[] = {"h1", "h2", "h3", "h4", "h5", "h6"};

// Words in an id, class or aria-label that mark page furniture. kAnywhere match inside a word
// ("sitefooter", "megamenu"); kLeading only at its start, since they are short ("nav" must not
// match "canvas"); kNotFurniture are words that begin like furniture but are not.
constexpr std::string_view kAnywhere[] = {"cookie",   "consent",    "gdpr",        "breadcrumb",
                                          "navbar",   "navigation", "menu",        "footer",
                                          "skiplink", "sharethis",  "socialshare", "printpage"};
constexpr std::string_view kLeading[] = {"nav", "skip", "share", "print", "social"};
constexpr std::string_view kNotFurniture[] = {"shared", "printed"};
constexpr std::string_view kBannerWords[] = {"banner", "notice", "bar", "popup"};
constexpr std::string_view kFurnitureRoles[] = {"navigation", "banner", "contentinfo",
                                                "search",     "menu",   "menubar"};

// "siteNav main-menu" -> site, nav, main, menu.
std::vector<std::string> words_of(std::string_view value) {
  std::vector<std::string> words;
  std::string word;
  char previous = 0;
  for (char c : value) {
    const bool lower_to_upper = previous >= 'a' && previous <= 'z' && c >= 'A' && c <= 'Z';
    if (!is_ascii_alnum(c) || lower_to_upper) {
      if (!word.empty()) words.push_back(ascii_lower(word));
      word.clear();
    }
    if (is_ascii_alnum(c)) word += c;
    previous = c;
  }
  if (!word.empty()) words.push_back(ascii_lower(word));
  return words;
}

bool furniture_words(std::string_view value) {
  const std::vector<std::string> words = words_of(value);
  bool privacy = false, banner = false;
  for (const std::string& w : words) {
    if (one_of(w, kNotFurniture)) continue;
    for (std::string_view k : kAnywhere)
      if (w.find(k) != std::string::npos) return true;
    for (std::string_view k : kLeading)
      if (std::string_view(w).starts_with(k)) return true;
    privacy = privacy || w == "privacy";
    banner = banner || one_of(w, kBannerWords);
  }
  return privacy && banner;
}

bool marked_as_furniture(const xmlNode* e) {
  if (one_of(ascii_lower(attr(e, "role")), kFurnitureRoles)) return true;
  return furniture_words(attr(e, "id")) || furniture_words(attr(e, "class")) ||
         furniture_words(attr(e, "aria-label"));
}

bool marked_hidden(const xmlNode* e) {
  if (has_attr(e, "hidden") || ascii_lower(attr(e, "aria-hidden")) == "true") return true;
  std::string style = ascii_lower(attr(e, "style"));
  std::erase_if(style, [](char c) { return c == ' ' || c == '\t' || c == '\n'; });
  return style.find("display:none") != std::string::npos ||
         style.find("visibility:hidden") != std::string::npos;
}

template <typename Pred>
bool has_descendant(const xmlNode* e, Pred&& pred) {
  for (const xmlNode* c = e->children; c != nullptr; c = c->next) {
    if (c->type != XML_ELEMENT_NODE) continue;
    if (pred(c) || has_descendant(c, pred)) return true;
  }
  return false;
}

bool contains_h1(const xmlNode* e) {
  return has_descendant(e, [](const xmlNode* c) { return name_of(c) == "h1"; });
}

// Walks the content root once, writing its text into PageText.
class Walker {
 public:
  Walker(bool drop_furniture, bool root_is_body)
      : drop_furniture_(drop_furniture), root_is_body_(root_is_body) {}

  std::string run(const xmlNode* root) {
    const std::string_view name = name_of(root);
    sectioning_ = name == "main" || name == "article" ? 1 : 0;
    block_start();
    children(root);
    block_end();
    return out_->take();
  }

 private:
  // libxml2 nests at most 256 deep; this only bounds the recursion should that ever change.
  static constexpr int kMaxDepth = 1024;

  void children(const xmlNode* n) {
    if (++depth_ <= kMaxDepth) {
      for (const xmlNode* c = n->children; c != nullptr; c = c->next) {
        if (c->type == XML_ELEMENT_NODE) {
          element(c);
        } else if ((c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE) &&
                   c->content != nullptr) {
          out_->text(reinterpret_cast<const char*>(c->content), pre_ > 0);
        }
      }
    }
    --depth_;
  }

  bool dropped(const xmlNode* e) const {
    const std::string_view name = name_of(e);
    if (one_of(name, kDroppedTags)) return true;
    if (name == "header") {
      // The site's header is furniture; an article's or the main content's header holds its
      // title.
      const bool in_content = !root_is_body_ || sectioning_ > 0;
      return !(in_content &&
               has_descendant(e, [](const xmlNode* c) { return one_of(name_of(c), kHeadings); }));
    }
    if (!drop_furniture_) return false;
    // Whatever its classes say, an element holding the page's title is content (sites mark the
    // whole page aria-hidden while a cookie dialog is open).
    return (marked_hidden(e) || marked_as_furniture(e)) && !contains_h1(e);
  }

  void element(const xmlNode* e) {
    if (dropped(e)) return;
    const std::string_view name = name_of(e);
    if (name == "br") {
      out_->line_break();
    } else if (name == "ul" || name == "ol" || name == "menu") {
      list(e, name == "ol");
    } else if (name == "li") {
      list_item(e);
    } else if (name == "dl") {
      definition_list(e);
    } else if (name == "dt") {
      flush_key();
      key_ = label_of(e);
      key_used_ = key_.empty();
    } else if (name == "dd") {
      value(e, key_);
      key_used_ = true;
    } else if (name == "tr") {
      row(e);
    } else if (one_of(name, kBlockTags)) {
      const bool sectioning = name == "main" || name == "article";
      const bool pre = name == "pre" || name == "listing" || name == "plaintext" || name == "xmp";
      sectioning_ += sectioning;
      pre_ += pre;
      block_start();
      children(e);
      block_end();
      sectioning_ -= sectioning;
      pre_ -= pre;
    } else {
      children(e);
    }
  }

  // Blocks inside a list item stay on consecutive lines, as the item is one block.
  void block_start() { items_ > 0 ? out_->end_line() : out_->end_block(); }
  void block_end() { block_start(); }

  void list(const xmlNode* e, bool ordered) {
    counters_.push_back(ordered ? int_attr(e, "start").value_or(1) : kUnordered);
    block_start();
    children(e);
    block_end();
    counters_.pop_back();
  }

  void list_item(const xmlNode* e) {
    out_->end_line();
    std::string prefix(4 * (counters_.empty() ? 0 : counters_.size() - 1), ' ');
    if (!counters_.empty() && counters_.back() != kUnordered) {
      long long& next = counters_.back();
      if (auto v = int_attr(e, "value")) next = *v;
      prefix += std::to_string(next) + ". ";
      if (next < 1'000'000'000LL) ++next;
    } else {
      prefix += "- ";
    }
    out_->set_prefix(std::move(prefix));
    ++items_;
    children(e);
    --items_;
    out_->end_line();
    out_->drop_prefix();  // an empty item leaves no line
  }

  void definition_list(const xmlNode* e) {
    std::string saved_key = std::exchange(key_, {});
    const bool saved_used = std::exchange(key_used_, true);
    block_start();
    children(e);
    flush_key();
    block_end();
    key_ = std::move(saved_key);
    key_used_ = saved_used;
  }

  // A <dt> no <dd> used is written as a line of its own.
  void flush_key() {
    if (!key_used_) {
      block_start();
      out_->text(key_, false);
      block_end();
    }
    key_used_ = true;
  }

  // "Key : value", or the value alone when there is no key.
  void value(const xmlNode* e, const std::string& key) {
    block_start();
    if (!key.empty()) out_->set_prefix(key + " : ");
    children(e);
    block_end();
    out_->drop_prefix();
  }

  // A two-cell row labelled by a <th> or a cell ending in ':' is "Key : value"; any other row's
  // cells are blocks of their own.
  void row(const xmlNode* e) {
    std::vector<const xmlNode*> cells;
    for (const xmlNode* c = e->children; c != nullptr; c = c->next)
      if ((is_element(c, "td") || is_element(c, "th")) && !dropped(c)) cells.push_back(c);
    if (cells.size() == 2 && is_element(cells[1], "td")) {
      std::string label = inline_text(cells[0]);
      const bool labelled = is_element(cells[0], "th") || label.ends_with(':');
      label = strip_label(std::move(label));
      if (labelled && !label.empty()) {
        value(cells[1], label);
        return;
      }
    }
    block_start();
    children(e);
    block_end();
  }

  std::string label_of(const xmlNode* e) { return strip_label(inline_text(e)); }

  static std::string strip_label(std::string label) {
    while (!label.empty() && (label.back() == ':' || label.back() == ' ')) label.pop_back();
    return label;
  }

  // An element's text on one line, laid out apart from the page.
  std::string inline_text(const xmlNode* e) {
    PageText text;
    PageText* const page = std::exchange(out_, &text);
    children(e);
    out_ = page;
    return text.single_line();
  }

  static constexpr long long kUnordered = LLONG_MIN;

  PageText page_;
  PageText* out_ = &page_;
  const bool drop_furniture_;
  const bool root_is_body_;
  int sectioning_ = 0;  // <main> and <article> ancestors
  int items_ = 0;       // <li> ancestors
  int pre_ = 0;         // <pre> ancestors
  int depth_ = 0;
  std::vector<long long> counters_;  // per open list: the next number, or kUnordered
  std::string key_;                  // the last <dt>, for the <dd>s after it
  bool key_used_ = true;
};

// ---------------------------------------------------------------------------------------------
// The content root

struct Candidates {
  const xmlNode* main = nullptr;
  const xmlNode* article = nullptr;
  const xmlNode* by_id = nullptr;
  const xmlNode* by_class = nullptr;
  const xmlNode* body = nullptr;
};

bool names_content(std::string_view value) {
  constexpr std::string_view kContentNames[] = {"main-content", "maincontent", "main_content",
                                                "content"};
  return one_of(ascii_lower(value), kContentNames);
}

void find_candidates(const xmlNode* n, Candidates& found, int depth = 0) {
  for (; n != nullptr && depth < 1024; n = n->next) {
    if (n->type != XML_ELEMENT_NODE) continue;
    const std::string_view name = name_of(n);
    if (one_of(name, kDroppedTags)) continue;
    if (!found.main && (name == "main" || ascii_lower(attr(n, "role")) == "main")) found.main = n;
    if (!found.article && name == "article") found.article = n;
    if (!found.body && name == "body") found.body = n;
    if (!found.by_id && names_content(attr(n, "id"))) found.by_id = n;
    if (!found.by_class) {
      const std::string classes = attr(n, "class");
      std::size_t start = 0;
      while (!found.by_class && start < classes.size()) {
        std::size_t end = classes.find_first_of(" \t\n\r\f", start);
        if (end == std::string::npos) end = classes.size();
        if (names_content(std::string_view(classes).substr(start, end - start))) found.by_class = n;
        start = end + 1;
      }
    }
    find_candidates(n->children, found, depth + 1);
  }
}

bool blank(const std::string& text) {
  return text.find_first_not_of(" \n") == std::string::npos;
}

// ---------------------------------------------------------------------------------------------
// libxml2

struct FreeDoc {
  void operator()(xmlDoc* doc) const { xmlFreeDoc(doc); }
};

// libxml2 reports some problems (encoding, I/O) through its generic error handler whatever the
// parse options say; keep them off the user's terminal. The handler is per thread.
class QuietLibxml {
 public:
  QuietLibxml() : context_(xmlGenericErrorContext), handler_(xmlGenericError) {
    xmlSetGenericErrorFunc(nullptr, &ignore);
  }
  ~QuietLibxml() { xmlSetGenericErrorFunc(context_, handler_); }
  QuietLibxml(const QuietLibxml&) = delete;
  QuietLibxml& operator=(const QuietLibxml&) = delete;

 private:
  static void ignore(void*, const char*, ...) {}
  void* context_;
  xmlGenericErrorFunc handler_;
};

// libxml2 takes the length as an int.
constexpr auto kMaxPageBytes = static_cast<std::size_t>(INT_MAX);

}  // namespace

std::string html_to_text(std::string_view html) {
  if (html.size() > kMaxPageBytes)
    throw InputError("page too large for the HTML parser (over 2 GiB)");
  return html_utf8_to_text(html_page_utf8(html));
}

std::string html_utf8_to_text(std::string_view utf8) {
  if (utf8.size() > kMaxPageBytes)
    throw InputError("page too large for the HTML parser (over 2 GiB)");
  if (utf8.empty()) return {};

  static std::once_flag init;
  std::call_once(init, xmlInitParser);
  QuietLibxml quiet;
  constexpr int kOptions = HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET |
                           HTML_PARSE_RECOVER | HTML_PARSE_IGNORE_ENC;
  std::unique_ptr<xmlDoc, FreeDoc> doc(
      htmlReadMemory(utf8.data(), static_cast<int>(utf8.size()), nullptr, "UTF-8", kOptions));
  if (!doc) return {};
  const xmlNode* top = xmlDocGetRootElement(doc.get());
  if (top == nullptr) return {};

  Candidates found;
  find_candidates(top, found);
  const xmlNode* body = found.body ? found.body : top;
  const xmlNode* root = found.main       ? found.main
                        : found.article  ? found.article
                        : found.by_id    ? found.by_id
                        : found.by_class ? found.by_class
                                         : body;

  std::string text = Walker(true, root == body).run(root);
  // Should the content root hold nothing, or the furniture rules take everything, the page's
  // text is better than none.
  if (blank(text) && root != body) text = Walker(true, true).run(body);
  if (blank(text)) text = Walker(false, true).run(body);
  return blank(text) ? std::string() : text;
}

}  // namespace ombud
