// A map from words to numbers for the snippet maker, which looks up every word of a decision:
// open addressing over one array of 32-byte slots, a word of up to 16 bytes held in its slot, so
// that a lookup reads one cache line (std::unordered_map spent most of its time following
// pointers to its nodes). Longer words are kept in a side buffer.
#pragma once

#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

namespace ombud {

class WordTable {
 public:
  static constexpr std::uint32_t kMissing = 0xffffffff;

  WordTable() : slots_(kInitialSlots), recent_(kRecentSlots) {}

  // The value of `word`, or kMissing.
  std::uint32_t find(std::string_view word) const {
    const Key key(word);
    // A small table of the words looked up last answers most lookups (a few hundred words make
    // most of any text) from the processor's cache; the large one is a cache miss a word.
    Slot& recent = recent_[key.hash % kRecentSlots];
    if (recent.hash == key.hash && recent.length == word.size() && recent.value != kMissing &&
        matches(recent, key, word))
      return recent.value;
    const std::size_t mask = slots_.size() - 1;
    for (std::size_t i = key.hash & mask;; i = (i + 1) & mask) {
      const Slot& s = slots_[i];
      if (s.value == kMissing) return kMissing;
      if (s.hash == key.hash && s.length == word.size() && matches(s, key, word)) {
        recent = s;
        return s.value;
      }
    }
  }

  // Adds `word` (which must not be there yet) with `value`.
  void insert(std::string_view word, std::uint32_t value) {
    if ((count_ + 1) * 2 > slots_.size()) grow();
    const Key key(word);
    Slot s;
    s.hash = key.hash;
    s.length = static_cast<std::uint32_t>(word.size());
    s.value = value;
    if (word.size() <= kInlineBytes) {
      s.head = key.head;
      s.tail = key.tail;
    } else {
      s.head = long_keys_.size();
      long_keys_.append(word);
    }
    place(s);
    ++count_;
  }

  std::size_t size() const { return count_; }

  void clear() {
    slots_.assign(kInitialSlots, Slot{});
    recent_.assign(kRecentSlots, Slot{});
    long_keys_.clear();
    count_ = 0;
  }

 private:
  static constexpr std::size_t kInitialSlots = 1 << 12;
  static constexpr std::size_t kInlineBytes = 16;
  static constexpr std::size_t kRecentSlots = 1021;  // a prime: 32 KB

  // A word's first 16 bytes, zero-padded, and its hash.
  struct Key {
    std::uint64_t head = 0;
    std::uint64_t tail = 0;
    std::uint64_t hash = 0;
    explicit Key(std::string_view w) {
      // Byte by byte: the word was just written byte by byte, and a wide load of it would wait
      // for those stores to land (a store-forwarding stall that cost a fifth of the lookups).
      const std::size_t n = w.size() < kInlineBytes ? w.size() : kInlineBytes;
      for (std::size_t i = 0; i < n && i < 8; ++i)
        head |= std::uint64_t{static_cast<unsigned char>(w[i])} << (8 * i);
      for (std::size_t i = 8; i < n; ++i)
        tail |= std::uint64_t{static_cast<unsigned char>(w[i])} << (8 * (i - 8));
      std::uint64_t h = (head * 0x9E3779B97F4A7C15ULL) ^ (tail * 0xC2B2AE3D27D4EB4FULL) ^ w.size();
      for (std::size_t i = kInlineBytes; i < w.size(); ++i)
        h = (h ^ static_cast<unsigned char>(w[i])) * 0x100000001B3ULL;
      hash = h ^ (h >> 31);
    }
  };

  struct Slot {
    std::uint64_t head = 0;  // the word's first 8 bytes, or its offset in long_keys_
    std::uint64_t tail = 0;  // bytes 8 to 15
    std::uint64_t hash = 0;
    std::uint32_t length = 0;
    std::uint32_t value = kMissing;
  };

  bool matches(const Slot& s, const Key& key, std::string_view word) const {
    if (word.size() <= kInlineBytes) return s.head == key.head && s.tail == key.tail;
    return std::memcmp(long_keys_.data() + s.head, word.data(), word.size()) == 0;
  }

  void place(const Slot& slot) {
    const std::size_t mask = slots_.size() - 1;
    std::size_t i = slot.hash & mask;
    while (slots_[i].value != kMissing) i = (i + 1) & mask;
    slots_[i] = slot;
  }

  void grow() {
    std::vector<Slot> old(slots_.size() * 2);
    old.swap(slots_);
    for (const Slot& s : old)
      if (s.value != kMissing) place(s);
  }

  std::vector<Slot> slots_;
  mutable std::vector<Slot> recent_;  // a copy of some slots of slots_
  std::string long_keys_;
  std::size_t count_ = 0;
};

}  // namespace ombud
