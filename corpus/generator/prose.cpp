// Template expansion and the filler grammar. Expansion appends to one buffer per document:
// words are string_views into static text, so writing a sentence allocates nothing.
#include "prose.hpp"

#include <fmt/format.h>

#include <array>
#include <charconv>

namespace ombud::gen {
namespace {

using Pool = std::span<const std::string_view>;

// Filler sentences: the general vocabulary in administrative English. Each reads as one more
// detail of the story, so that a paragraph of them is dull but grammatical.
constexpr std::array<std::string_view, 43> kFiller = {
    "{Org} {vpast} the {noun} {prep} the {noun}.",
    "The {officer} {vpast} the {adj} {noun}.",
    "{c} said the {noun} had not been {vpp}.",
    "{c} told {org} that the {noun} was {adj}.",
    "There was no record that the {noun} had been {vpp}.",
    "The {noun} was {adv} {vpp} {time}.",
    "In {month}, the {officer} {vpast} {a_adj} {noun}.",
    "{Pro} contacted {org} again about the {noun}.",
    "The records show the {officer} {vpast} the {noun} and the {noun}.",
    "{Org} says it {vpast} the {noun} {time}.",
    "It is not clear from the records whether the {noun} was {vpp}.",
    "The {officer} noted that the {noun} {prep} the {noun} was {adj}.",
    "{c} asked for {a_noun} {prep} the {adj} {noun}.",
    "{Org} {adv} {vpast} the {noun}.",
    "The {adj} {noun} was {vpp} on {date}.",
    "Around the same time, {c} {vpast} the {noun}.",
    "The {officer} spoke to {c} about the {noun}.",
    "{Org} accepts that the {noun} should have been {vpp} sooner.",
    "{c} says {pro} was never told that the {noun} had been {vpp}.",
    "The {noun} did not mention the {adj} {noun}.",
    "{Org} could not find the {noun} {c} said {pro} had sent.",
    "Later that month, the {officer} {vpast} the {adj} {noun} {prep} the {noun}.",
    "{Org's} notes refer to {a_adj} {noun} but give no further detail.",
    "Nothing in the file shows that the {noun} was {vpp} before the {noun}.",
    "The {officer} planned to {vbase} the {noun}, but this did not happen.",
    "{c} sent photographs of the {noun} and the {noun}.",
    "The {noun} and the {noun} were {vpp} {time}.",
    "{Org} has explained that the {noun} is usually {vpp} by the {officer}.",
    "{c} wanted the {noun} {vpp} before the {noun}.",
    "According to {org}, the {adj} {noun} was {adv} {vpp}.",
    "The {officer} did not {vbase} the {noun} until {date}.",
    "{c} chased {org} about the {noun} {time}.",
    "{Org} then {vpast} {a_adj} {noun} for the {noun}.",
    "A manager {vpast} the {noun} and agreed to {vbase} the {adj} {noun}.",
    "{Org} {vpast} the {nouns} {prep} the {noun}.",
    "The {officer} {vpast} the {nouns} {time}.",
    "{c} sent {org} copies of the {nouns}.",
    "There were no {nouns} on file for {month}.",
    "The {adj} {nouns} were {vpp} {prep} the {noun}.",
    "{c} says the {nouns} were never {vpp}.",
    "A neighbour on {pname} Road raised the same concern about the {nouns}.",
    "The {noun} was sent to an address in {place} by mistake.",
    "{Org's} {nouns} and {nouns} were {adv} {vpp}.",
};

// Sentences with a rare word, drawn seldom.
constexpr std::array<std::string_view, 6> kRareFiller = {
    "{c} also mentioned the {rare} near the {noun}.",
    "The surveyor's note refers to the {rare}.",
    "Part of the dispute concerned a {rare} at the back of the property.",
    "The photographs show the {rare} and the {noun}.",
    "{c} described the {rare} in some detail.",
    "The {officer} had not seen the {rare} before.",
};

constexpr std::array<std::string_view, 12> kPrepositions = {"about", "for",    "with",   "from",
                                                            "after", "during", "in",     "on",
                                                            "under", "within", "before", "about"};

constexpr std::array<std::string_view, 8> kTimes = {
    "the following week", "a few days later",        "shortly afterwards", "within a month",
    "later that year",    "at the end of the month", "soon after",         "the next day"};

constexpr std::array<std::string_view, 8> kHarms = {
    "avoidable distress",
    "frustration and uncertainty",
    "distress and worry",
    "time and trouble",
    "uncertainty about whether the outcome would have been different",
    "avoidable frustration",
    "a loss of confidence",
    "stress at an already difficult time"};

constexpr std::array<std::string_view, 6> kWants = {
    "apologise",
    "explain what went wrong",
    "put matters right",
    "pay for the costs {pro} had",
    "improve its service so others are not affected",
    "deal with {poss} concerns properly"};

void append_money(Pence pence, bool comma, std::string& out) {
  const Pence pounds = pence / 100;
  const Pence rest = pence % 100;
  out += "£";
  if (comma && pounds >= 1000) {
    fmt::format_to(std::back_inserter(out), "{},{:03}", pounds / 1000, pounds % 1000);
  } else {
    fmt::format_to(std::back_inserter(out), "{}", pounds);
  }
  if (rest != 0) fmt::format_to(std::back_inserter(out), ".{:02}", rest);
}

int to_int(std::string_view s) {
  int value = 0;
  std::from_chars(s.data(), s.data() + s.size(), value);
  return value;
}

}  // namespace

Prose::Prose(Rng& rng, const CasePlan& plan, PlantedFacts& facts)
    : rng_(rng),
      plan_(plan),
      facts_(facts),
      vocab_(Vocabulary::get()),
      apostrophe_(plan.curly_apostrophes ? "’" : "'"),
      today_(plan.events_start) {
  // About one date per 400 bytes of text: steps sized so the timeline lasts the document.
  const long dates = std::max<long>(4, static_cast<long>(plan.target_bytes / 400));
  max_step_ =
      static_cast<int>(std::max<long>(2, 2 * (plan.events_end - plan.events_start) / dates));
}

void Prose::space(std::string& out) {
  if (!out.empty() && out.back() != ' ' && out.back() != '\n') out += ' ';
}

void Prose::sentence(std::string_view tmpl, std::string& out) {
  space(out);
  const std::size_t start = out.size();
  expand(tmpl, out);
  if (start < out.size() && out[start] >= 'a' && out[start] <= 'z') {
    out[start] = static_cast<char>(out[start] - 'a' + 'A');
  }
}

void Prose::phrase(std::string_view tmpl, std::string& out) {
  space(out);
  expand(tmpl, out);
}

void Prose::sentence_from(std::span<const std::string_view> pool, std::string& out) {
  sentence(rng_.pick(pool), out);
}

void Prose::filler(std::string& out) {
  if (rng_.chance(0.004)) {
    sentence_from(Pool(kRareFiller), out);
  } else {
    sentence_from(Pool(kFiller), out);
  }
}

void Prose::money(Pence pence, std::string& out) {
  append_money(pence, !rng_.chance(0.05), out);
  facts_.amounts.push_back(pence);
  if (in_remedy_) facts_.remedy_payments.push_back(pence);
}

CivilDate Prose::next_date() {
  today_ = std::min(today_ + rng_.between(1, max_step_), plan_.events_end);
  return civil_from_days(today_);
}

void Prose::expand(std::string_view tmpl, std::string& out) {
  std::size_t i = 0;
  while (i < tmpl.size()) {
    const std::size_t open = tmpl.find('{', i);
    literal(tmpl.substr(i, open == std::string_view::npos ? std::string_view::npos : open - i),
            out);
    if (open == std::string_view::npos) return;
    const std::size_t close = tmpl.find('}', open);
    if (close == std::string_view::npos) {  // a stray brace is text
      out.append(tmpl.substr(open));
      return;
    }
    const std::string_view inner = tmpl.substr(open + 1, close - open - 1);
    const std::size_t colon = inner.find(':');
    slot(inner.substr(0, colon),
         colon == std::string_view::npos ? std::string_view() : inner.substr(colon + 1), out);
    i = close + 1;
  }
}

void Prose::literal(std::string_view text, std::string& out) const {
  std::size_t i = 0;
  for (std::size_t q = text.find('\''); q != std::string_view::npos; q = text.find('\'', i)) {
    out.append(text.substr(i, q - i));
    out += apostrophe_;
    i = q + 1;
  }
  out.append(text.substr(i));
}

void Prose::possessive(std::string_view name, std::string& out) {
  out += name;
  out += apostrophe_;
  out += 's';
}

void Prose::slot(std::string_view name, std::string_view arg, std::string& out) {
  const CasePlan& p = plan_;
  const bool she = p.complainant.female;
  const std::string_view org = p.org->short_name;  // "the Council"
  if (name == "c") {
    out += p.complainant.name;
  } else if (name == "c's") {
    possessive(p.complainant.name, out);
  } else if (name == "pro" || name == "Pro") {
    out += she ? (name[0] == 'P' ? "She" : "she") : (name[0] == 'P' ? "He" : "he");
  } else if (name == "obj") {
    out += she ? "her" : "him";
  } else if (name == "poss" || name == "Poss") {
    out += she ? (name[0] == 'P' ? "Her" : "her") : (name[0] == 'P' ? "His" : "his");
  } else if (name == "org" || name == "Org") {
    out += name[0] == 'O' ? "The" : "the";
    out += org.substr(3);
  } else if (name == "org's" || name == "Org's") {
    out += name[0] == 'O' ? "The" : "the";
    possessive(org.substr(3), out);
  } else if (name == "client") {
    out += p.client;
  } else if (name == "client's") {
    possessive(p.client, out);
  } else if (name == "child") {
    out += p.child;
  } else if (name == "child's") {
    possessive(p.child, out);
  } else if (name == "rel") {
    out += p.child_relation;
  } else if (name == "rep") {
    out += p.representative.empty() ? std::string_view("an advocate") : p.representative;
  } else if (name == "date") {
    append_long_date(next_date(), out);
  } else if (name == "month") {
    append_month_year(next_date(), out);
  } else if (name == "topic") {
    expand(rng_.pick(Pool(p.subcategory->topics)), out);
  } else if (name == "thing") {
    out += rng_.pick(Pool(p.category->things));
  } else if (name == "officer") {
    out += rng_.pick(Pool(p.category->officers));
  } else if (name == "fault") {
    expand(rng_.pick(Pool(p.category->faults)), out);
  } else if (name == "event") {
    expand(rng_.pick(Pool(p.category->events)), out);
  } else if (name == "harm") {
    expand(rng_.pick(Pool(kHarms)), out);
  } else if (name == "want") {
    expand(rng_.pick(Pool(kWants)), out);
  } else if (name == "pname") {
    out += proper_name(rng_);
  } else if (name == "place") {
    out += place_name(rng_);
  } else if (name == "money" || name == "moneyp") {
    const std::size_t colon = arg.find(':');
    const int lo = to_int(arg.substr(0, colon));
    const int hi = colon == std::string_view::npos ? lo : to_int(arg.substr(colon + 1));
    Pence pence = 100LL * rng_.between(lo, hi);
    if (name == "moneyp") {
      pence += rng_.between(0, 99);
    } else if (hi - lo >= 200 && rng_.chance(0.7)) {
      pence -= pence % 1000;  // round sums: £1,250 rather than £1,253
      if (pence < 100LL * lo) pence += 1000;
    }
    money(pence, out);
  } else if (name == "pay" || name == "pay2") {
    const std::size_t i = name == "pay" ? 0 : 1;
    money(i < p.payments.size() ? p.payments[i] : p.payments.front(), out);
  } else if (name == "refund") {
    money(p.refund, out);
  } else if (name == "law") {
    out += arg;
    facts_.legislation.push_back(arg);
  } else if (name == "noun") {
    out += vocab_.noun(rng_);
  } else if (name == "nouns") {
    out += vocab_.plural_noun(rng_);
  } else if (name == "adj") {
    out += vocab_.adjective(rng_);
  } else if (name == "adv") {
    out += vocab_.adverb(rng_);
  } else if (name == "vpast") {
    out += vocab_.verb(rng_).past;
  } else if (name == "vbase") {
    out += vocab_.verb(rng_).base;
  } else if (name == "vpp") {
    out += vocab_.verb(rng_).participle;
  } else if (name == "a_adj" || name == "a_noun") {
    const std::string_view word = name == "a_adj" ? vocab_.adjective(rng_) : vocab_.noun(rng_);
    out += indefinite_article(word);
    out += ' ';
    out += word;
  } else if (name == "rare") {
    out += vocab_.rare(rng_);
  } else if (name == "prep") {
    out += rng_.pick(Pool(kPrepositions));
  } else if (name == "time") {
    out += rng_.pick(Pool(kTimes));
  } else if (name == "filler") {
    filler(out);
  } else {
    // A typo in a template should be seen in the output, not silently dropped.
    out += '{';
    out += name;
    out += '}';
  }
}

}  // namespace ombud::gen
