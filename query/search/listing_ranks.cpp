#include "search/listing_ranks.hpp"

#include <algorithm>
#include <cstdint>

namespace ombud {

std::string ListingRankKey::operator()(const Xapian::Document& doc) const {
  const std::uint32_t rank = ranks_.number(doc.get_docid());
  std::string key(4, '\0');
  for (int i = 0; i < 4; ++i)
    key[static_cast<std::size_t>(i)] = static_cast<char>(rank >> (24 - 8 * i));
  return key;
}

std::vector<Xapian::docid> listing_slice(std::vector<Xapian::docid> matches,
                                         const facet_columns::ColumnView& ranks,
                                         Xapian::doccount offset, Xapian::doccount limit) {
  if (offset >= matches.size()) return {};
  const std::size_t end = std::min<std::size_t>(matches.size(), std::size_t{offset} + limit);
  // Equal ranks (documents without the value, rank 0) in document order, as Xapian breaks ties.
  const auto first = [&](Xapian::docid a, Xapian::docid b) {
    const std::uint32_t ra = ranks.number(a), rb = ranks.number(b);
    return ra != rb ? ra > rb : a < b;
  };
  const auto stop = matches.begin() + static_cast<std::ptrdiff_t>(end);
  // Only the first `end` in order, and only those sorted.
  if (stop != matches.end()) std::nth_element(matches.begin(), stop, matches.end(), first);
  std::sort(matches.begin(), stop, first);
  std::vector<Xapian::docid> slice(matches.begin() + offset, stop);
  std::sort(slice.begin(), slice.end());
  return slice;
}

}  // namespace ombud
