#include "listing_order.hpp"

namespace ombud {

std::string listing_order_key(const std::optional<std::string>& iso_date,
                              std::string_view case_ref) {
  std::string key;
  if (iso_date && iso_date->size() == 10)
    key = iso_date->substr(0, 4) + iso_date->substr(5, 2) + iso_date->substr(8, 2);
  else
    key = "00000000";
  for (char c : case_ref) key.push_back(static_cast<char>(0xFF - static_cast<unsigned char>(c)));
  key.push_back(static_cast<char>(0xFF));
  return key;
}

}  // namespace ombud
