// The force-directed layout as users meet it: fresh layouts of known shapes, continuing from a
// start, adding vertices to a settled map. (Determinism, pins and the degenerate battery are in
// test_layouts_interface.cpp, for every algorithm.)
#include <catch2/catch.hpp>

#include <cmath>

#include "layouts/layout.hpp"
#include "layouts/layout_support.hpp"
#include "layouts/quality.hpp"
#include "layout_test_support.hpp"

using namespace knp;
using layouts::Algorithm;
using layouts::LayoutGraph;
using layouts::LayoutRequest;
using layouts::Point;
using test::distance;
using test::graphOf;
using test::meanEdgeLength;

namespace {

// side × side grid, vertex r·side + c.
test::EdgeVector gridEdges(VertexIndex side) {
  test::EdgeVector edges;
  for (VertexIndex r = 0; r < side; ++r)
    for (VertexIndex c = 0; c < side; ++c) {
      if (c + 1 < side) edges.emplace_back(r * side + c, r * side + c + 1);
      if (r + 1 < side) edges.emplace_back(r * side + c, (r + 1) * side + c);
    }
  return edges;
}

double meanMove(const std::vector<Point>& before, const std::vector<Point>& after, VertexIndex except) {
  double sum = 0;
  for (std::size_t v = 0; v < before.size(); ++v)
    if (v != except) sum += distance(before[v], after[v]);
  return sum / static_cast<double>(before.size() - 1);
}

}  // namespace

TEST_CASE("force: a grid graph is drawn as a grid, with low stress", "[layouts][force]") {
  // 20 × 20 grid. Even the grid drawn perfectly (unit squares) has some stress (0.013), as hops
  // are Manhattan distances and the drawing shows Euclidean ones; a random placement has 0.6.
  const VertexIndex side = 20;
  const LayoutGraph grid = graphOf(side * side, gridEdges(side));
  std::vector<Point> perfect;
  for (VertexIndex r = 0; r < side; ++r)
    for (VertexIndex c = 0; c < side; ++c) perfect.push_back({double(c), double(r)});
  const double ideal = layouts::scaleNormalisedStress(grid.graph, perfect);
  REQUIRE(ideal < 0.02);
  LayoutRequest request;
  request.seed = 5;
  const auto points = layouts::runLayout(Algorithm::ForceDirected, grid, request);
  CHECK(layouts::scaleNormalisedStress(grid.graph, points) < 2 * ideal);
  CHECK(layouts::countEdgeCrossings(grid.graph, points) < 20);  // untangled: a folded grid has hundreds
}

TEST_CASE("force: two cliques joined by one edge end up visibly apart", "[layouts][force]") {
  //  K8 {0..7} ── 7–8 ── K8 {8..15}
  test::EdgeVector edges;
  for (VertexIndex base : {0u, 8u})
    for (VertexIndex a = 0; a < 8; ++a)
      for (VertexIndex b = a + 1; b < 8; ++b) edges.emplace_back(base + a, base + b);
  edges.emplace_back(7, 8);
  const auto points = layouts::runLayout(Algorithm::ForceDirected, graphOf(16, edges), {});
  auto centre = [&](VertexIndex from) {
    Point c;
    for (VertexIndex v = from; v < from + 8; ++v) c.x += points[v].x / 8, c.y += points[v].y / 8;
    return c;
  };
  auto spread = [&](VertexIndex from, Point c) {
    double sum = 0;
    for (VertexIndex v = from; v < from + 8; ++v) sum += distance(points[v], c) / 8;
    return sum;
  };
  const Point left = centre(0), right = centre(8);
  CHECK(distance(left, right) > 2 * spread(0, left));
  CHECK(distance(left, right) > 2 * spread(8, right));
}

TEST_CASE("force: continuing a settled layout keeps it where it is", "[layouts][force]") {
  const std::size_t n = 300;
  const LayoutGraph graph = graphOf(n, test::randomEdges(n, 600, 21));
  const auto settled = layouts::runLayout(Algorithm::ForceDirected, graph, {});
  LayoutRequest again;
  again.start = settled;
  const auto continued = layouts::runLayout(Algorithm::ForceDirected, graph, again);
  // The result stays in the start's frame and scale, and moves a fraction of an edge.
  CHECK(meanMove(settled, continued, VertexIndex(n)) < 0.25 * meanEdgeLength(graph.graph, settled));
  CHECK_THAT(layouts::boundingBox(continued).extent(0), Catch::Matchers::WithinRel(1.0, 0.15));
}

TEST_CASE("force: a vertex added to a settled map finds its place, the rest stays", "[layouts][force]") {
  // A 15 × 15 grid without vertex 112 (the middle), settled; then 112 comes back with its four
  // links as an unplaced vertex.
  const VertexIndex side = 15, added = 112;
  const test::EdgeVector all = gridEdges(side);
  test::EdgeVector without;
  for (auto [a, b] : all)
    if (a != added && b != added) without.emplace_back(a, b);
  const auto before = layouts::runLayout(Algorithm::ForceDirected, graphOf(side * side, without), {});
  LayoutRequest add;
  add.start = before;
  add.unplaced = {added};
  const LayoutGraph full = graphOf(side * side, all);
  const auto after = layouts::runLayout(Algorithm::ForceDirected, full, add);
  const double edge = meanEdgeLength(graphOf(side * side, without).graph, before);
  CHECK(meanMove(before, after, added) < 0.05 * edge);
  // It sits among its neighbours: within an edge length of their centre.
  Point centre;
  for (VertexIndex w : full.graph.neighbours(added)) centre.x += after[w].x / 4, centre.y += after[w].y / 4;
  CHECK(distance(after[added], centre) < edge);
}

TEST_CASE("force: unplaced vertices start at their placed neighbours' centre", "[layouts][force]") {
  //  0 (0,0) — 2 — 1 (4,0)      3 — 4 (3 and 4 unplaced, 4 has no placed neighbour in reach
  //                             but through 3; 5 none at all)        5
  const SimpleGraph graph = SimpleGraph::fromEdges(6, test::EdgeVector{{0, 2}, {1, 2}, {2, 3}, {3, 4}});
  std::vector<Point> points{{0, 0}, {4, 0}, {0, 0}, {0, 0}, {0, 0}, {0, 0}};
  layouts::placeUnplaced(graph, points, {2, 3, 4, 5}, 1);
  // Spacing: no edge between placed vertices, so the drawing's extent 4 / √2 placed.
  const double quarter = 0.25 * 4 / std::sqrt(2.0);
  CHECK_THAT(distance(points[2], {2, 0}), Catch::Matchers::WithinAbs(quarter, 1e-9));
  CHECK_THAT(distance(points[3], points[2]), Catch::Matchers::WithinAbs(quarter, 1e-9));
  CHECK_THAT(distance(points[4], points[3]), Catch::Matchers::WithinAbs(quarter, 1e-9));
  CHECK(points[5].x > 4);  // beside the drawing
}

// A star of 40 leaves round hub 0, and a path of 10 from the hub (41 … 50) that widens the
// drawing: the leaves crowd round the hub at about 0.07 of the drawing's width from each other.
LayoutGraph crowdedStar() {
  test::EdgeVector edges;
  for (VertexIndex leaf = 1; leaf <= 40; ++leaf) edges.emplace_back(0, leaf);
  edges.emplace_back(0, 41);
  for (VertexIndex v = 41; v < 50; ++v) edges.emplace_back(v, v + 1);
  return graphOf(51, edges);
}

TEST_CASE("force: radii keep nodes from overlapping in a fresh layout", "[layouts][force]") {
  LayoutGraph graph = crowdedStar();
  const std::vector<double> radius(51, 0.045);  // discs 0.09 of the width across
  CHECK(layouts::countNodeOverlaps(layouts::runLayout(Algorithm::ForceDirected, graph, {}), radius) > 10);
  graph.radius = radius;
  CHECK(layouts::countNodeOverlaps(layouts::runLayout(Algorithm::ForceDirected, graph, {}), radius) == 0);
}

TEST_CASE("force: radii from a start are in the start's units", "[layouts][force]") {
  // The same star drawn 100 times as large, discs of radius 4.5.
  LayoutGraph graph = crowdedStar();
  LayoutRequest request;
  for (Point p : layouts::runLayout(Algorithm::ForceDirected, graph, {})) request.start.push_back({100 * p.x, 100 * p.y});
  graph.radius.assign(51, 4.5);
  CHECK(layouts::countNodeOverlaps(request.start, graph.radius) > 10);
  CHECK(layouts::countNodeOverlaps(layouts::runLayout(Algorithm::ForceDirected, graph, request), graph.radius) == 0);
}

TEST_CASE("force: starts in any units, even near the limits of double, give finite results", "[layouts][force]") {
  //  0 — 1 — 2 — 3, started in a wobbly line, scaled by 1e155 and 1e-155 (squares of such
  //  coordinates overflow or vanish), and with two vertices 1e-155 apart in a unit-sized start.
  const LayoutGraph path = graphOf(4, {{0, 1}, {1, 2}, {2, 3}});
  const std::vector<Point> wobbly{{-1, 0}, {-0.3, 0.1}, {0.4, 0}, {1, 0.2}};
  for (double scale : {1e155, 1e-155, 1.0}) {
    INFO("scale " << scale);
    LayoutRequest request;
    for (Point p : wobbly) request.start.push_back({p.x * scale, p.y * scale});
    const auto points = layouts::runLayout(Algorithm::ForceDirected, path, request);
    for (Point p : points) CHECK((std::isfinite(p.x) && std::isfinite(p.y)));
    // Still in the start's frame: the drawing's width within a factor of 3 of the start's.
    const double width = layouts::boundingBox(points).extent(0) / scale;
    CHECK(width > 2.0 / 3);
    CHECK(width < 6.0);
  }
  LayoutRequest close;
  close.start = {{-1, 0}, {0, 0}, {1e-155, 0}, {1, 0}};
  for (Point p : layouts::runLayout(Algorithm::ForceDirected, path, close)) CHECK((std::isfinite(p.x) && std::isfinite(p.y)));
}

TEST_CASE("force: a movable vertex on top of a pinned one moves off it", "[layouts][force]") {
  LayoutRequest request;
  request.start = {{0, 0}, {0, 0}};
  request.pinned = {1};
  const auto points = layouts::runLayout(Algorithm::ForceDirected, graphOf(2, {{0, 1}}), request);
  CHECK(points[1] == Point{0, 0});
  CHECK(points[0] != Point{0, 0});
}

TEST_CASE("force: every vertex unplaced is a fresh layout, not a line", "[layouts][force]") {
  const LayoutGraph grid = graphOf(25, gridEdges(5));
  LayoutRequest request;
  request.start.assign(25, Point{NAN, NAN});  // unplaced entries are ignored, NaN included
  for (VertexIndex v = 0; v < 25; ++v) request.unplaced.push_back(v);
  const auto points = layouts::runLayout(Algorithm::ForceDirected, grid, request);
  const layouts::Box box = layouts::boundingBox(points);
  CHECK(box.width() > 0.5);
  CHECK(box.height() > 0.5);
  CHECK(box.max.x <= 1.0 + 1e-12);
  CHECK(layouts::countEdgeCrossings(grid.graph, points) == 0);
}

TEST_CASE("force: vertices far from a newcomer keep their start exactly", "[layouts][force]") {
  //  0 — 1 — … — 30, settled without vertex 30's edge, then 30 comes back unplaced: vertices
  //  kLocalHops (4) or more hops from it may not move, so they come back bit for bit.
  test::EdgeVector all;
  for (VertexIndex v = 0; v < 30; ++v) all.emplace_back(v, v + 1);
  const test::EdgeVector without(all.begin(), all.end() - 1);
  LayoutRequest add;
  add.start = layouts::runLayout(Algorithm::ForceDirected, graphOf(31, without), {});
  add.unplaced = {30};
  const auto points = layouts::runLayout(Algorithm::ForceDirected, graphOf(31, all), add);
  for (VertexIndex v = 0; v <= 26; ++v) CHECK(points[v] == add.start[v]);
  CHECK(points[29] != add.start[29]);
}

TEST_CASE("force: a heavy edge pulls its ends closer", "[layouts][force]") {
  //  0 ═══ 1 — 2 — 3       edge weights 10, 1, 1 (in the order of graph.edges())
  // Alone, a pair balances attraction w·d against repulsion kr·m·m/d at d ∝ 1/√w: 10 times
  // the weight, 1/3.2 of the length. Within the path the other forces soften that (2.1 here).
  LayoutGraph path = graphOf(4, {{0, 1}, {1, 2}, {2, 3}});
  path.weight = {10, 1, 1};
  const auto points = layouts::runLayout(Algorithm::ForceDirected, path, {});
  CHECK(1.5 * distance(points[0], points[1]) < distance(points[1], points[2]));
  const auto plain = layouts::runLayout(Algorithm::ForceDirected, graphOf(4, {{0, 1}, {1, 2}, {2, 3}}), {});
  CHECK(distance(plain[0], plain[1]) > 0.8 * distance(plain[1], plain[2]));  // without weights: alike
  path.weight = {1, 1};
  CHECK_THROWS_WITH(layouts::makeLayout(Algorithm::ForceDirected, path, {}), "layout: a weight for every edge or for none");
  path.weight = {1, 0, 1};
  CHECK_THROWS_AS(layouts::makeLayout(Algorithm::ForceDirected, path, {}), std::invalid_argument);
}

TEST_CASE("force: requests it cannot honour are refused", "[layouts][force]") {
  const LayoutGraph graph = graphOf(3, {{0, 1}});
  LayoutRequest both;
  both.start = {{0, 0}, {1, 0}, {2, 0}};
  both.pinned = {1};
  both.unplaced = {1};
  CHECK_THROWS_WITH(layouts::makeLayout(Algorithm::ForceDirected, graph, both), "layout: node 1 is both pinned and unplaced");
  LayoutRequest noStart;
  noStart.unplaced = {0};
  CHECK_THROWS_AS(layouts::makeLayout(Algorithm::ForceDirected, graph, noStart), std::invalid_argument);
  LayoutGraph badRadius = graph;
  badRadius.radius = {1, -1, 1};
  CHECK_THROWS_AS(layouts::makeLayout(Algorithm::ForceDirected, badRadius, {}), std::invalid_argument);
  LayoutRequest notFinite;
  notFinite.start = {{0, 0}, {NAN, 0}, {2, 0}};
  CHECK_THROWS_WITH(layouts::makeLayout(Algorithm::ForceDirected, graph, notFinite),
                    "layout: the start position of node 1 is not finite");
  LayoutRequest badTheta;
  badTheta.force.theta = NAN;
  CHECK_THROWS_AS(layouts::makeLayout(Algorithm::ForceDirected, graph, badTheta), std::invalid_argument);
}
