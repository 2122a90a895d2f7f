#include "analysis/simple_graph.hpp"

#include <algorithm>
#include <stdexcept>
#include <string>

namespace knp {

SimpleGraph SimpleGraph::fromEdges(std::size_t vertexCount,
                                   std::span<const std::pair<VertexIndex, VertexIndex>> edges) {
  std::vector<std::pair<VertexIndex, VertexIndex>> arcs;
  arcs.reserve(edges.size() * 2);
  for (auto [a, b] : edges) {
    if (a >= vertexCount || b >= vertexCount)
      throw std::out_of_range("SimpleGraph: edge endpoint " + std::to_string(std::max(a, b)) + " >= vertex count " +
                              std::to_string(vertexCount));
    if (a == b) continue;
    arcs.emplace_back(a, b);
    arcs.emplace_back(b, a);
  }
  std::sort(arcs.begin(), arcs.end());
  arcs.erase(std::unique(arcs.begin(), arcs.end()), arcs.end());

  SimpleGraph g;
  g.m_offsets.assign(vertexCount + 1, 0);
  for (auto [a, b] : arcs) ++g.m_offsets[a + 1];
  for (std::size_t v = 0; v < vertexCount; ++v) g.m_offsets[v + 1] += g.m_offsets[v];
  g.m_targets.reserve(arcs.size());
  for (auto [a, b] : arcs) g.m_targets.push_back(b);  // arcs are sorted by source, then target
  return g;
}

bool SimpleGraph::hasEdge(VertexIndex a, VertexIndex b) const {
  if (a >= vertexCount() || b >= vertexCount()) return false;
  auto list = neighbours(a);
  return std::binary_search(list.begin(), list.end(), b);
}

std::vector<std::pair<VertexIndex, VertexIndex>> SimpleGraph::edges() const {
  std::vector<std::pair<VertexIndex, VertexIndex>> result;
  result.reserve(edgeCount());
  for (VertexIndex a = 0; a < vertexCount(); ++a)
    for (VertexIndex b : neighbours(a))
      if (a < b) result.emplace_back(a, b);
  return result;
}

}  // namespace knp
