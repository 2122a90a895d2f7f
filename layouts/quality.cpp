#include "layouts/quality.hpp"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <random>
#include <stdexcept>
#include <unordered_map>

namespace knp::layouts {
namespace {

// Not std::hypot: it is several times slower, and layout coordinates never overflow a square.
double distance(Point a, Point b) { return std::sqrt((a.x - b.x) * (a.x - b.x) + (a.y - b.y) * (a.y - b.y)); }

// A uniform grid over a bounding box: cell coordinates of a point, clamped to the grid.
struct Grid {
  double minX = 0, minY = 0, cellWidth = 1, cellHeight = 1;
  std::size_t columns = 1, rows = 1;

  std::pair<std::size_t, std::size_t> cellOf(Point p) const {
    auto clamp = [](double value, std::size_t count) {
      if (!(value > 0)) return std::size_t{0};
      return std::min(count - 1, static_cast<std::size_t>(value));
    };
    return {clamp((p.x - minX) / cellWidth, columns), clamp((p.y - minY) / cellHeight, rows)};
  }
};

Grid gridOver(const std::vector<Point>& points, std::size_t columns, std::size_t rows) {
  const Box box = boundingBox(points);
  Grid grid;
  grid.minX = box.min.x;
  grid.minY = box.min.y;
  grid.columns = std::max<std::size_t>(1, columns);
  grid.rows = std::max<std::size_t>(1, rows);
  grid.cellWidth = std::max(box.width() / static_cast<double>(grid.columns), 1e-12);
  grid.cellHeight = std::max(box.height() / static_cast<double>(grid.rows), 1e-12);
  return grid;
}

double cross(Point o, Point a, Point b) { return (a.x - o.x) * (b.y - o.y) - (a.y - o.y) * (b.x - o.x); }

// The crossing point of segments ab and cd when they cross properly (a single point strictly
// inside both), else false.
bool properCrossing(Point a, Point b, Point c, Point d, Point& at) {
  const double d1 = cross(c, d, a), d2 = cross(c, d, b), d3 = cross(a, b, c), d4 = cross(a, b, d);
  if (!(((d1 > 0 && d2 < 0) || (d1 < 0 && d2 > 0)) && ((d3 > 0 && d4 < 0) || (d3 < 0 && d4 > 0)))) return false;
  const double t = d1 / (d1 - d2);
  at = {a.x + t * (b.x - a.x), a.y + t * (b.y - a.y)};
  return true;
}

}  // namespace

double scaleNormalisedStress(const SimpleGraph& graph, const std::vector<Point>& positions,
                             const StressOptions& options) {
  const std::size_t n = graph.vertexCount();
  if (positions.size() != n) throw std::invalid_argument("scaleNormalisedStress: one position per vertex needed");
  std::vector<VertexIndex> sources(n);
  std::iota(sources.begin(), sources.end(), VertexIndex{0});
  if (n > options.exactUpTo && options.sampleSources < n) {
    std::mt19937_64 random(options.seed);
    std::shuffle(sources.begin(), sources.end(), random);
    sources.resize(options.sampleSources);
  }
  // One pass collecting Σr and Σr² of the ratios r = e/d suffices: with α = Σr/Σr²,
  // Σ(α r − 1)² = α² Σr² − 2α Σr + P.
  std::vector<std::uint32_t> hops(n);
  std::vector<VertexIndex> queue;
  auto forEachReachedPair = [&](auto&& visit) {
    for (VertexIndex s : sources) {
      std::fill(hops.begin(), hops.end(), UINT32_MAX);
      queue.assign(1, s);
      hops[s] = 0;
      for (std::size_t head = 0; head < queue.size(); ++head) {
        const VertexIndex v = queue[head];
        for (VertexIndex w : graph.neighbours(v))
          if (hops[w] == UINT32_MAX) {
            hops[w] = hops[v] + 1;
            queue.push_back(w);
            visit(distance(positions[s], positions[w]) / hops[w]);
          }
      }
    }
  };
  double sum = 0, sumSquares = 0;
  std::size_t pairs = 0;
  forEachReachedPair([&](double ratio) {
    sum += ratio;
    sumSquares += ratio * ratio;
    ++pairs;
  });
  if (pairs == 0) return 0.0;
  if (sumSquares == 0) return 1.0;  // every vertex on one point: α e = 0 for all pairs
  const double alpha = sum / sumSquares;
  const double total = alpha * alpha * sumSquares - 2 * alpha * sum + static_cast<double>(pairs);
  return std::max(0.0, total / static_cast<double>(pairs));
}

std::size_t countEdgeCrossings(const SimpleGraph& graph, const std::vector<Point>& positions) {
  if (positions.size() != graph.vertexCount()) throw std::invalid_argument("countEdgeCrossings: one position per vertex needed");
  const auto edges = graph.edges();
  if (edges.size() < 2) return 0;
  const auto side = static_cast<std::size_t>(std::ceil(std::sqrt(static_cast<double>(edges.size()))));
  const Grid grid = gridOver(positions, side, side);
  std::vector<std::vector<std::size_t>> cells(grid.columns * grid.rows);
  for (std::size_t e = 0; e < edges.size(); ++e) {
    const auto [c0, r0] = grid.cellOf(positions[edges[e].first]);
    const auto [c1, r1] = grid.cellOf(positions[edges[e].second]);
    for (std::size_t c = std::min(c0, c1); c <= std::max(c0, c1); ++c)
      for (std::size_t r = std::min(r0, r1); r <= std::max(r0, r1); ++r) cells[r * grid.columns + c].push_back(e);
  }
  std::size_t crossings = 0;
  for (std::size_t cell = 0; cell < cells.size(); ++cell) {
    const auto& list = cells[cell];
    for (std::size_t i = 0; i < list.size(); ++i)
      for (std::size_t j = i + 1; j < list.size(); ++j) {
        const auto [a, b] = edges[list[i]];
        const auto [c, d] = edges[list[j]];
        if (a == c || a == d || b == c || b == d) continue;
        Point at;
        if (!properCrossing(positions[a], positions[b], positions[c], positions[d], at)) continue;
        const auto [column, row] = grid.cellOf(at);
        if (row * grid.columns + column == cell) ++crossings;  // counted once, where it happens
      }
  }
  return crossings;
}

std::size_t countNodeOverlaps(const std::vector<Point>& positions, const std::vector<double>& radius) {
  const std::size_t n = positions.size();
  if (n < 2) return 0;
  if (radius.size() != 1 && radius.size() != n) throw std::invalid_argument("countNodeOverlaps: radius per node or one for all");
  auto radiusOf = [&](std::size_t i) { return radius.size() == 1 ? radius[0] : radius[i]; };
  double largest = 0;
  for (std::size_t i = 0; i < n; ++i) largest = std::max(largest, radiusOf(i));
  if (!(largest > 0)) return 0;
  const double cellSize = 2 * largest;
  std::unordered_map<std::int64_t, std::vector<std::size_t>> cells;
  auto keyOf = [](std::int64_t x, std::int64_t y) { return x * 1'000'003 + y; };
  auto cellOf = [&](Point p) {
    return std::pair{static_cast<std::int64_t>(std::floor(p.x / cellSize)), static_cast<std::int64_t>(std::floor(p.y / cellSize))};
  };
  for (std::size_t i = 0; i < n; ++i) {
    const auto [x, y] = cellOf(positions[i]);
    cells[keyOf(x, y)].push_back(i);
  }
  std::size_t overlaps = 0;
  for (std::size_t i = 0; i < n; ++i) {
    const auto [x, y] = cellOf(positions[i]);
    for (std::int64_t dx = -1; dx <= 1; ++dx)
      for (std::int64_t dy = -1; dy <= 1; ++dy) {
        auto it = cells.find(keyOf(x + dx, y + dy));
        if (it == cells.end()) continue;
        for (std::size_t j : it->second)
          if (j > i && distance(positions[i], positions[j]) < radiusOf(i) + radiusOf(j)) ++overlaps;
      }
  }
  return overlaps;
}

}  // namespace knp::layouts
