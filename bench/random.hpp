#pragma once
// A small seeded pseudo-random source for the benchmark generators: xoshiro256** (Blackman and
// Vigna) seeded through splitmix64. Every draw is specified here, unlike the std::*_distribution
// classes whose output differs between standard libraries, so one seed gives the same project
// or graph with any compiler.
#include <algorithm>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <span>
#include <stdexcept>
#include <vector>

namespace knp::bench {

class Random {
 public:
  explicit Random(std::uint64_t seed) {
    for (std::uint64_t& word : m_state) word = splitMix(seed);
  }

  std::uint64_t next() {
    const std::uint64_t result = rotate(m_state[1] * 5, 7) * 9;
    const std::uint64_t t = m_state[1] << 17;
    m_state[2] ^= m_state[0];
    m_state[3] ^= m_state[1];
    m_state[1] ^= m_state[2];
    m_state[0] ^= m_state[3];
    m_state[2] ^= t;
    m_state[3] = rotate(m_state[3], 45);
    return result;
  }

  // Uniform in [0, bound); bound must be > 0. Rejects the few low draws that would bias the
  // modulo, so every value is exactly equally likely.
  std::uint64_t below(std::uint64_t bound) {
    if (bound == 0) throw std::invalid_argument("Random::below(0)");
    const std::uint64_t threshold = (0 - bound) % bound;
    for (;;) {
      const std::uint64_t r = next();
      if (r >= threshold) return r % bound;
    }
  }
  std::size_t index(std::size_t size) { return static_cast<std::size_t>(below(size)); }

  // Uniform in [lo, hi]; lo <= hi.
  int between(int lo, int hi) { return lo + static_cast<int>(below(static_cast<std::uint64_t>(hi - lo) + 1)); }

  // Uniform in [0, 1), 53 random bits.
  double unit() { return static_cast<double>(next() >> 11) * 0x1.0p-53; }
  bool chance(double probability) { return unit() < probability; }

  // Fisher–Yates: a uniformly random order of `items`.
  template <class T>
  void shuffle(std::vector<T>& items) {
    for (std::size_t i = items.size(); i > 1; --i) std::swap(items[i - 1], items[index(i)]);
  }

 private:
  static std::uint64_t rotate(std::uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }
  static std::uint64_t splitMix(std::uint64_t& x) {
    std::uint64_t z = (x += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
  }

  std::uint64_t m_state[4];
};

// Draws indices 0..n-1 with probability proportional to fixed non-negative weights, by binary
// search in the running sums: O(n) to build, O(log n) per draw. A weight of 0 is never drawn;
// all weights 0 (or no weights) is an error at construction.
class WeightedChoice {
 public:
  explicit WeightedChoice(std::span<const double> weights) {
    m_cumulative.reserve(weights.size());
    double total = 0.0;
    for (double w : weights) {
      if (!(w >= 0.0)) throw std::invalid_argument("WeightedChoice: negative or NaN weight");
      if (w > 0.0) m_lastPositive = m_cumulative.size();
      total += w;
      m_cumulative.push_back(total);
    }
    if (!(total > 0.0)) throw std::invalid_argument("WeightedChoice: no positive weight");
  }

  std::size_t operator()(Random& random) const {
    const double target = random.unit() * m_cumulative.back();
    // The first index whose running sum exceeds the target; zero weights are never chosen.
    auto it = std::upper_bound(m_cumulative.begin(), m_cumulative.end(), target);
    if (it == m_cumulative.end()) return m_lastPositive;  // only if rounding hit the very top
    return static_cast<std::size_t>(it - m_cumulative.begin());
  }

 private:
  std::vector<double> m_cumulative;
  std::size_t m_lastPositive = 0;
};

// Zipf weights 1/(rank+1)^exponent for ranks 0..n-1: rank 0 is the most popular.
inline std::vector<double> zipfWeights(std::size_t n, double exponent) {
  std::vector<double> weights(n);
  for (std::size_t rank = 0; rank < n; ++rank) weights[rank] = 1.0 / std::pow(static_cast<double>(rank + 1), exponent);
  return weights;
}

}  // namespace knp::bench
