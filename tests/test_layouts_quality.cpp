#include <catch2/catch.hpp>

#include <cmath>

#include "layouts/quality.hpp"

using namespace knp;
using layouts::Point;
using Catch::Matchers::WithinAbs;

namespace {

SimpleGraph graphOf(std::size_t n, std::vector<std::pair<VertexIndex, VertexIndex>> edges) {
  return SimpleGraph::fromEdges(n, edges);
}

}  // namespace

TEST_CASE("stress: zero for a drawing that matches graph distances at any scale", "[layouts][quality]") {
  // a — b — c on a line, 5 units apart: e/d = 5 for every pair, α = 1/5, stress 0.
  const SimpleGraph path = graphOf(3, {{0, 1}, {1, 2}});
  CHECK_THAT(layouts::scaleNormalisedStress(path, {{0, 0}, {5, 0}, {10, 0}}), WithinAbs(0.0, 1e-12));
}

TEST_CASE("stress: a folded path, worked out by hand", "[layouts][quality]") {
  // a — b — c drawn as a=(0,0), b=(1,0), c=(0,0): pairs (d, e): ab (1, 1), bc (1, 1), ac (2, 0).
  // Ratios r = e/d: 1, 1, 0 (each twice: both directions). Σr = 4, Σr² = 4, α = 1.
  // Terms (α r − 1)²: 0, 0, 1 → mean over 6 ordered pairs = 2/6 = 1/3.
  const SimpleGraph path = graphOf(3, {{0, 1}, {1, 2}});
  CHECK_THAT(layouts::scaleNormalisedStress(path, {{0, 0}, {1, 0}, {0, 0}}), WithinAbs(1.0 / 3.0, 1e-12));
}

TEST_CASE("stress: degenerate drawings and graphs", "[layouts][quality]") {
  CHECK(layouts::scaleNormalisedStress(SimpleGraph{}, {}) == 0.0);
  CHECK(layouts::scaleNormalisedStress(graphOf(1, {}), {{3, 4}}) == 0.0);
  CHECK(layouts::scaleNormalisedStress(graphOf(2, {}), {{0, 0}, {1, 1}}) == 0.0);  // no path: no pair
  CHECK(layouts::scaleNormalisedStress(graphOf(2, {{0, 1}}), {{2, 2}, {2, 2}}) == 1.0);  // all on one point
  CHECK_THROWS_AS(layouts::scaleNormalisedStress(graphOf(2, {{0, 1}}), {{0, 0}}), std::invalid_argument);
}

TEST_CASE("stress: the sampled estimate is close to the exact one on a grid", "[layouts][quality]") {
  // A 60 × 60 grid drawn as a grid (3,600 vertices, above the exact limit of 2,000).
  const std::size_t side = 60;
  std::vector<std::pair<VertexIndex, VertexIndex>> edges;
  std::vector<Point> points;
  for (std::size_t r = 0; r < side; ++r)
    for (std::size_t c = 0; c < side; ++c) {
      const auto v = static_cast<VertexIndex>(r * side + c);
      points.push_back({static_cast<double>(c), static_cast<double>(r)});
      if (c + 1 < side) edges.emplace_back(v, v + 1);
      if (r + 1 < side) edges.emplace_back(v, static_cast<VertexIndex>(v + side));
    }
  const SimpleGraph grid = graphOf(side * side, edges);
  // Drawn distance is Euclidean, graph distance Manhattan: not 0, but the same on average for
  // any large sample.
  const double exact = layouts::scaleNormalisedStress(grid, points, {100000, 0, 1});
  const double sampled = layouts::scaleNormalisedStress(grid, points, {100, 200, 7});
  CHECK(exact > 0.0);
  CHECK(exact < 0.05);
  CHECK_THAT(sampled, WithinAbs(exact, 0.01));
}

TEST_CASE("crossings: an X crosses once, a shared end never, collinear overlaps not", "[layouts][quality]") {
  //  0     1        0,1,2,3 at the corners of a square; edges 0–3 and 1–2 cross in the middle;
  //     X           edge 0–1 shares an end with 0–3.
  //  2     3
  const std::vector<Point> square{{0, 0}, {2, 0}, {0, 2}, {2, 2}};
  CHECK(layouts::countEdgeCrossings(graphOf(4, {{0, 3}, {1, 2}}), square) == 1);
  CHECK(layouts::countEdgeCrossings(graphOf(4, {{0, 3}, {1, 2}, {0, 1}}), square) == 1);
  CHECK(layouts::countEdgeCrossings(graphOf(4, {{0, 1}, {2, 3}}), square) == 0);  // parallel
  const std::vector<Point> line{{0, 0}, {2, 0}, {1, 0}, {3, 0}};
  CHECK(layouts::countEdgeCrossings(graphOf(4, {{0, 1}, {2, 3}}), line) == 0);  // collinear overlap
  CHECK(layouts::countEdgeCrossings(SimpleGraph{}, {}) == 0);
}

TEST_CASE("crossings: the grid finds the same count as all pairs", "[layouts][quality]") {
  // K(5) drawn on a regular pentagon: the five diagonals cross 5 times (a pentagram).
  std::vector<Point> pentagon;
  for (int k = 0; k < 5; ++k) pentagon.push_back({std::cos(2 * M_PI * k / 5), std::sin(2 * M_PI * k / 5)});
  std::vector<std::pair<VertexIndex, VertexIndex>> all;
  for (VertexIndex a = 0; a < 5; ++a)
    for (VertexIndex b = a + 1; b < 5; ++b) all.emplace_back(a, b);
  CHECK(layouts::countEdgeCrossings(graphOf(5, all), pentagon) == 5);
}

TEST_CASE("overlaps: discs closer than the sum of their radii", "[layouts][quality]") {
  const std::vector<Point> points{{0, 0}, {1.5, 0}, {10, 0}, {10, 0.5}};
  CHECK(layouts::countNodeOverlaps(points, {1.0}) == 2);       // 0–1 (1.5 < 2) and 2–3
  CHECK(layouts::countNodeOverlaps(points, {0.5}) == 1);       // only 2–3 (0.5 < 1)
  CHECK(layouts::countNodeOverlaps(points, {0.1, 0.1, 0.2, 0.2}) == 0);
  CHECK(layouts::countNodeOverlaps({}, {1.0}) == 0);
  CHECK(layouts::countNodeOverlaps(points, {0.0}) == 0);
}
