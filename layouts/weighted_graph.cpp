#include "layouts/weighted_graph.hpp"

#include <limits>
#include <stdexcept>

namespace knp::layouts {

WeightedGraph weightedGraphOf(const SimpleGraph& graph) {
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
  return result;
}

}  // namespace knp::layouts
