#include "layouts/weighted_graph.hpp"

#include <algorithm>
#include <limits>
#include <stdexcept>

namespace knp::layouts {

WeightedGraph weightedGraphOf(const SimpleGraph& graph, std::span<const double> edgeWeight) {
  const std::size_t n = graph.vertexCount();
  if (2 * graph.edgeCount() > std::numeric_limits<std::uint32_t>::max())
    throw std::length_error("layout: too many edges for one graph");
  WeightedGraph result;
  result.mass.resize(n);
  result.offsets.reserve(n + 1);
  result.targets.reserve(2 * graph.edgeCount());
  result.offsets.push_back(0);
  for (VertexIndex v = 0; v < n; ++v) {
    const auto around = graph.neighbours(v);
    result.targets.insert(result.targets.end(), around.begin(), around.end());
    result.offsets.push_back(static_cast<std::uint32_t>(result.targets.size()));
    result.mass[v] = static_cast<double>(around.size()) + 1.0;
  }
  result.weights.assign(result.targets.size(), 1.0);
  if (!edgeWeight.empty()) {
    // graph.edges() lists (v, w) with v < w, v ascending, then w ascending: the order of the
    // upper entries of the neighbour lists. Each weight goes to both entries of its edge.
    std::size_t edge = 0;
    for (VertexIndex v = 0; v < n; ++v) {
      const auto around = graph.neighbours(v);
      for (std::size_t k = 0; k < around.size(); ++k) {
        const VertexIndex w = around[k];
        if (w <= v) continue;
        const double weight = edgeWeight[edge++];
        result.weights[result.offsets[v] + k] = weight;
        const auto back = graph.neighbours(w);
        result.weights[result.offsets[w] + static_cast<std::size_t>(std::lower_bound(back.begin(), back.end(), v) - back.begin())] = weight;
      }
    }
  }
  return result;
}

}  // namespace knp::layouts
