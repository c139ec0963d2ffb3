// The order listings fall back on: newest decision first (undated ones last), then case reference
// from A to Z. Relevance ties and queries of filters only are listed in it (query/search's
// match_page). Xapian sorts by one value slot on every backend, remote shards included, but a
// KeyMaker of several keys only locally, so both keys go into one value (schema::kOrderSlot)
// whose descending byte order is this order.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace ombud {

// The kOrderSlot value of a decision with this date (ISO YYYY-MM-DD, or nullopt) and canonical
// case reference: YYYYMMDD ("00000000" when undated, lowest, so last), then each byte of the
// reference complemented (255 - b) and a final 0xFF, so that in descending order a lower
// reference comes first, and a reference comes before any longer one it begins.
std::string listing_order_key(const std::optional<std::string>& iso_date,
                              std::string_view case_ref);

}  // namespace ombud
