// Invented place names and the organisations named after them.
#include "organisations.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <unordered_set>

namespace ombud::gen {
namespace {

// Parts chosen to sound English without being common real names; the blocklist below catches
// the real ones that the combinations still make.
constexpr std::array<std::string_view, 72> kHeads = {
    "Ash",   "Brack", "Calder", "Dun",    "Elm",   "Fen",   "Gorse",  "Hollin", "Ivel",
    "Kes",   "Lark",  "Marl",   "Nether", "Ock",   "Pen",   "Quen",   "Rother", "Sedge",
    "Thorn", "Ull",   "Vel",    "Wren",   "Yarl",  "Alder", "Bram",   "Cop",    "Dray",
    "Eller", "Fal",   "Glen",   "Hart",   "Ing",   "Kil",   "Lyn",    "Mere",   "Nor",
    "Orm",   "Pel",   "Rook",   "Sal",    "Tam",   "Wend",  "Bar",    "Chal",   "Dor",
    "Ever",  "Fir",   "Gil",    "Hob",    "Imber", "Kin",   "Lud",    "Mick",   "Nab",
    "Ox",    "Pill",  "Rush",   "Stan",   "Tod",   "Wey",   "Whit",   "Blen",   "Cran",
    "Drum",  "Emble", "Frith",  "Grim",   "Hal",   "Lang",  "Mallow", "Pike",   "Sorrel"};
constexpr std::array<std::string_view, 40> kTails = {
    "bury",  "ford",  "ley",    "ton",  "field", "ham",   "worth", "by",   "minster", "wick",
    "combe", "mouth", "stead",  "den",  "hurst", "holt",  "mere",  "stow", "dale",    "thorpe",
    "wood",  "well",  "bridge", "cote", "hithe", "marsh", "moor",  "shaw", "wold",    "brook",
    "gate",  "hope",  "low",    "more", "ness",  "over",  "side",  "sett", "tree",    "wyke"};
constexpr std::array<std::string_view, 6> kCompass = {"North", "South", "East",
                                                      "West",  "Mid",   "Upper"};
constexpr std::array<std::string_view, 8> kSecondWords = {"Vale",  "Marsh",  "Forest", "Heath",
                                                          "Dales", "Valley", "Downs",  "Fields"};

// Real English places the parts could spell; a generated name that is one of these is redrawn.
constexpr std::array<std::string_view, 40> kRealPlaces = {
    "Ashford", "Ashby",     "Ashton",    "Ashley",   "Ashwell",    "Bradford",  "Stanford",
    "Stanley", "Stanton",   "Whitby",    "Whitley",  "Whitehaven", "Wrenbury",  "Elmbridge",
    "Elmley",  "Dunstable", "Thornbury", "Thornton", "Tamworth",   "Salford",   "Wendover",
    "Oxford",  "Oxley",     "Langley",   "Langford", "Halton",     "Kesgrave",  "Cranbrook",
    "Lydney",  "Penley",    "Marlow",    "Ludlow",   "Barford",    "Glenfield", "Copley",
    "Kilby",   "Orton",     "Kinley",    "Hartley",  "Weybridge"};

bool is_real_place(std::string_view name) {
  for (std::string_view real : kRealPlaces) {
    if (name == real) return true;
  }
  return false;
}

std::string simple_place(Rng& rng) {
  for (;;) {
    std::string name(rng.pick(std::span<const std::string_view>(kHeads)));
    name += rng.pick(std::span<const std::string_view>(kTails));
    if (!is_real_place(name)) return name;
  }
}

struct KindShare {
  OrgKind kind;
  double share;
};

// Roughly the mix of bodies that decisions name.
constexpr std::array<KindShare, 7> kKindShares = {{
    {OrgKind::kCountyCouncil, 0.07},
    {OrgKind::kDistrictCouncil, 0.42},
    {OrgKind::kUnitaryCouncil, 0.22},
    {OrgKind::kLondonBorough, 0.09},
    {OrgKind::kCareProvider, 0.10},
    {OrgKind::kAdmissionAuthority, 0.08},
    {OrgKind::kCombinedAuthority, 0.02},
}};

OrgKind draw_kind(Rng& rng) {
  double u = rng.unit();
  for (const KindShare& k : kKindShares) {
    if (u < k.share) return k.kind;
    u -= k.share;
  }
  return OrgKind::kDistrictCouncil;
}

Organisation make_org(OrgKind kind, Rng& rng) {
  switch (kind) {
    case OrgKind::kCountyCouncil: {
      std::string name =
          rng.chance(0.5)
              ? std::string(rng.pick(std::span<const std::string_view>(kHeads))) + "shire"
              : simple_place(rng);
      if (rng.chance(0.2)) {
        name = std::string(rng.pick(std::span<const std::string_view>(kCompass))) + " " + name;
      }
      return {name + " County Council", kind, "the Council"};
    }
    case OrgKind::kDistrictCouncil: {
      std::string name = place_name(rng);
      name += rng.chance(0.55) ? " District Council" : " Borough Council";
      return {name, kind, "the Council"};
    }
    case OrgKind::kUnitaryCouncil: {
      std::string name = place_name(rng);
      const double u = rng.unit();
      name += u < 0.45 ? " Council" : u < 0.75 ? " City Council" : " Metropolitan Borough Council";
      return {name, kind, "the Council"};
    }
    case OrgKind::kLondonBorough:
      return {"London Borough of " + simple_place(rng), kind, "the Council"};
    case OrgKind::kCareProvider: {
      static constexpr std::array<std::string_view, 6> kSuffixes = {
          " Care Limited",       " Healthcare Limited", " Homecare Services Limited",
          " Care Homes Limited", " Living Limited",     " Support Services Limited"};
      return {
          proper_name(rng) + std::string(rng.pick(std::span<const std::string_view>(kSuffixes))),
          kind, rng.chance(0.5) ? "the Care Provider" : "the Company"};
    }
    case OrgKind::kAdmissionAuthority: {
      if (rng.chance(0.6)) {
        static constexpr std::array<std::string_view, 5> kSchools = {
            " Primary School", " Academy", " High School", " Church of England Primary School",
            " Community College"};
        return {"The Governing Body of " + proper_name(rng) +
                    std::string(rng.pick(std::span<const std::string_view>(kSchools))),
                kind, "the School"};
      }
      return {proper_name(rng) + (rng.chance(0.5) ? " Learning Trust" : " Academies Trust"), kind,
              "the Trust"};
    }
    case OrgKind::kCombinedAuthority:
      return {simple_place(rng) + " and " + simple_place(rng) + " Combined Authority", kind,
              "the Authority"};
  }
  return {simple_place(rng) + " Council", OrgKind::kUnitaryCouncil, "the Council"};
}

}  // namespace

std::string place_name(Rng& rng) {
  const double u = rng.unit();
  if (u < 0.15) {
    return std::string(rng.pick(std::span<const std::string_view>(kCompass))) + " " +
           simple_place(rng);
  }
  if (u < 0.22) {
    return simple_place(rng) + " " +
           std::string(rng.pick(std::span<const std::string_view>(kSecondWords)));
  }
  return simple_place(rng);
}

std::string proper_name(Rng& rng) {
  static constexpr std::array<std::string_view, 24> kNameTails = {
      "field", "moor",  "brook", "dene",   "croft", "lea",   "wood",  "hayes",
      "mead",  "garth", "lands", "holme",  "ridge", "court", "haven", "row",
      "fold",  "side",  "ings",  "cliffe", "grove", "bank",  "nook",  "well"};
  std::string name(rng.pick(std::span<const std::string_view>(kHeads)));
  name += rng.pick(std::span<const std::string_view>(kNameTails));
  return name;
}

namespace {

// How many decisions a kind of body tends to have, relative to a district council.
double typical_size(OrgKind kind) {
  switch (kind) {
    case OrgKind::kCountyCouncil:
      return 4;
    case OrgKind::kUnitaryCouncil:
      return 3;
    case OrgKind::kLondonBorough:
      return 3;
    case OrgKind::kDistrictCouncil:
      return 1;
    case OrgKind::kCareProvider:
      return 0.25;
    case OrgKind::kAdmissionAuthority:
      return 0.15;
    case OrgKind::kCombinedAuthority:
      return 0.3;
  }
  return 1;
}

}  // namespace

Organisations::Organisations(std::uint64_t seed, std::size_t count)
    : frequency_(Discrete::zipf(count, kZipfS, kZipfShift)) {
  Rng rng(mix_seed(seed, 0xC0FFEEULL));
  std::unordered_set<std::string> seen;
  std::vector<std::pair<double, Organisation>> sized;
  sized.reserve(count);
  while (sized.size() < count) {
    Organisation org = make_org(draw_kind(rng), rng);
    if (!seen.insert(org.name).second) continue;
    const double size = typical_size(org.kind) * std::exp(0.6 * rng.normal());
    sized.emplace_back(size, std::move(org));
  }
  // Rank by size; the name breaks ties so the order never depends on the sort algorithm.
  std::sort(sized.begin(), sized.end(), [](const auto& a, const auto& b) {
    return a.first != b.first ? a.first > b.first : a.second.name < b.second.name;
  });
  orgs_.reserve(count);
  for (auto& [size, org] : sized) orgs_.push_back(std::move(org));
}

}  // namespace ombud::gen
