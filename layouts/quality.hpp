#pragma once
// How good is a drawing? Measures used by the tests and the benchmarks to compare layouts,
// ours and other tools'. None of them looks at node kinds; all ignore self-loops.
#include <cstddef>
#include <cstdint>
#include <vector>

#include "analysis/simple_graph.hpp"
#include "layouts/point.hpp"

namespace knp::layouts {

struct StressOptions {
  // Graphs with more vertices use BFS from this many sources (a fixed seeded sample) instead
  // of from every vertex.
  std::size_t exactUpTo = 2000;
  std::size_t sampleSources = 300;
  std::uint64_t seed = 1;
};

// Scale-normalised stress: over the vertex pairs (s, t) joined by a path, with graph distance d
// (hops) and drawn distance e, the scale α = Σ(e/d) / Σ(e/d)² that minimises Σ((α e − d)/d)²,
// then the mean of ((α e − d)/d)². 0 is a perfect drawing of graph distances; placing every
// vertex on one point gives 1. Pairs without a path are skipped; no pair at all gives 0.
// Exact (all ordered pairs, each unordered pair twice, which leaves the mean unchanged) up to
// `exactUpTo` vertices, else over the pairs reached from the sampled sources.
// O(n·(n + m)) exact, O(k·(n + m)) sampled. `positions` must have one point per vertex.
double scaleNormalisedStress(const SimpleGraph& graph, const std::vector<Point>& positions,
                             const StressOptions& options = {});

// Pairs of edges whose segments cross in a single point inside both (edges sharing an end
// vertex never count; collinear overlaps do not count). Edges are bucketed in a uniform grid
// of about √m × √m cells over the drawing, and only pairs meeting in a cell are tested, each
// counted in the one cell that holds its crossing point: near O(m + crossings) for evenly
// spread drawings, O(m²) at worst (everything in one cell).
std::size_t countEdgeCrossings(const SimpleGraph& graph, const std::vector<Point>& positions);

// Pairs of nodes whose discs overlap: distance < radius[i] + radius[j] (one radius for all when
// `radius` has one entry). Grid hashing with cells as wide as the largest diameter: near O(n)
// for drawings without pile-ups.
std::size_t countNodeOverlaps(const std::vector<Point>& positions, const std::vector<double>& radius);

}  // namespace knp::layouts
