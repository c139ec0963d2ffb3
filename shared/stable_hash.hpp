// A hash that is the same on every machine and in every run, for what is stored or placed by it
// (a file's key in the registry, the shard a decision goes to): std::hash promises neither.
#pragma once

#include <cstdint>
#include <string_view>

namespace ombud {

// The offset basis as the first sharded databases and file registries were written with it. It
// is FNV-1a's published basis, 14695981039346656037, with its last digit lost; the hash is no
// worse for it, but changing it now would move decisions to other shards and make every file
// registry key unknown, so it stays.
inline constexpr std::uint64_t kStableHashBasis = 1469598103934665603ULL;

// FNV-1a (64 bits: xor a byte, multiply by the FNV prime) from kStableHashBasis.
constexpr std::uint64_t stable_hash(std::string_view bytes) {
  std::uint64_t h = kStableHashBasis;
  for (const char c : bytes) {
    h ^= static_cast<unsigned char>(c);
    h *= 1099511628211ULL;
  }
  return h;
}

// Values existing databases depend on.
static_assert(stable_hash("") == 0x14650fb0739d0383ULL);
static_assert(stable_hash("a") == 0x44bd8ad473cd9906ULL);
static_assert(stable_hash("22-031-415") == 0x9194814690074aa1ULL);

}  // namespace ombud
