#include "layouts/layout_support.hpp"

#include <algorithm>
#include <cmath>
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
  if (!request.unplaced.empty() && request.start.empty())
    throw std::invalid_argument("layout: unplaced nodes need start positions for the others");
  if (!request.settle.empty() && request.start.empty())
    throw std::invalid_argument("layout: nodes to settle need start positions");
  for (VertexIndex v : request.settle)
    if (v >= n) throw std::invalid_argument("layout: node to settle " + std::to_string(v) + " does not exist");
  std::vector<char> pinned(n, 0), unplaced(n, 0);
  for (VertexIndex v : request.pinned) pinned[v] = 1;
  for (VertexIndex v : request.unplaced) {
    if (v >= n) throw std::invalid_argument("layout: unplaced node " + std::to_string(v) + " does not exist");
    if (pinned[v]) throw std::invalid_argument("layout: node " + std::to_string(v) + " is both pinned and unplaced");
    unplaced[v] = 1;
  }
  if (!graph.column.empty() && graph.column.size() != n)
    throw std::invalid_argument("layout: a column for every node or for none");
  if (!graph.sector.empty() && graph.sector.size() != n)
    throw std::invalid_argument("layout: a sector for every node or for none");
  if (!graph.ring.empty() && graph.ring.size() != n)
    throw std::invalid_argument("layout: a ring for every node or for none");
  if (!graph.weight.empty() && graph.weight.size() != graph.graph.edgeCount())
    throw std::invalid_argument("layout: a weight for every edge or for none");
  for (double w : graph.weight)
    if (!(w > 0 && std::isfinite(w))) throw std::invalid_argument("layout: an edge weight must be finite and positive");
  if (!graph.radius.empty() && graph.radius.size() != n)
    throw std::invalid_argument("layout: a radius for every node or for none");
  for (double r : graph.radius)
    if (!(r >= 0 && std::isfinite(r))) throw std::invalid_argument("layout: a radius must be finite and not negative");
  for (std::size_t v = 0; v < request.start.size(); ++v)
    if (!unplaced[v] && !(std::isfinite(request.start[v].x) && std::isfinite(request.start[v].y)))
      throw std::invalid_argument("layout: the start position of node " + std::to_string(v) + " is not finite");
  if (!(request.force.theta >= 0 && std::isfinite(request.force.theta)))
    throw std::invalid_argument("layout: theta must be finite and not negative");
}

namespace {

// Mean length of the edges between placed vertices; without any, the side of the square each
// placed vertex would have if the drawing were evenly filled; 1 for a single point.
double typicalSpacing(const SimpleGraph& graph, const std::vector<Point>& points, const std::vector<char>& placed) {
  double sum = 0;
  std::size_t count = 0;
  Box box;
  std::size_t placedCount = 0;
  for (VertexIndex v = 0; v < points.size(); ++v) {
    if (!placed[v]) continue;
    box.include(points[v]);
    ++placedCount;
    for (VertexIndex w : graph.neighbours(v))
      if (w > v && placed[w]) sum += std::hypot(points[v].x - points[w].x, points[v].y - points[w].y), ++count;
  }
  if (count > 0 && sum > 0) return sum / static_cast<double>(count);
  if (placedCount > 1 && box.extent(0) > 0) return box.extent(0) / std::sqrt(static_cast<double>(placedCount));
  return 1.0;
}

}  // namespace

std::vector<Point> startPositions(const LayoutGraph& graph, const LayoutRequest& request) {
  if (!request.start.empty()) {
    std::vector<Point> points = request.start;
    if (!request.unplaced.empty()) placeUnplaced(graph.graph, points, request.unplaced, request.seed);
    return points;
  }
  std::mt19937_64 random(request.seed);
  std::uniform_real_distribution<double> unit(0.0, 1.0);
  std::vector<Point> points(graph.graph.vertexCount());
  for (Point& p : points) {
    p.x = unit(random);
    p.y = unit(random);
  }
  return points;
}

void placeUnplaced(const SimpleGraph& graph, std::vector<Point>& points, const std::vector<VertexIndex>& unplaced,
                   std::uint64_t seed) {
  std::vector<char> placed(points.size(), 1);
  for (VertexIndex v : unplaced) placed[v] = 0;
  const double spacing = typicalSpacing(graph, points, placed);
  std::mt19937_64 random(seed);
  auto nudge = [&] {  // a seeded offset of a quarter spacing, so two newcomers never coincide
    const Point direction = unitDirection(random);
    return Point{0.25 * spacing * direction.x, 0.25 * spacing * direction.y};
  };
  std::vector<VertexIndex> waiting(unplaced.begin(), unplaced.end());
  std::sort(waiting.begin(), waiting.end());
  waiting.erase(std::unique(waiting.begin(), waiting.end()), waiting.end());
  // Rounds: each places the waiting vertices with a placed neighbour, at their neighbours'
  // centre as it was when the round began, so the result does not depend on list order.
  for (bool progress = true; progress && !waiting.empty();) {
    progress = false;
    std::vector<std::pair<VertexIndex, Point>> now;
    std::vector<VertexIndex> still;
    for (VertexIndex v : waiting) {
      Point sum;
      std::size_t count = 0;
      for (VertexIndex w : graph.neighbours(v))
        if (placed[w]) sum.x += points[w].x, sum.y += points[w].y, ++count;
      if (count == 0) {
        still.push_back(v);
        continue;
      }
      const Point offset = nudge();
      now.emplace_back(v, Point{sum.x / static_cast<double>(count) + offset.x, sum.y / static_cast<double>(count) + offset.y});
    }
    for (auto [v, p] : now) points[v] = p, placed[v] = 1;
    progress = !now.empty();
    waiting = std::move(still);
  }
  // The rest has no placed vertex in reach: a square grid to the right of the drawing, in
  // seeded order (a grid, not a column: forces cannot pull points off a line).
  Box box;
  for (VertexIndex v = 0; v < points.size(); ++v)
    if (placed[v]) box.include(points[v]);
  if (!std::isfinite(box.width())) box.include({0, 0});
  for (std::size_t i = waiting.size(); i > 1; --i) std::swap(waiting[i - 1], waiting[random() % i]);
  const auto columns = static_cast<std::size_t>(std::ceil(std::sqrt(static_cast<double>(waiting.size()))));
  for (std::size_t k = 0; k < waiting.size(); ++k) {
    points[waiting[k]] = {box.max.x + spacing * static_cast<double>(1 + k % columns),
                          box.min.y + spacing * static_cast<double>(k / columns)};
    placed[waiting[k]] = 1;
  }
}

double unitDraw(std::mt19937_64& random) { return static_cast<double>(random() >> 11) * 0x1.0p-53; }

Point unitDirection(std::mt19937_64& random) {
  const double angle = unitDraw(random) * 2 * M_PI;
  return {std::cos(angle), std::sin(angle)};
}

void restorePinned(std::vector<Point>& positions, const LayoutRequest& request) {
  for (VertexIndex v : request.pinned) positions[v] = request.start[v];
}

}  // namespace knp::layouts
