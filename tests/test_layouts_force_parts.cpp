// The parts of the force-directed layout: coarsening, the Barnes–Hut tree, classical MDS and
// one level of ForceAtlas2.
#include <catch2/catch.hpp>

#include <cmath>
#include <numeric>
#include <set>

#include "layouts/barnes_hut.hpp"
#include "layouts/classical_mds.hpp"
#include "layouts/coarsening.hpp"
#include "layouts/force_atlas2.hpp"
#include "layouts/quality.hpp"
#include "layouts/weighted_graph.hpp"
#include "layout_test_support.hpp"

using namespace knp;
using namespace knp::layouts;
using Catch::Matchers::WithinAbs;
using Catch::Matchers::WithinRel;
using test::distance;

namespace {

WeightedGraph weighted(std::size_t n, const test::EdgeVector& edges) {
  return weightedGraphOf(SimpleGraph::fromEdges(n, edges));
}

double totalMass(const WeightedGraph& graph) { return std::accumulate(graph.mass.begin(), graph.mass.end(), 0.0); }
double totalWeight(const WeightedGraph& graph) {
  return std::accumulate(graph.weights.begin(), graph.weights.end(), 0.0) / 2;
}

}  // namespace

TEST_CASE("weighted graph: masses are degree + 1, weights 1", "[layouts][force]") {
  //  0 — 1 — 2    3
  const WeightedGraph graph = weighted(4, {{0, 1}, {1, 2}, {1, 1}});
  CHECK(graph.mass == std::vector<double>{2, 3, 2, 1});
  CHECK(graph.edgeCount() == 2);
  CHECK(totalWeight(graph) == 2.0);
  CHECK(weighted(0, {}).vertexCount() == 0);
  //  0 — 2, 1 — 2 with weights 3 and 5 (edges() order: (0, 2), (1, 2)): both entries of each
  const std::vector<double> weights{3, 5};
  const WeightedGraph heavy = weightedGraphOf(SimpleGraph::fromEdges(3, test::EdgeVector{{2, 1}, {0, 2}}), weights);
  CHECK(heavy.neighbourWeights(0)[0] == 3);
  CHECK(heavy.neighbourWeights(1)[0] == 5);
  CHECK(std::vector<double>(heavy.neighbourWeights(2).begin(), heavy.neighbourWeights(2).end()) == std::vector<double>{3, 5});
}

TEST_CASE("coarsening: a star collapses into one cluster at once", "[layouts][force]") {
  //      1
  //  4 — 0 — 2      hub 0 matches one leaf; the other leaves join that pair
  //      3
  const WeightedGraph star = weighted(5, {{0, 1}, {0, 2}, {0, 3}, {0, 4}});
  const Coarsening step = coarsen(star, 7);
  CHECK(step.coarse.vertexCount() == 1);
  CHECK(std::set<VertexIndex>(step.parent.begin(), step.parent.end()).size() == 1);
  CHECK(step.coarse.mass == std::vector<double>{5 + 4 * 2});  // the masses summed
  CHECK(step.coarse.edgeCount() == 0);                        // edges inside a cluster vanish
}

TEST_CASE("coarsening: masses and edge weights are kept, clusters have two or more", "[layouts][force]") {
  const auto edges = test::randomEdges(300, 900, 11);
  const WeightedGraph fine = weighted(300, edges);
  const Coarsening step = coarsen(fine, 3);
  CHECK(totalMass(step.coarse) == totalMass(fine));
  std::vector<std::size_t> size(step.coarse.vertexCount(), 0);
  for (VertexIndex c : step.parent) ++size[c];
  std::size_t singles = 0;
  for (std::size_t s : size) singles += s == 1;
  CHECK(singles <= 1);  // at most one odd isolated vertex
  // The weight between two clusters is the number of fine edges between them.
  double between = 0;
  for (auto [a, b] : SimpleGraph::fromEdges(300, edges).edges()) between += step.parent[a] != step.parent[b];
  CHECK(totalWeight(step.coarse) == between);
  CHECK(step.coarse.vertexCount() <= 150);
  CHECK(coarsen(fine, 3).parent == step.parent);  // deterministic
}

TEST_CASE("coarsening: isolated vertices pair up; the hierarchy ends small", "[layouts][force]") {
  const WeightedGraph lonely = weighted(5, {});
  const Coarsening step = coarsen(lonely, 1);
  CHECK(step.coarse.vertexCount() == 3);  // two pairs and the odd one
  const Hierarchy hierarchy = buildHierarchy(weighted(1000, test::randomEdges(1000, 1500, 5)), 40, 1);
  CHECK(hierarchy.levels.back().vertexCount() <= 40);
  CHECK(hierarchy.parents.size() + 1 == hierarchy.levels.size());
  for (std::size_t l = 1; l < hierarchy.levels.size(); ++l)
    CHECK(2 * hierarchy.levels[l].vertexCount() <= hierarchy.levels[l - 1].vertexCount() + 1);
  CHECK(buildHierarchy(weighted(0, {}), 40, 1).levels.size() == 1);
}

TEST_CASE("quadtree: with θ = 0 every body is visited once; far cells carry their mass", "[layouts][force]") {
  std::vector<Point> points;
  std::vector<double> mass;
  for (int i = 0; i < 50; ++i) {
    points.push_back({std::fmod(i * 0.37, 1.0), std::fmod(i * 0.61, 1.0)});
    mass.push_back(1.0 + i % 3);
  }
  QuadTree tree;
  tree.build(points, mass);
  std::vector<int> seen(points.size(), 0);
  tree.visit({0.5, 0.5}, 0.0, [](double, double, double) { FAIL("θ = 0 never approximates"); },
             [&](const QuadTree::Body& body) { ++seen[body.index]; });
  CHECK(std::all_of(seen.begin(), seen.end(), [](int s) { return s == 1; }));
  // From far away the whole tree is one body: total mass at the centre of mass.
  double far = 0, massX = 0, visits = 0;
  tree.visit({1000, 1000}, 1.0,
             [&](double x, double, double m) {
               far += m;
               massX += m * x;
               ++visits;
             },
             [&](const QuadTree::Body&) { FAIL("nothing is near"); });
  const double total = std::accumulate(mass.begin(), mass.end(), 0.0);
  double expectedX = 0;
  for (std::size_t i = 0; i < points.size(); ++i) expectedX += mass[i] * points[i].x;
  CHECK(visits == 1);
  CHECK_THAT(far, WithinRel(total, 1e-12));
  CHECK_THAT(massX / far, WithinRel(expectedX / total, 1e-12));
}

TEST_CASE("quadtree: built on two threads, the tree is the same", "[layouts][force]") {
  std::vector<Point> points;
  for (int i = 0; i < 5000; ++i) points.push_back({std::fmod(i * 0.7548776662, 1.0), std::fmod(i * 0.5698402910, 1.0)});
  const std::vector<double> mass(points.size(), 1.0);
  QuadTree single, dual;
  single.build(points, mass, 1);
  dual.build(points, mass, 2);
  CHECK(single.cellCount() == dual.cellCount());
  auto pull = [&](const QuadTree& tree) {
    double sum = 0;
    std::size_t near = 0;
    tree.visit({0.3, 0.6}, 0.8, [&](double x, double y, double m) { sum += m * (x + 2 * y); },
               [&](const QuadTree::Body&) { ++near; });
    return std::pair{sum, near};
  };
  CHECK(pull(single) == pull(dual));
}

TEST_CASE("quadtree: coincident bodies end in one deep leaf instead of recursing forever", "[layouts][force]") {
  const std::vector<Point> points(100, Point{0.25, 0.25});
  const std::vector<double> mass(100, 1.0);
  QuadTree tree;
  tree.build(points, mass);
  std::size_t near = 0;
  tree.visit({0.25, 0.25}, 0.8, [](double, double, double) {}, [&](const QuadTree::Body&) { ++near; });
  CHECK(near == 100);
  CHECK(tree.cellCount() == 33);  // a chain of cells down to the depth limit, 32 levels
}

TEST_CASE("classical MDS: a path comes out on a line with hop distances", "[layouts][force]") {
  //  0 — 1 — 2 — 3 — 4
  const WeightedGraph path = weighted(5, {{0, 1}, {1, 2}, {2, 3}, {3, 4}});
  const auto points = classicalMds(path, 1);
  for (VertexIndex a = 0; a < 5; ++a)
    for (VertexIndex b = 0; b < 5; ++b) CHECK_THAT(distance(points[a], points[b]), WithinAbs(std::abs(int(a) - int(b)), 1e-3));
}

TEST_CASE("classical MDS: a 4-cycle becomes a square, components sit apart", "[layouts][force]") {
  //  0 — 1     squared distances 1 (sides) and 4 (diagonals); double-centred, B has 0.75 on
  //  |   |     the diagonal, 0.25 for sides, −1.25 for diagonals, and the eigenvalue 2 twice,
  //  3 — 2     for (1, 0, −1, 0) and (0, 1, 0, −1): corners at (±1, 0) and (0, ±1) up to
  //            rotation, so diagonals 2 as in the graph and sides √2.
  const auto square = classicalMds(weighted(4, {{0, 1}, {1, 2}, {2, 3}, {3, 0}}), 2);
  for (VertexIndex v = 0; v < 4; ++v) {
    CHECK_THAT(distance(square[v], square[(v + 1) % 4]), WithinAbs(std::sqrt(2.0), 1e-4));
    CHECK_THAT(distance(square[v], square[(v + 2) % 4]), WithinAbs(2.0, 1e-4));
  }
  //  0 — 1 — 2      3 — 4    the two components lie apart along the first axis
  const auto points = classicalMds(weighted(5, {{0, 1}, {1, 2}, {3, 4}}), 3);
  CHECK(distance(points[3], points[4]) < distance(points[3], points[0]));
  CHECK(distance(points[3], points[4]) < distance(points[4], points[2]));
  CHECK(classicalMds(weighted(0, {}), 1).empty());
  CHECK(classicalMds(weighted(1, {}), 1).size() == 1);
}

TEST_CASE("ForceAtlas2: two linked vertices settle where attraction meets repulsion", "[layouts][force]") {
  //  0 — 1   masses 2 and 2, edge weight 1, no gravity:  d = kr·2·2 / d  →  d = 2·√kr = 2√2
  const WeightedGraph pair = weighted(2, {{0, 1}});
  ForceParams params;
  params.gravityShare = 0.0;
  ForceAtlas2 engine(pair, {{0, 0}, {0.1, 0.05}}, {}, {}, params);
  for (int i = 0; i < 500; ++i) engine.iterate();
  CHECK_THAT(distance(engine.positions()[0], engine.positions()[1]), WithinRel(2 * std::sqrt(2.0), 1e-3));
}

TEST_CASE("ForceAtlas2: radii keep discs apart, without them they overlap", "[layouts][force]") {
  // K6: every vertex pulls every other; discs of radius 2 cannot all fit at the plain distance.
  test::EdgeVector edges;
  for (VertexIndex a = 0; a < 6; ++a)
    for (VertexIndex b = a + 1; b < 6; ++b) edges.emplace_back(a, b);
  const WeightedGraph clique = weighted(6, edges);
  std::vector<Point> start;
  for (int i = 0; i < 6; ++i) start.push_back({std::cos(i * 1.0), std::sin(i * 1.0)});
  const std::vector<double> radius(6, 2.0);
  ForceAtlas2 sized(clique, start, {}, radius, {});
  ForceAtlas2 points(clique, start, {}, {}, {});
  for (int i = 0; i < 400; ++i) sized.iterate(), points.iterate();
  CHECK(countNodeOverlaps(sized.positions(), radius) == 0);
  CHECK(countNodeOverlaps(points.positions(), radius) > 0);
}

TEST_CASE("ForceAtlas2: immobile vertices stay, the same with one thread or two", "[layouts][force]") {
  const std::size_t n = 2500;  // enough for a second thread
  const WeightedGraph graph = weighted(n, test::randomEdges(n, 5000, 9));
  std::vector<Point> start(n);
  for (std::size_t i = 0; i < n; ++i) start[i] = {std::fmod(double(i) * 0.618, 1.0) * 50, std::fmod(double(i) * 0.414, 1.0) * 50};
  std::vector<double> mobility(n, 1.0);
  mobility[17] = 0.0;
  ForceParams one, two;
  one.threads = 1;
  two.threads = 2;
  ForceAtlas2 single(graph, start, mobility, {}, one), dual(graph, start, mobility, {}, two);
  for (int i = 0; i < 5; ++i) single.iterate(), dual.iterate();
  CHECK(single.positions() == dual.positions());
  CHECK(single.positions()[17] == start[17]);
  CHECK(single.positions()[18] != start[18]);
}
