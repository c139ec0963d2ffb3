#include "spelling_variants.hpp"

#include <algorithm>

#include "spelling_table.hpp"
#include "text_normaliser.hpp"

namespace ombud {
namespace {

// Every `from` of the table holds one of these (a test checks it), so the common words of a
// text, which do not, never reach the binary search.
bool may_be_in_table(std::string_view w) {
  for (std::size_t i = 1; i < w.size(); ++i) {
    const char c = w[i];
    if ((c == 's' || c == 'z') && (w[i - 1] == 'i' || w[i - 1] == 'y')) return true;
  }
  return false;
}

}  // namespace

void unify_spelling(std::string& folded) {
  std::string_view base(folded);
  // fold_case() has already made every apostrophe '.
  if (base.ends_with("'s"))
    base.remove_suffix(2);
  else if (base.ends_with('\''))
    base.remove_suffix(1);
  if (!may_be_in_table(base)) return;
  const std::span<const SpellingEntry> table = spelling_table();
  const auto it =
      std::lower_bound(table.begin(), table.end(), base,
                       [](const SpellingEntry& e, std::string_view word) { return e.from < word; });
  if (it == table.end() || it->from != base) return;
  folded.replace(0, base.size(), it->to);
}

std::string stemmer_input(std::string_view word) {
  std::string folded = fold_case(word);
  unify_spelling(folded);
  return folded;
}

}  // namespace ombud
