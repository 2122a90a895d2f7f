#pragma once
// Breadth-first hop counts, for any graph with vertexCount() and neighbours(v) (SimpleGraph,
// WeightedGraph).
#include <cstddef>
#include <cstdint>
#include <span>
#include <vector>

#include "analysis/simple_graph.hpp"

namespace knp::layouts {

inline constexpr std::size_t kUnreached = SIZE_MAX;

// Hops from the nearest of `sources` to every vertex; kUnreached where none reaches. Repeated
// sources are fine. O(n + m).
template <class Graph>
std::vector<std::size_t> hopsFrom(const Graph& graph, std::span<const VertexIndex> sources) {
  std::vector<std::size_t> hops(graph.vertexCount(), kUnreached);
  std::vector<VertexIndex> queue;
  for (VertexIndex s : sources)
    if (hops[s] != 0) hops[s] = 0, queue.push_back(s);
  for (std::size_t head = 0; head < queue.size(); ++head)
    for (VertexIndex w : graph.neighbours(queue[head]))
      if (hops[w] == kUnreached) hops[w] = hops[queue[head]] + 1, queue.push_back(w);
  return hops;
}

}  // namespace knp::layouts
