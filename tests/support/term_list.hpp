// A document's term list as one string, as Xapian's own tests write them, for golden tests of
// what the analyzer and the document builder index: "Zcouncil[2] Zfound[1]" (each term with its
// wdf; boolean terms have wdf 0), in Xapian's term order.
#pragma once

#include <xapian.h>

#include <string>

namespace ombud::test {

inline std::string describe_terms(const Xapian::Document& doc) {
  std::string out;
  for (auto it = doc.termlist_begin(); it != doc.termlist_end(); ++it) {
    if (!out.empty()) out += ' ';
    out += *it + '[' + std::to_string(it.get_wdf()) + ']';
  }
  return out;
}

}  // namespace ombud::test
