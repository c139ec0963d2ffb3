// The fictional bodies complained about: about 350 councils, care providers, school admission
// authorities and combined authorities, their names built from invented place-name parts, and
// how often each appears: Zipf's law with s = 1 and Mandelbrot's shift q = 6, so a few bodies
// have many decisions and most have few, but the largest has about 3.5% of them rather than the
// 15% that plain Zipf over 350 names gives (in published decisions the busiest councils have a
// few per cent). Large councils take the top ranks, care providers and trusts the tail.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "random.hpp"

namespace ombud::gen {

enum class OrgKind {
  kCountyCouncil,
  kDistrictCouncil,     // "... District Council", "... Borough Council"
  kUnitaryCouncil,      // "... Council", "... City Council", "... Metropolitan Borough Council"
  kLondonBorough,       // "London Borough of ..."
  kCareProvider,        // "... Limited"
  kAdmissionAuthority,  // a school's governing body or an academy trust
  kCombinedAuthority,
};

struct Organisation {
  std::string name;  // as in the title line: "Calderbury District Council"
  OrgKind kind;
  std::string_view short_name;  // how the text refers to it: "the Council", "the Trust"
};

// Which categories of complaint a kind of body deals with (indices into taxonomy categories are
// not used here: the taxonomy asks by kind).
class Organisations {
 public:
  // The organisations of a run: the same for a given seed.
  Organisations(std::uint64_t seed, std::size_t count = 350);

  // One organisation, drawn by its Zipf frequency.
  const Organisation& draw(Rng& rng) const { return orgs_[frequency_.sample(rng)]; }
  static constexpr double kZipfS = 1.0;
  static constexpr double kZipfShift = 6.0;
  const std::vector<Organisation>& all() const { return orgs_; }
  double probability(std::size_t i) const { return frequency_.probability(i); }

 private:
  std::vector<Organisation> orgs_;  // in rank order: orgs_[0] is the most frequent
  Discrete frequency_;
};

// An invented place name ("Calderbury", "North Fenholt"), from syllable parts.
std::string place_name(Rng& rng);
// An invented surname-like or house name part ("Wrenfield", "Larkmoor"), for schools, homes,
// streets and care providers.
std::string proper_name(Rng& rng);

}  // namespace ombud::gen
