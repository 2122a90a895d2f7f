#pragma once
// Small helpers shared by the layout tests.
#include <cmath>
#include <vector>

#include "layouts/layout.hpp"
#include "random_edges.hpp"

namespace knp::test {

// A layout graph on n vertices from an edge list, with an optional column per vertex.
inline layouts::LayoutGraph graphOf(std::size_t n, const EdgeVector& edges, std::vector<std::size_t> column = {}) {
  layouts::LayoutGraph graph;
  graph.graph = SimpleGraph::fromEdges(n, edges);
  graph.column = std::move(column);
  return graph;
}

inline double distance(layouts::Point a, layouts::Point b) { return std::hypot(a.x - b.x, a.y - b.y); }

// The mean drawn length of the graph's edges (the graph must have edges).
inline double meanEdgeLength(const SimpleGraph& graph, const std::vector<layouts::Point>& points) {
  double sum = 0;
  for (auto [a, b] : graph.edges()) sum += distance(points[a], points[b]);
  return sum / static_cast<double>(graph.edgeCount());
}

}  // namespace knp::test
