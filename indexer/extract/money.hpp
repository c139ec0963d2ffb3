// Pound amounts as decisions write them: "£500", "£1,000", "£5384.99", "£250.00", "£2.5k",
// "£1.2 million". Held as Pence so that every amount is exact.
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>
#include <vector>

#include "decision.hpp"

namespace ombud {

struct AmountMention {
  Pence pence = 0;
  std::size_t begin = 0;  // byte offsets of the mention in the text searched
  std::size_t end = 0;
};

// Every pound amount in `text`, in order of appearance. Amounts over a trillion pounds (not
// money anyone is paid) are left out rather than overflowing.
std::vector<AmountMention> find_amounts(std::string_view text);

// The distinct amounts of `text`, ascending.
std::vector<Pence> distinct_amounts(std::string_view text);

// One amount written on its own ("£1,000", "£2.5k"), or nullopt.
std::optional<Pence> parse_pounds(std::string_view text);

}  // namespace ombud
