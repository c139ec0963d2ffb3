// Our own distributions over std::mt19937_64 (see random.hpp for why).
#include "random.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numbers>
#include <stdexcept>

namespace ombud::gen {

std::uint64_t mix_seed(std::uint64_t seed, std::uint64_t stream) {
  std::uint64_t z = seed + 0x9e3779b97f4a7c15ULL * (stream + 1);
  z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
  z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
  return z ^ (z >> 31);
}

std::size_t Rng::below(std::size_t n) {
  const std::uint64_t range = n;
  const std::uint64_t limit =
      std::numeric_limits<std::uint64_t>::max() - std::numeric_limits<std::uint64_t>::max() % range;
  std::uint64_t x = engine_();
  while (x >= limit) x = engine_();
  return static_cast<std::size_t>(x % range);
}

int Rng::between(int lo, int hi) {
  return lo + static_cast<int>(below(static_cast<std::size_t>(hi - lo) + 1));
}

double Rng::unit() {
  return static_cast<double>(engine_() >> 11) * 0x1.0p-53;
}

double Rng::normal() {
  const double u1 = 1.0 - unit();  // (0, 1]: log is finite
  const double u2 = unit();
  return std::sqrt(-2.0 * std::log(u1)) * std::cos(2.0 * std::numbers::pi * u2);
}

Discrete::Discrete(std::span<const double> weights) {
  if (weights.empty()) throw std::invalid_argument("Discrete: no weights");
  cumulative_.reserve(weights.size());
  double total = 0;
  for (double w : weights) {
    total += w;
    cumulative_.push_back(total);
  }
  for (double& c : cumulative_) c /= total;
  cumulative_.back() = 1.0;
}

Discrete Discrete::zipf(std::size_t n, double s, double q) {
  std::vector<double> weights(n);
  for (std::size_t r = 0; r < n; ++r) {
    weights[r] = 1.0 / std::pow(static_cast<double>(r + 1) + q, s);
  }
  return Discrete(weights);
}

std::size_t Discrete::sample(Rng& rng) const {
  const double u = rng.unit();
  const auto it = std::upper_bound(cumulative_.begin(), cumulative_.end(), u);
  return std::min(static_cast<std::size_t>(it - cumulative_.begin()), cumulative_.size() - 1);
}

double Discrete::probability(std::size_t i) const {
  return i == 0 ? cumulative_[0] : cumulative_[i] - cumulative_[i - 1];
}

}  // namespace ombud::gen
