#pragma once
// Seeded random edge lists for the graph algorithm tests.
#include <cstdint>
#include <random>
#include <utility>
#include <vector>

#include "analysis/simple_graph.hpp"

namespace knp::test {

using EdgeVector = std::vector<std::pair<VertexIndex, VertexIndex>>;

// `m` edges between uniformly drawn vertices of 0..n-1 (n >= 2): self-loops are skipped, a
// repeated pair may occur (SimpleGraph merges it). Deterministic for a seed.
inline EdgeVector randomEdges(std::size_t n, std::size_t m, std::uint32_t seed) {
  std::mt19937 random(seed);
  std::uniform_int_distribution<VertexIndex> pick(0, static_cast<VertexIndex>(n - 1));
  EdgeVector edges;
  while (edges.size() < m) {
    const VertexIndex a = pick(random), b = pick(random);
    if (a != b) edges.emplace_back(a, b);
  }
  return edges;
}

}  // namespace knp::test
