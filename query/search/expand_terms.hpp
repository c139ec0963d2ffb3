// Which indexed terms may stand for a set of decisions in an expand set (Enquire::get_eset):
// --like's terms of one decision, --terms' words of the matches. Only words of the text: no field
// or case-reference term (they have prefixes other than the text's), no number (dates, amounts,
// paragraph and case numbers say nothing about what a decision is about), no stem shorter than
// three letters, no function word or title (the list in expand_terms.cpp), and no word of the
// decision's own organisation for --like (the council's name is a filter, not a subject: left in,
// it would rank the same council's decisions first whatever they are about).
#pragma once

#include <xapian.h>

#include <string>
#include <string_view>
#include <unordered_set>

namespace ombud {

// Whether `term` is a text term that may be an expand term by the rules above (all but the
// organisation's words).
bool is_expand_candidate(std::string_view term);

// Whether a term in `termfreq` of the collection's `doccount` decisions may be one of --like's
// words: not one only the decision itself uses (it finds no other), and not one in more than half
// of the decisions (it says little about any one of them, and would match most of the collection).
bool useful_for_like(Xapian::doccount termfreq, Xapian::doccount doccount);

// A term in more than half of the collection's `doccount` decisions: too common to set any
// decision or set of them apart (--like and --terms leave it out).
bool too_common(Xapian::doccount termfreq, Xapian::doccount doccount);

// The ExpandDecider for get_eset: is_expand_candidate(), and none of `excluded` (terms, as
// indexed: the organisation's words for --like).
class ExpandTermDecider : public Xapian::ExpandDecider {
 public:
  explicit ExpandTermDecider(std::unordered_set<std::string> excluded = {})
      : excluded_(std::move(excluded)) {}
  bool operator()(const std::string& term) const override;

 private:
  std::unordered_set<std::string> excluded_;
};

}  // namespace ombud
