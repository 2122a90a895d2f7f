#include <catch2/catch.hpp>

#include <cmath>

#include "layouts/layout.hpp"
#include "layouts/boost_kamada_kawai.hpp"
#include "layouts/quality.hpp"
#include "layout_test_support.hpp"

using namespace knp;
using layouts::Algorithm;
using layouts::LayoutGraph;
using layouts::LayoutRequest;
using layouts::Point;
using test::graphOf;

namespace {

// The degenerate battery of the house style, plus a small ordinary graph.
std::vector<std::pair<const char*, LayoutGraph>> battery() {
  return {
      {"empty", graphOf(0, {})},
      {"one node", graphOf(1, {})},
      {"self-loop", graphOf(1, {{0, 0}})},
      {"parallel edges", graphOf(2, {{0, 1}, {0, 1}, {1, 0}})},
      {"disconnected", graphOf(5, {{0, 1}, {2, 3}})},
      {"path", graphOf(4, {{0, 1}, {1, 2}, {2, 3}})},
      {"star", graphOf(5, {{0, 1}, {0, 2}, {0, 3}, {0, 4}})},
      {"clique", graphOf(4, {{0, 1}, {0, 2}, {0, 3}, {1, 2}, {1, 3}, {2, 3}})},
  };
}

bool finiteAndInside(const std::vector<Point>& points, double low, double high) {
  return std::all_of(points.begin(), points.end(), [&](Point p) {
    return std::isfinite(p.x) && std::isfinite(p.y) && p.x >= low && p.x <= high && p.y >= low && p.y <= high;
  });
}

}  // namespace

TEST_CASE("layouts: every algorithm survives the degenerate battery, finite and inside the unit square", "[layouts]") {
  for (const auto& info : layouts::algorithmList())
    for (const auto& [name, graph] : battery()) {
      INFO(info.name << " on " << name);
      const auto points = layouts::runLayout(info.algorithm, graph, {});
      CHECK(points.size() == graph.graph.vertexCount());
      CHECK(finiteAndInside(points, -1e-9, 1.0 + 1e-9));
    }
}

TEST_CASE("layouts: the same seed gives the same positions", "[layouts]") {
  const LayoutGraph graph = graphOf(6, {{0, 1}, {1, 2}, {2, 0}, {3, 4}, {4, 5}, {2, 3}}, {0, 1, 1, 2, 2, 3});
  for (const auto& info : layouts::algorithmList()) {
    INFO(info.name);
    LayoutRequest request;
    request.seed = 42;
    CHECK(layouts::runLayout(info.algorithm, graph, request) == layouts::runLayout(info.algorithm, graph, request));
  }
  LayoutRequest other;
  other.seed = 43;
  LayoutRequest first;
  first.seed = 42;
  CHECK(layouts::runLayout(Algorithm::BoostFruchtermanReingold, graph, first) !=
        layouts::runLayout(Algorithm::BoostFruchtermanReingold, graph, other));
}

TEST_CASE("layouts: pinned nodes keep their start positions exactly", "[layouts]") {
  const LayoutGraph graph = graphOf(5, {{0, 1}, {1, 2}, {2, 3}, {3, 4}, {4, 0}}, {0, 1, 1, 2, 2});
  LayoutRequest request;
  request.start = {{3, 3}, {0.1, 0.2}, {0.4, 0.9}, {-2, 5}, {0.7, 0.7}};
  request.pinned = {0, 3};
  for (const auto& info : layouts::algorithmList()) {
    INFO(info.name);
    auto layout = layouts::makeLayout(info.algorithm, graph, request);
    for (int s = 0; s < 50 && layout->step() == layouts::StepOutcome::Running; ++s) {
      CHECK(layout->positions()[0] == Point{3, 3});
      CHECK(layout->positions()[3] == Point{-2, 5});
    }
    CHECK(layout->positions()[0] == Point{3, 3});
    CHECK(layout->positions()[3] == Point{-2, 5});
  }
}

TEST_CASE("layouts: bad requests are refused with a reason", "[layouts]") {
  const LayoutGraph graph = graphOf(2, {{0, 1}});
  LayoutRequest wrongSize;
  wrongSize.start = {{0, 0}};
  CHECK_THROWS_WITH(layouts::makeLayout(Algorithm::Circle, graph, wrongSize), "layout: 1 start positions for 2 nodes");
  LayoutRequest pinWithoutStart;
  pinWithoutStart.pinned = {0};
  CHECK_THROWS_AS(layouts::makeLayout(Algorithm::Circle, graph, pinWithoutStart), std::invalid_argument);
  LayoutRequest pinOutOfRange;
  pinOutOfRange.start = {{0, 0}, {1, 1}};
  pinOutOfRange.pinned = {7};
  CHECK_THROWS_AS(layouts::makeLayout(Algorithm::Circle, graph, pinOutOfRange), std::invalid_argument);
  CHECK(layouts::algorithmFromName("layered") == Algorithm::Layered);
  CHECK_FALSE(layouts::algorithmFromName("sfdp"));
}

TEST_CASE("layered: barycenter sweeps untangle a reversed matching", "[layouts][layered]") {
  //  a0   b0        input order: a0–b2, a1–b1, a2–b0 cross pairwise: 3 crossings.
  //  a1   b1        sorting column b by the height of its neighbours gives b2, b1, b0: none.
  //  a2   b2
  const LayoutGraph graph = graphOf(6, {{0, 5}, {1, 4}, {2, 3}}, {0, 0, 0, 1, 1, 1});
  auto layout = layouts::makeLayout(Algorithm::Layered, graph, {});
  CHECK(layouts::countEdgeCrossings(graph.graph, layout->positions()) == 3);
  while (layout->step() == layouts::StepOutcome::Running) {
  }
  const auto& points = layout->positions();
  CHECK(layouts::countEdgeCrossings(graph.graph, points) == 0);
  CHECK(points[0].x == 0.0);
  CHECK(points[3].x == 1.0);
  CHECK(points[5].y == 0.0);  // b2 now on top, next to a0
  CHECK(points[3].y == 1.0);
}

TEST_CASE("boost-fr: two cliques joined by one edge end up visibly apart", "[layouts][boost-fr]") {
  //  K5 {0..4} ── 4–5 ── K5 {5..9}
  std::vector<std::pair<VertexIndex, VertexIndex>> edges;
  for (VertexIndex base : {0u, 5u})
    for (VertexIndex a = 0; a < 5; ++a)
      for (VertexIndex b = a + 1; b < 5; ++b) edges.emplace_back(base + a, base + b);
  edges.emplace_back(4, 5);
  const LayoutGraph graph = graphOf(10, edges);
  LayoutRequest request;
  request.seed = 3;
  const auto points = layouts::runLayout(Algorithm::BoostFruchtermanReingold, graph, request);
  auto centre = [&](VertexIndex from) {
    Point c;
    for (VertexIndex v = from; v < from + 5; ++v) c.x += points[v].x / 5, c.y += points[v].y / 5;
    return c;
  };
  auto spread = [&](VertexIndex from, Point c) {
    double sum = 0;
    for (VertexIndex v = from; v < from + 5; ++v) sum += std::hypot(points[v].x - c.x, points[v].y - c.y) / 5;
    return sum;
  };
  const Point left = centre(0), right = centre(5);
  const double apart = std::hypot(left.x - right.x, left.y - right.y);
  CHECK(apart > 2 * spread(0, left));
  CHECK(apart > 2 * spread(5, right));
}

TEST_CASE("sectors: every node inside its field's sector, on its ring", "[layouts][sectors]") {
  // Angle 0 up, clockwise; rings 0, 1, 2 at radius 1/6, 1/3, 1/2.
  //   v0 v1: sector 0, ring 2;  v2: sector 1, ring 1;  v3: sector 2, ring 2;
  //   v4: no sector on ring 0 (the centre, radius 0.5/4);  v5: no sector on ring 2 (extra sector)
  // Busiest rings: sector 0 has 2 nodes, the others 1 each: spans 2/5, 1/5, 1/5, 1/5 of the turn.
  LayoutGraph graph = graphOf(6, {{0, 2}, {1, 2}, {2, 4}, {3, 4}, {5, 3}});
  graph.sector = {0, 0, 1, 2, layouts::kNoSector, layouts::kNoSector};
  graph.ring = {2, 2, 1, 2, 0, 2};
  const auto points = layouts::runLayout(Algorithm::Sectors, graph, {});
  auto angleOf = [&](std::size_t v) {
    const double a = std::atan2(points[v].x - 0.5, 0.5 - points[v].y);
    return a < 0 ? a + 2 * M_PI : a;
  };
  auto radiusOf = [&](std::size_t v) { return std::hypot(points[v].x - 0.5, points[v].y - 0.5); };
  const double fifth = 2 * M_PI / 5;
  // v0 and v1 at 1/4 and 3/4 of sector 0's 2/5 turn: half a slot from each border.
  CHECK_THAT(std::min(angleOf(0), angleOf(1)), Catch::Matchers::WithinAbs(fifth / 2, 1e-12));
  CHECK_THAT(std::max(angleOf(0), angleOf(1)), Catch::Matchers::WithinAbs(3 * fifth / 2, 1e-12));
  CHECK_THAT(radiusOf(0), Catch::Matchers::WithinAbs(0.5, 1e-12));
  CHECK_THAT(angleOf(2), Catch::Matchers::WithinAbs(2.5 * fifth, 1e-12));  // middle of sector 1
  CHECK_THAT(radiusOf(2), Catch::Matchers::WithinAbs(1.0 / 3.0, 1e-12));
  CHECK_THAT(angleOf(3), Catch::Matchers::WithinAbs(3.5 * fifth, 1e-12));
  CHECK_THAT(angleOf(5), Catch::Matchers::WithinAbs(4.5 * fifth, 1e-12));  // the extra sector
  CHECK_THAT(radiusOf(4), Catch::Matchers::WithinAbs(0.125, 1e-12));
}

TEST_CASE("sectors: bad sector or ring lists are refused", "[layouts][sectors]") {
  LayoutGraph graph = graphOf(2, {{0, 1}});
  graph.sector = {0};
  CHECK_THROWS_AS(layouts::makeLayout(Algorithm::Sectors, graph, {}), std::invalid_argument);
}

TEST_CASE("boost-kk: components are laid out apart and a path comes out straight", "[layouts][boost-kk]") {
  //   0 — 1 — 2 — 3      4 — 5      6
  const LayoutGraph graph = graphOf(7, {{0, 1}, {1, 2}, {2, 3}, {4, 5}});
  const auto points = layouts::runLayout(Algorithm::BoostKamadaKawai, graph, {});
  // Kamada–Kawai draws a path as a line: stress (graph vs drawn distances) near 0.
  const LayoutGraph pathOnly = graphOf(4, {{0, 1}, {1, 2}, {2, 3}});
  const std::vector<Point> pathPoints(points.begin(), points.begin() + 4);
  CHECK(layouts::scaleNormalisedStress(pathOnly.graph, pathPoints) < 0.01);
  // Every node of the 4-path is closer to its own component than to the others.
  auto distance = [&](std::size_t a, std::size_t b) { return std::hypot(points[a].x - points[b].x, points[a].y - points[b].y); };
  CHECK(distance(4, 5) < distance(3, 4));
  CHECK(distance(0, 6) > 0.05);
  CHECK(finiteAndInside(points, -1e-9, 1.0 + 1e-9));
}

TEST_CASE("boost-kk: large graphs are refused with the reason", "[layouts][boost-kk]") {
  const LayoutGraph big = graphOf(layouts::kMaxKamadaKawaiNodes + 1, {});
  CHECK_THROWS_WITH(layouts::makeLayout(Algorithm::BoostKamadaKawai, big, {}),
                    Catch::Matchers::Contains("Kamada-Kawai is for graphs up to 2000 nodes"));
}
