// Seeded randomness for the corpus generator. std::mt19937_64 is specified bit for bit by the
// C++ standard; every distribution on top of it is our own code (no std::*_distribution, whose
// algorithms differ between standard libraries), so a seed gives the same corpus with any
// compiler. Only the lognormal draws go through libm (log, sqrt, cos), whose last bit may differ
// between C libraries: a corpus is byte-identical on one platform, which is what the tests and
// benchmarks need.
#pragma once

#include <cstddef>
#include <cstdint>
#include <random>
#include <span>
#include <vector>

namespace ombud::gen {

// SplitMix64: derives independent seeds for the streams of one run (one per document, one for
// the organisations), so document i is the same whatever the count.
std::uint64_t mix_seed(std::uint64_t seed, std::uint64_t stream);

class Rng {
 public:
  explicit Rng(std::uint64_t seed) : engine_(seed) {}

  std::uint64_t next() { return engine_(); }
  // Uniform in [0, n); n > 0. Rejection sampling, so no modulo bias.
  std::size_t below(std::size_t n);
  // Uniform in [lo, hi], inclusive.
  int between(int lo, int hi);
  // Uniform in [0, 1), 53 random bits.
  double unit();
  bool chance(double p) { return unit() < p; }
  // Standard normal (Box-Muller, one value per call).
  double normal();

  template <class T>
  const T& pick(std::span<const T> items) {
    return items[below(items.size())];
  }
  template <class T>
  void shuffle(std::vector<T>& items) {
    for (std::size_t i = items.size(); i > 1; --i) std::swap(items[i - 1], items[below(i)]);
  }

 private:
  std::mt19937_64 engine_;
};

// A discrete distribution over 0..n-1 from weights: a cumulative table and a binary search.
class Discrete {
 public:
  Discrete() = default;
  explicit Discrete(std::span<const double> weights);
  // Zipf's law: rank r (0-based) has weight 1 / (r + 1 + q)^s. q = 0 is Zipf's law proper;
  // q > 0 (Mandelbrot's shift) flattens the head and keeps the 1/r^s tail.
  static Discrete zipf(std::size_t n, double s, double q = 0);

  std::size_t sample(Rng& rng) const;
  std::size_t size() const { return cumulative_.size(); }
  // The probability of outcome i.
  double probability(std::size_t i) const;

 private:
  std::vector<double> cumulative_;  // normalised: the last entry is 1
};

}  // namespace ombud::gen
