#include "layouts/layout_support.hpp"

#include <random>
#include <stdexcept>
#include <string>

namespace knp::layouts {

void checkRequest(const LayoutGraph& graph, const LayoutRequest& request) {
  const std::size_t n = graph.graph.vertexCount();
  if (!request.start.empty() && request.start.size() != n)
    throw std::invalid_argument("layout: " + std::to_string(request.start.size()) + " start positions for " +
                                std::to_string(n) + " nodes");
  if (!request.pinned.empty() && request.start.empty())
    throw std::invalid_argument("layout: pinned nodes need start positions");
  for (VertexIndex v : request.pinned)
    if (v >= n) throw std::invalid_argument("layout: pinned node " + std::to_string(v) + " does not exist");
  if (!graph.column.empty() && graph.column.size() != n)
    throw std::invalid_argument("layout: a column for every node or for none");
  if (!graph.sector.empty() && graph.sector.size() != n)
    throw std::invalid_argument("layout: a sector for every node or for none");
  if (!graph.ring.empty() && graph.ring.size() != n)
    throw std::invalid_argument("layout: a ring for every node or for none");
}

std::vector<Point> startPositions(const LayoutGraph& graph, const LayoutRequest& request) {
  if (!request.start.empty()) return request.start;
  std::mt19937_64 random(request.seed);
  std::uniform_real_distribution<double> unit(0.0, 1.0);
  std::vector<Point> points(graph.graph.vertexCount());
  for (Point& p : points) {
    p.x = unit(random);
    p.y = unit(random);
  }
  return points;
}

void restorePinned(std::vector<Point>& positions, const LayoutRequest& request) {
  for (VertexIndex v : request.pinned) positions[v] = request.start[v];
}

}  // namespace knp::layouts
