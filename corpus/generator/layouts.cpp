// Rendering a Document as a statement, a saved web page or a report. The furniture text is our
// own wording of what such pages show.
#include "layouts.hpp"

#include <fmt/format.h>

#include <array>
#include <string_view>

namespace ombud::gen {
namespace {

constexpr std::array<std::string_view, 3> kLogoLines = {
    "Ombudsman logo", "LGSCO logo", "Local Government and Social Care Ombudsman logo"};

constexpr std::array<std::string_view, 2> kCookieBanners = {
    "Manage your cookie choices\n\n"
    "Cookies we need\n\n"
    "These cookies keep the site working, for example by remembering the choices you make on "
    "this page. You can block them in your browser settings, but parts of the site may then "
    "stop working.\n\n"
    "See the cookies we need\n\n"
    "Cookies that help us improve the site\n\n"
    "With your permission we count visits and see which pages people use, so we can make the "
    "site better. The figures do not identify you.\n\n"
    "Accept all cookies\n\n"
    "Save my choices\n",

    "Your privacy on this website\n\n"
    "Essential cookies\n\n"
    "Some cookies are needed for the website to load and to keep it secure. They are always on "
    "and store nothing that tells us who you are.\n\n"
    "List essential cookies\n\n"
    "Measurement cookies\n\n"
    "We would like to use measurement cookies to understand how visitors find information on "
    "the site. We will only set them if you agree.\n\n"
    "Allow measurement cookies\n\n"
    "Reject measurement cookies\n",
};

void render_statement(const Document& doc, std::string& out) {
  out += doc.title;
  out += "\nThe Ombudsman's final decision:\nSummary: ";
  out += doc.summary;
  out += '\n';
  for (const DocSection& s : doc.sections) {
    out += s.heading;
    out += '\n';
    for (const Block& b : s.blocks) {
      if (b.kind == Block::Kind::kParagraph || b.kind == Block::Kind::kItem) out += "- ";
      out += b.text;
      out += '\n';
    }
  }
  if (!doc.signoff.empty()) {
    out += doc.signoff;
    out += '\n';
  }
}

void render_saved_page(const Document& doc, std::string& out) {
  out += doc.title;
  out += "\n\n";
  for (const auto& [key, value] : doc.metadata) {
    out += key;
    out += " : ";
    out += value;
    out += "\n\n";
  }
  out += "The Ombudsman's final decision:\n\nSummary: ";
  out += doc.summary;
  out += "\n\n";
  for (const DocSection& s : doc.sections) {
    out += s.heading;
    out += "\n\n";
    int paragraph = 0;
    int item = 0;
    bool in_list = false;  // the last line written was a numbered line
    for (const Block& b : s.blocks) {
      switch (b.kind) {
        case Block::Kind::kParagraph:
          fmt::format_to(std::back_inserter(out), "  {}. ", ++paragraph);
          item = 0;
          in_list = true;
          break;
        case Block::Kind::kItem:
          fmt::format_to(std::back_inserter(out), "      {}. ", ++item);
          in_list = true;
          break;
        case Block::Kind::kSubheading:
        case Block::Kind::kPlain:
          if (in_list) out += '\n';
          paragraph = 0;
          in_list = false;
          break;
      }
      out += b.text;
      out += in_list ? "\n" : "\n\n";
    }
    if (in_list) out += '\n';
    // The website puts "Back to top" after each section; "What I found" runs on into
    // "Analysis" without one.
    if (s.heading != "What I found") out += "Back to top\n\n";
  }
  if (!doc.signoff.empty()) {
    out += doc.signoff;
    out += "\n\n";
  }
  out += "Print this page\n\n";
  out += kLogoLines[doc.furniture_variant % kLogoLines.size()];
  out += "\n\n";
  out += kCookieBanners[doc.furniture_variant % kCookieBanners.size()];
}

void render_report(const Document& doc, std::string& out) {
  out += doc.title;
  out += "\nOverview:\n";
  for (const DocSection& s : doc.sections) {
    out += s.heading;
    out += '\n';
    for (const Block& b : s.blocks) {
      if (b.kind == Block::Kind::kItem) out += doc.bare_bullets ? "-\n" : "- ";
      out += b.text;
      out += '\n';
    }
  }
}

}  // namespace

std::size_t furniture_variants() {
  return kLogoLines.size() * kCookieBanners.size();
}

void render(const Document& doc, Layout layout, std::string& out) {
  switch (layout) {
    case Layout::kStatement:
      render_statement(doc, out);
      break;
    case Layout::kSavedPage:
      render_saved_page(doc, out);
      break;
    case Layout::kReport:
      render_report(doc, out);
      break;
  }
}

}  // namespace ombud::gen
