// A sentence that names the regulator and says this decision, report or statement is shared
// with, sent or copied to it.
#include "extract/regulator_sharing.hpp"

#include <re2/re2.h>

#include "read/checked_pattern.hpp"
#include "read/text_util.hpp"

namespace ombud {
namespace {

// The patterns of this file (read/checked_pattern.hpp).
struct Patterns {
  const Pattern sharing_words{
      "sharing_words",
      R"((?i)\b(?:shar(?:e|es|ed|ing)|sen(?:d|ds|t)|cop(?:y|ied)|pass(?:ed)? (?:on|to)|)"
      R"(provid(?:e|ed) (?:a copy )?to|forward(?:ed)?)\b[^.]{0,60}\b(?:this|the|our|my|a copy )"
      R"(of (?:this|the|my|our)) (?:final )?(?:decision|report|statement|findings)\b|)"
      R"(\b(?:this|the|our|my) (?:final )?(?:decision|report|statement) (?:will|is to|has|)"
      R"(is|was|should) (?:also )?(?:be |been |being )?(?:shared|sent|copied|passed))"};

  const Pattern ofsted{"ofsted", R"(\bOfsted\b|\bOFSTED\b|Office for Standards in Education)"};

  const Pattern cqc{"cqc", R"(\bCQC\b|(?i:\bcare quality commission\b))"};
};

const PatternTable<Patterns> patterns("extract/regulator_sharing.cpp");

bool shared_with(std::string_view text, const RE2& regulator) {
  if (!RE2::PartialMatch(text, regulator)) return false;  // most decisions: one quick scan
  const std::string straight = straighten_quotes(text);
  for (std::string_view sentence : split_sentences(straight)) {
    if (RE2::PartialMatch(sentence, regulator) &&
        RE2::PartialMatch(sentence, patterns().sharing_words))
      return true;
  }
  return false;
}

}  // namespace

bool shared_with_ofsted(std::string_view text) {
  return shared_with(text, patterns().ofsted);
}
bool shared_with_cqc(std::string_view text) {
  return shared_with(text, patterns().cqc);
}

}  // namespace ombud
