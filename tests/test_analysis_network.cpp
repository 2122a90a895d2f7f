#include <catch2/catch.hpp>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <iterator>
#include <random>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/biconnected_components.hpp>

#include "analysis/actor_network.hpp"
#include "analysis/communities.hpp"
#include "analysis/cut_vertices.hpp"
#include "analysis/network.hpp"
#include "analysis/project_index.hpp"
#include "analysis/simple_graph.hpp"
#include "random_edges.hpp"
#include "embedded_data.hpp"
#include "io/project_json.hpp"

using namespace knp;
using Catch::Matchers::WithinAbs;

namespace {

using test::EdgeVector;
using test::randomEdges;
using Sizes = std::vector<std::size_t>;

SimpleGraph graphOf(std::size_t n, const EdgeVector& edges) { return SimpleGraph::fromEdges(n, edges); }

// The 5-clique on vertices first..first+4.
void addClique(EdgeVector& edges, VertexIndex first) {
  for (VertexIndex a = first; a < first + 5; ++a)
    for (VertexIndex b = a + 1; b < first + 5; ++b) edges.emplace_back(a, b);
}

std::vector<VertexIndex> cutVertexList(const Connectivity& c) {
  std::vector<VertexIndex> list;
  for (const CutVertex& cut : c.cutVertices) list.push_back(cut.vertex);
  return list;
}

// Sizes of the parts `removed`'s component falls into without it, found by plain search.
Sizes partsWithout(const SimpleGraph& graph, VertexIndex removed) {
  std::vector<bool> seen(graph.vertexCount(), false);
  seen[removed] = true;
  Sizes parts;
  for (VertexIndex start : graph.neighbours(removed)) {
    if (seen[start]) continue;
    std::size_t size = 0;
    std::vector<VertexIndex> stack{start};
    seen[start] = true;
    while (!stack.empty()) {
      const VertexIndex v = stack.back();
      stack.pop_back();
      ++size;
      for (VertexIndex w : graph.neighbours(v))
        if (!seen[w]) {
          seen[w] = true;
          stack.push_back(w);
        }
    }
    parts.push_back(size);
  }
  std::sort(parts.begin(), parts.end(), std::greater<>());
  return parts;
}

std::vector<std::string> ids(const std::vector<ActorId>& list) {
  std::vector<std::string> out;
  for (const ActorId& id : list) out.push_back(id.value);
  return out;
}

std::vector<std::vector<std::string>> ids(const std::vector<std::vector<ActorId>>& groups) {
  std::vector<std::vector<std::string>> out;
  for (const auto& group : groups) out.push_back(ids(group));
  return out;
}

Actor actor(const std::string& id, ActorType type = ActorType::Association, std::vector<ActorId> memberships = {}) {
  Actor a;
  a.id = ActorId(id);
  a.name = "Akteur " + id;
  a.type = type;
  a.memberships = std::move(memberships);
  return a;
}

Activity activity(const std::string& id, const std::string& lead, const std::vector<std::string>& partners,
                  ActivityStatus status = ActivityStatus::Running) {
  Activity a;
  a.id = ActivityId(id);
  a.title = "Aktivität " + id;
  a.lead = ActorId(lead);
  for (const std::string& p : partners) a.partners.push_back(ActorId(p));
  a.status = status;
  return a;
}

Cooperation cooperation(const std::string& id, const std::string& from, const std::string& to,
                        CooperationType type = CooperationType::Cooperation) {
  return {CooperationId(id), ActorId(from), ActorId(to), type, ""};
}

const ActorCentrality& centralityOf(const NetworkAnalysis& analysis, const std::string& id) {
  for (const ActorCentrality& c : analysis.actors)
    if (c.actor.value == id) return c;
  throw std::runtime_error("no actor " + id);
}

const Broker* brokerOf(const NetworkAnalysis& analysis, const std::string& id) {
  for (const Broker& b : analysis.brokers)
    if (b.actor.value == id) return &b;
  return nullptr;
}

}  // namespace

// ---------------------------------------------------------------------------------------------
// SimpleGraph

TEST_CASE("SimpleGraph merges parallel edges and drops self-loops", "[analysis][simple_graph]") {
  //   0 ══ 1 ── 2     3      (0-1 given three times, once backwards; 2-2 a self-loop)
  const SimpleGraph g = graphOf(4, {{1, 2}, {0, 1}, {1, 0}, {2, 2}, {0, 1}});
  CHECK(g.vertexCount() == 4);
  CHECK(g.edgeCount() == 2);
  CHECK(g.degree(0) == 1);
  CHECK(g.degree(1) == 2);
  CHECK(g.degree(2) == 1);
  CHECK(g.degree(3) == 0);
  const auto around1 = g.neighbours(1);
  CHECK(std::vector<VertexIndex>(around1.begin(), around1.end()) == std::vector<VertexIndex>{0, 2});  // ascending
  CHECK(g.neighbours(3).empty());
  CHECK(g.hasEdge(0, 1));
  CHECK(g.hasEdge(1, 0));
  CHECK(g.hasEdge(2, 1));
  CHECK_FALSE(g.hasEdge(0, 2));
  CHECK_FALSE(g.hasEdge(2, 2));  // the self-loop is gone
  CHECK_FALSE(g.hasEdge(3, 0));
  CHECK_FALSE(g.hasEdge(0, 99));  // out of range: just no edge
  CHECK_FALSE(g.hasEdge(99, 0));
  CHECK(g.edges() == EdgeVector{{0, 1}, {1, 2}});
}

TEST_CASE("SimpleGraph lists its edges once each, ascending", "[analysis][simple_graph]") {
  //   3 ── 0 ── 4
  //        │
  //   2 ── 1
  const SimpleGraph g = graphOf(5, {{4, 0}, {2, 1}, {0, 3}, {1, 0}});
  CHECK(g.edges() == EdgeVector{{0, 1}, {0, 3}, {0, 4}, {1, 2}});
  const auto around0 = g.neighbours(0);
  CHECK(std::vector<VertexIndex>(around0.begin(), around0.end()) == std::vector<VertexIndex>{1, 3, 4});
}

TEST_CASE("SimpleGraph refuses endpoints out of range and handles emptiness", "[analysis][simple_graph]") {
  CHECK_THROWS_AS(graphOf(3, {{0, 3}}), std::out_of_range);
  CHECK_THROWS_AS(graphOf(3, {{7, 1}}), std::out_of_range);
  CHECK_THROWS_AS(graphOf(0, {{0, 0}}), std::out_of_range);  // even a self-loop needs its vertex
  CHECK_NOTHROW(graphOf(3, {{2, 2}}));

  const SimpleGraph none;
  CHECK(none.vertexCount() == 0);
  CHECK(none.edgeCount() == 0);
  CHECK(none.edges().empty());
  CHECK_FALSE(none.hasEdge(0, 0));

  const SimpleGraph isolated = graphOf(3, {});
  CHECK(isolated.vertexCount() == 3);
  CHECK(isolated.edgeCount() == 0);
  CHECK(isolated.degree(2) == 0);
}

// ---------------------------------------------------------------------------------------------
// Connectivity and cut vertices

TEST_CASE("cut vertices of hand-drawn graphs", "[analysis][cut_vertices]") {
  SECTION("two triangles joined through one vertex") {
    //   0         3
    //   │ ╲     ╱ │
    //   │   2     │       without 2: {0,1} and {3,4}
    //   │ ╱     ╲ │
    //   1         4
    const SimpleGraph g = graphOf(5, {{0, 1}, {0, 2}, {1, 2}, {2, 3}, {2, 4}, {3, 4}});
    const Connectivity c = analyzeConnectivity(g);
    CHECK(c.component == Sizes{0, 0, 0, 0, 0});
    CHECK(c.componentSize == Sizes{5});
    REQUIRE(c.cutVertices.size() == 1);
    CHECK(c.cutVertices[0].vertex == 2);
    CHECK(c.cutVertices[0].parts == Sizes{2, 2});
  }
  SECTION("the same bow tie with the joint as the search's root") {
    //   1         3
    //   │ ╲     ╱ │
    //   │   0     │       the root 0 has two DFS children: a cut vertex
    //   │ ╱     ╲ │
    //   2         4
    const SimpleGraph g = graphOf(5, {{0, 1}, {0, 2}, {1, 2}, {0, 3}, {0, 4}, {3, 4}});
    const Connectivity c = analyzeConnectivity(g);
    REQUIRE(c.cutVertices.size() == 1);
    CHECK(c.cutVertices[0].vertex == 0);
    CHECK(c.cutVertices[0].parts == Sizes{2, 2});
  }
  SECTION("a path") {
    //   0 ── 1 ── 2       without 1: {0} and {2}; the root 0 has one DFS child
    const Connectivity c = analyzeConnectivity(graphOf(3, {{0, 1}, {1, 2}}));
    REQUIRE(c.cutVertices.size() == 1);
    CHECK(c.cutVertices[0].vertex == 1);
    CHECK(c.cutVertices[0].parts == Sizes{1, 1});
  }
  SECTION("a path whose middle is the root") {
    //   1 ── 0 ── 2
    const Connectivity c = analyzeConnectivity(graphOf(3, {{0, 1}, {0, 2}}));
    REQUIRE(c.cutVertices.size() == 1);
    CHECK(c.cutVertices[0].vertex == 0);
    CHECK(c.cutVertices[0].parts == Sizes{1, 1});
  }
  SECTION("a star, centre first and centre in the middle") {
    //     1   2             0   1
    //      ╲ ╱               ╲ ╱
    //       0                 2        without the centre: four parts of one
    //      ╱ ╲               ╱ ╲
    //     3   4             3   4
    for (const auto& [centre, edges] : std::vector<std::pair<VertexIndex, EdgeVector>>{
             {0, {{0, 1}, {0, 2}, {0, 3}, {0, 4}}}, {2, {{2, 0}, {2, 1}, {2, 3}, {2, 4}}}}) {
      INFO("centre " << centre);
      const Connectivity c = analyzeConnectivity(graphOf(5, edges));
      REQUIRE(c.cutVertices.size() == 1);
      CHECK(c.cutVertices[0].vertex == centre);
      CHECK(c.cutVertices[0].parts == Sizes{1, 1, 1, 1});
    }
  }
  SECTION("a cycle has no cut vertex") {
    //   0 ── 1
    //   │    │
    //   3 ── 2
    const Connectivity c = analyzeConnectivity(graphOf(4, {{0, 1}, {1, 2}, {2, 3}, {3, 0}}));
    CHECK(c.cutVertices.empty());
    CHECK(c.componentSize == Sizes{4});
  }
  SECTION("a root with a single DFS child is not a cut vertex") {
    //   0 ── 1
    //    ╲   │           DFS from 0 goes 0 → 1 → 2 → 3: the root has one child.
    //      ╲ │           Without 2: {0,1} and {3}.
    //        2 ── 3
    const Connectivity c = analyzeConnectivity(graphOf(4, {{0, 1}, {0, 2}, {1, 2}, {2, 3}}));
    REQUIRE(c.cutVertices.size() == 1);
    CHECK(c.cutVertices[0].vertex == 2);
    CHECK(c.cutVertices[0].parts == Sizes{2, 1});
  }
  SECTION("a chain of triangles: several cut vertices, ascending, parts largest first") {
    //   0          2          4
    //   │ ╲      ╱   ╲      ╱ │       triangles 0-1-5, 1-2-3, 3-4-6
    //   │   1 ────────── 3    │       without 1: {0,5} and {2,3,4,6}   -> {4, 2}
    //   │ ╱                ╲  │       without 3: {0,1,2,5} and {4,6}   -> {4, 2}
    //   5                     6
    const SimpleGraph g = graphOf(7, {{0, 1}, {1, 5}, {0, 5}, {1, 2}, {2, 3}, {1, 3}, {3, 4}, {4, 6}, {3, 6}});
    const Connectivity c = analyzeConnectivity(g);
    CHECK(cutVertexList(c) == std::vector<VertexIndex>{1, 3});
    REQUIRE(c.cutVertices.size() == 2);
    CHECK(c.cutVertices[0].parts == Sizes{4, 2});
    CHECK(c.cutVertices[1].parts == Sizes{4, 2});
  }
}

TEST_CASE("components are numbered by their smallest vertex; isolated vertices never cut", "[analysis][cut_vertices]") {
  //   0        1 ── 3 ── 5        2 ── 4        6
  const Connectivity c = analyzeConnectivity(graphOf(7, {{1, 3}, {3, 5}, {2, 4}}));
  CHECK(c.component == Sizes{0, 1, 2, 1, 2, 1, 3});
  CHECK(c.componentSize == Sizes{1, 3, 2, 1});
  REQUIRE(c.cutVertices.size() == 1);
  CHECK(c.cutVertices[0].vertex == 3);
  CHECK(c.cutVertices[0].parts == Sizes{1, 1});

  SECTION("degenerate battery") {
    const Connectivity empty = analyzeConnectivity(SimpleGraph{});
    CHECK(empty.component.empty());
    CHECK(empty.componentSize.empty());
    CHECK(empty.cutVertices.empty());

    const Connectivity one = analyzeConnectivity(graphOf(1, {{0, 0}}));  // one vertex, a self-loop
    CHECK(one.component == Sizes{0});
    CHECK(one.componentSize == Sizes{1});
    CHECK(one.cutVertices.empty());

    const Connectivity edge = analyzeConnectivity(graphOf(2, {{0, 1}, {1, 0}, {0, 1}}));  // parallel edges
    CHECK(edge.componentSize == Sizes{2});
    CHECK(edge.cutVertices.empty());  // removing an end leaves one part

    EdgeVector clique;
    addClique(clique, 0);
    CHECK(analyzeConnectivity(graphOf(5, clique)).cutVertices.empty());
  }
}

TEST_CASE("a long path does not overflow the stack", "[analysis][cut_vertices]") {
  // 0 ── 1 ── 2 ── … ── 199999: every inner vertex v cuts into v and n − 1 − v vertices.
  const std::size_t n = 200000;
  EdgeVector edges;
  for (VertexIndex v = 0; v + 1 < n; ++v) edges.emplace_back(v, v + 1);
  const Connectivity c = analyzeConnectivity(graphOf(n, edges));
  CHECK(c.componentSize == Sizes{n});
  REQUIRE(c.cutVertices.size() == n - 2);
  CHECK(c.cutVertices.front().vertex == 1);
  CHECK(c.cutVertices.front().parts == Sizes{n - 2, 1});
  CHECK(c.cutVertices[99999].vertex == 100000);
  CHECK(c.cutVertices[99999].parts == Sizes{100000, 99999});
}

TEST_CASE("cut vertices agree with boost::articulation_points on random graphs", "[analysis][cut_vertices][boost]") {
  using BoostGraph = boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS>;
  struct Case {
    std::size_t n, m;
    std::uint32_t seed;
  };
  for (const Case& k : {Case{60, 70, 1}, Case{100, 110, 2}, Case{100, 90, 3}, Case{200, 400, 4}, Case{150, 160, 5}}) {
    INFO("n " << k.n << ", m " << k.m << ", seed " << k.seed);
    const SimpleGraph g = graphOf(k.n, randomEdges(k.n, k.m, k.seed));
    BoostGraph bg(k.n);
    for (auto [a, b] : g.edges()) boost::add_edge(a, b, bg);
    std::vector<std::size_t> theirs;
    boost::articulation_points(bg, std::back_inserter(theirs));
    std::sort(theirs.begin(), theirs.end());

    const Connectivity c = analyzeConnectivity(g);
    const std::vector<VertexIndex> ours = cutVertexList(c);
    CHECK(std::vector<std::size_t>(ours.begin(), ours.end()) == theirs);
    // The parts, against a plain search without the vertex.
    for (const CutVertex& cut : c.cutVertices) {
      INFO("cut vertex " << cut.vertex);
      CHECK(cut.parts == partsWithout(g, cut.vertex));
      CHECK(cut.parts.size() >= 2);
    }
    // Component sizes add up, and every vertex's component has its recorded size.
    std::size_t total = 0;
    for (std::size_t size : c.componentSize) total += size;
    CHECK(total == k.n);
  }
}

// ---------------------------------------------------------------------------------------------
// Communities

TEST_CASE("two 5-cliques joined by one edge are two communities", "[analysis][communities]") {
  //   ┌─────────────┐       ┌─────────────┐
  //   │ 0  1  2  3  │       │  6  7  8  9 │     two K5 (ten edges each),
  //   │   K5      4 ┼───────┼ 5      K5   │     joined by the single edge 4 ── 5
  //   └─────────────┘       └─────────────┘
  //
  // Newman: m = 10 + 10 + 1 = 21. Degrees: 4 in each clique, 5 for the bridge ends 4 and 5,
  // so d_c = 4·4 + 5 = 21 for both; L_c = 10.
  //   Q = 2 · (10/21 − (21/42)²) = 20/21 − 1/2 = 19/42 ≈ 0.452381
  EdgeVector edges;
  addClique(edges, 0);
  addClique(edges, 5);
  edges.emplace_back(4, 5);
  const SimpleGraph g = graphOf(10, edges);
  const Communities c = detectCommunities(g);
  CHECK(c.count == 2);
  CHECK(c.membership == Sizes{0, 0, 0, 0, 0, 1, 1, 1, 1, 1});
  CHECK_THAT(c.modularity, WithinAbs(19.0 / 42.0, 1e-12));
  CHECK_THAT(modularity(g, c.membership), WithinAbs(19.0 / 42.0, 1e-12));

  SECTION("isolated vertices are their own communities, numbered after by smallest vertex") {
    //   (the two cliques as above)  10   11      both isolated
    // Isolated vertices have degree 0: they add nothing to Q, still 19/42.
    const SimpleGraph withIsolated = graphOf(12, edges);
    const Communities ci = detectCommunities(withIsolated);
    CHECK(ci.count == 4);
    CHECK(ci.membership == Sizes{0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 2, 3});
    CHECK_THAT(ci.modularity, WithinAbs(19.0 / 42.0, 1e-12));
  }
  SECTION("an isolated vertex numbered first") {
    // 0 isolated; cliques on 1..5 and 6..10, bridge 5 ── 6.
    EdgeVector shifted;
    for (auto [a, b] : edges) shifted.emplace_back(a + 1, b + 1);
    const Communities cs = detectCommunities(graphOf(11, shifted));
    CHECK(cs.count == 3);
    CHECK(cs.membership == Sizes{0, 1, 1, 1, 1, 1, 2, 2, 2, 2, 2});
    CHECK_THAT(cs.modularity, WithinAbs(19.0 / 42.0, 1e-12));
  }
}

TEST_CASE("communities of degenerate graphs", "[analysis][communities][degenerate]") {
  SECTION("empty graph: no communities") {
    const Communities c = detectCommunities(SimpleGraph{});
    CHECK(c.count == 0);
    CHECK(c.membership.empty());
    CHECK_THAT(c.modularity, WithinAbs(0.0, 1e-15));
  }
  SECTION("vertices without edges: each its own community, modularity 0") {
    const Communities c = detectCommunities(graphOf(3, {{1, 1}}));  // a self-loop is dropped
    CHECK(c.count == 3);
    CHECK(c.membership == Sizes{0, 1, 2});
    CHECK_THAT(c.modularity, WithinAbs(0.0, 1e-15));
  }
  SECTION("one edge, given three times: one community") {
    //   0 ══ 1      together: Q = 1/1 − (2/2)² = 0; apart: 2 · (0 − (1/2)²) = −1/2
    const Communities c = detectCommunities(graphOf(2, {{0, 1}, {1, 0}, {0, 1}}));
    CHECK(c.count == 1);
    CHECK(c.membership == Sizes{0, 0});
    CHECK_THAT(c.modularity, WithinAbs(0.0, 1e-15));
  }
  SECTION("a clique: one community") {
    EdgeVector clique;
    addClique(clique, 0);
    const Communities c = detectCommunities(graphOf(5, clique));
    CHECK(c.count == 1);
    CHECK_THAT(c.modularity, WithinAbs(0.0, 1e-12));  // 10/10 − (20/20)²
  }
  SECTION("nothing is NaN") {
    for (const auto& [n, edges] : std::vector<std::pair<std::size_t, EdgeVector>>{
             {0, {}}, {1, {}}, {1, {{0, 0}}}, {4, {{0, 1}, {2, 3}}}, {5, {{0, 1}, {0, 2}, {0, 3}, {0, 4}}}}) {
      const Communities c = detectCommunities(graphOf(n, edges));
      CHECK(std::isfinite(c.modularity));
      CHECK(c.membership.size() == n);
    }
  }
}

TEST_CASE("communities are deterministic and consistently numbered", "[analysis][communities]") {
  for (std::uint32_t seed : {1u, 2u, 3u}) {
    INFO("seed " << seed);
    const SimpleGraph g = graphOf(200, randomEdges(200, 600, seed));
    const Communities first = detectCommunities(g);
    const Communities second = detectCommunities(g);
    CHECK(second.membership == first.membership);
    CHECK(second.modularity == first.modularity);  // bit-identity is the point here
    CHECK_THAT(first.modularity, WithinAbs(modularity(g, first.membership), 1e-12));
    // Numbered by smallest vertex: community c first appears before community c + 1.
    std::size_t next = 0;
    bool ordered = true;
    for (std::size_t c : first.membership) {
      if (c == next)
        ++next;
      else if (c > next)
        ordered = false;
    }
    CHECK(ordered);
    CHECK(next == first.count);
    // Better than everyone alone, which is Q = −Σ (d_v / 2m)² < 0.
    CHECK(first.modularity > 0.0);
  }
}

TEST_CASE("modularity of a given partition", "[analysis][communities]") {
  SECTION("a path cut in the middle") {
    //   0 ── 1 ┊ 2 ── 3      m = 3; each side: L = 1, d = 1 + 2 = 3
    //   Q = 2 · (1/3 − (3/6)²) = 2 · (1/3 − 1/4) = 1/6
    const SimpleGraph g = graphOf(4, {{0, 1}, {1, 2}, {2, 3}});
    CHECK_THAT(modularity(g, {0, 0, 1, 1}), WithinAbs(1.0 / 6.0, 1e-12));
    // All together: 3/3 − (6/6)² = 0. Alone: −(1² + 2² + 2² + 1²)/6² = −10/36.
    CHECK_THAT(modularity(g, {0, 0, 0, 0}), WithinAbs(0.0, 1e-12));
    CHECK_THAT(modularity(g, {0, 1, 2, 3}), WithinAbs(-10.0 / 36.0, 1e-12));
  }
  SECTION("the two cliques, all in one and all alone") {
    EdgeVector edges;
    addClique(edges, 0);
    addClique(edges, 5);
    edges.emplace_back(4, 5);
    const SimpleGraph g = graphOf(10, edges);
    // One community: 21/21 − (42/42)² = 0.
    CHECK_THAT(modularity(g, Sizes(10, 0)), WithinAbs(0.0, 1e-12));
    // Singletons: −(8 · 4² + 2 · 5²) / 42² = −178 / 1764.
    CHECK_THAT(modularity(g, {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}), WithinAbs(-178.0 / 1764.0, 1e-12));
    // A bad split, A = {0,1,2} against the rest B:
    //   L_A = 3 (the triangle), d_A = 3 · 4 = 12; A–B edges: each of 0,1,2 to 3 and 4 = 6;
    //   L_B = 21 − 3 − 6 = 12, d_B = 42 − 12 = 30.
    //   Q = 3/21 + 12/21 − (12/42)² − (30/42)² = 1260/1764 − (144 + 900)/1764 = 216/1764 ≈ 0.122449
    CHECK_THAT(modularity(g, {0, 0, 0, 1, 1, 1, 1, 1, 1, 1}), WithinAbs(216.0 / 1764.0, 1e-12));
  }
  SECTION("no edges: 0") {
    CHECK_THAT(modularity(graphOf(3, {}), {0, 1, 2}), WithinAbs(0.0, 1e-15));
    CHECK_THAT(modularity(SimpleGraph{}, {}), WithinAbs(0.0, 1e-15));
  }
}

// ---------------------------------------------------------------------------------------------
// The actor network of a project

namespace {

// The hand-built project of the network tests, with the link each line comes from:
//
//          a                                                   rat (a body)   solo
//          │ coop a→b, and again b→a                           members: a, x, solo
//          b ─────────── c           x ─── y ─── z               (no links from that)
//        ╱  act1 (b, c)    ╲ coop    act4   coop
//  coop ╱  + act6 (f, b)    ╲
//      f                     d
//       ╲ act3 (g, f)       ╱ act2 (d; partners e, e)
//        ╲                 ╱
//          g ─────────── e
//              coop e→g
//
// Ignored: the self-cooperation e→e, the cooperation c→"ghost" (dangling), act5 led by the
// unknown "nobody" with partner d (only one actor resolves).
// Actors in project order: a b c d e f g x y z rat solo (12); links: 7 + 2 = 9.
Project networkProject() {
  Project p;
  p.title = "Netzwerk – Test";
  const std::vector<ActorId> inRat{ActorId("rat")};
  p.actors = {actor("a", ActorType::Association, inRat),
              actor("b"),
              actor("c"),
              actor("d"),
              actor("e"),
              actor("f"),
              actor("g"),
              actor("x", ActorType::School, inRat),
              actor("y"),
              actor("z"),
              actor("rat", ActorType::Body),
              actor("solo", ActorType::Association, inRat)};
  p.activities = {activity("act1", "b", {"c"}),      activity("act2", "d", {"e", "e"}),
                  activity("act3", "g", {"f"}),      activity("act4", "x", {"y"}),
                  activity("act5", "nobody", {"d"}), activity("act6", "f", {"b"}, ActivityStatus::Planned)};
  p.cooperations = {cooperation("ab", "a", "b"), cooperation("ba", "b", "a", CooperationType::Information),
                    cooperation("cd", "c", "d"), cooperation("eg", "e", "g", CooperationType::Funding),
                    cooperation("fb", "f", "b"), cooperation("yz", "y", "z"),
                    cooperation("ee", "e", "e"), cooperation("ghost", "c", "ghost")};
  return p;
}

}  // namespace

TEST_CASE("the actor network links cooperations and shared activities, not memberships",
          "[analysis][network][actor_network]") {
  const Project p = networkProject();
  const ProjectIndex index = buildProjectIndex(p, ActivityFilter::all());
  const ActorNetwork network = buildActorNetwork(index);
  // Vertices: a0 b1 c2 d3 e4 f5 g6 x7 y8 z9 rat10 solo11.
  CHECK(network.graph.vertexCount() == 12);
  CHECK(network.graph.edges() == EdgeVector{{0, 1}, {1, 2}, {1, 5}, {2, 3}, {3, 4}, {4, 6}, {5, 6}, {7, 8}, {8, 9}});
  CHECK(network.links == network.graph.edges());
  // Shared activities per link, in that order: a-b 0, b-c 1 (act1), b-f 1 (act6), c-d 0,
  // d-e 1 (act2), e-g 0, f-g 1 (act3), x-y 1 (act4), y-z 0.
  CHECK(network.sharedActivities == Sizes{0, 1, 1, 0, 1, 0, 1, 1, 0});
  CHECK(network.cooperation == std::vector<bool>{true, false, true, true, false, true, false, false, true});
}

TEST_CASE("network analysis of the hand-built project", "[analysis][network]") {
  const Project p = networkProject();
  NetworkOptions options;
  options.brokerCount = 2;
  options.betweenness.threads = 1;
  const NetworkAnalysis analysis = analyzeNetwork(p, ActivityFilter::all(), options);

  CHECK(analysis.betweenness == BetweennessState::Exact);
  CHECK(analysis.links == 9);
  // density = 2m / (n (n − 1)) = 18 / (12 · 11) = 3/22 ≈ 0.136364
  CHECK_THAT(analysis.density, WithinAbs(3.0 / 22.0, 1e-12));

  // Betweenness (pairs once). The 6-cycle b c d e g f alone gives every cycle vertex 2
  // (one pair two apart through it: +1; two of the three opposite pairs, each split 1/2: +1).
  // The pendant a reaches every cycle vertex through b: b +5; then
  //   a→d via c: c +1;  a→g via f: f +1;  a→e two ways (b c d e, b f g e): c d f g +1/2.
  // So b = 7, c = f = 3.5, d = g = 2.5, e = 2, a = 0. Check: Σ = 21 = Σ over pairs of
  // (distance − 1) = 12 (cycle: 6 pairs at 2, 3 at 3) + 9 (a: 0+1+1+2+2+3).
  // x ── y ── z: y = 1. rat, solo: 0.
  struct Expected {
    const char* id;
    std::size_t degree;
    double betweenness;
    std::size_t component;
  };
  const std::vector<Expected> expected{
      {"a", 1, 0.0, 0}, {"b", 3, 7.0, 0}, {"c", 2, 3.5, 0}, {"d", 2, 2.5, 0}, {"e", 2, 2.0, 0},   {"f", 2, 3.5, 0},
      {"g", 2, 2.5, 0}, {"x", 1, 0.0, 1}, {"y", 2, 1.0, 1}, {"z", 1, 0.0, 1}, {"rat", 0, 0.0, 2}, {"solo", 0, 0.0, 3},
  };
  REQUIRE(analysis.actors.size() == expected.size());
  for (std::size_t i = 0; i < expected.size(); ++i) {
    INFO("actor " << expected[i].id);
    const ActorCentrality& c = analysis.actors[i];  // project order
    CHECK(c.actor.value == expected[i].id);
    CHECK(c.degree == expected[i].degree);
    CHECK_THAT(c.betweenness, WithinAbs(expected[i].betweenness, 1e-12));
    CHECK(c.component == expected[i].component);
  }

  // Largest first; equal sizes by first member in project order (rat before solo).
  CHECK(ids(analysis.components) ==
        std::vector<std::vector<std::string>>{{"a", "b", "c", "d", "e", "f", "g"}, {"x", "y", "z"}, {"rat"}, {"solo"}});
  CHECK(ids(analysis.cutVertices) == std::vector<std::string>{"b", "y"});

  // Ranks: b 7 → 1; c, f 3.5 → 2 (shared); d, g 2.5 → 4; e 2 → 6; y 1 → 7.
  // brokerCount 2: top = rank ≤ 2 (ties with the last included) = b, c, f; cut vertices b, y.
  REQUIRE(analysis.brokers.size() == 4);
  CHECK(analysis.brokers[0].actor.value == "b");
  CHECK(analysis.brokers[0].reason == BrokerReason::Both);
  CHECK(analysis.brokers[0].rank == 1);
  CHECK_THAT(analysis.brokers[0].betweenness, WithinAbs(7.0, 1e-12));
  CHECK(analysis.brokers[0].partsWithout == Sizes{5, 1});  // without b: c d e g f, and a
  CHECK(analysis.brokers[1].actor.value == "c");
  CHECK(analysis.brokers[1].reason == BrokerReason::TopBetweenness);
  CHECK(analysis.brokers[1].rank == 2);
  CHECK(analysis.brokers[1].partsWithout.empty());
  CHECK(analysis.brokers[2].actor.value == "f");  // same score as c: project order
  CHECK(analysis.brokers[2].reason == BrokerReason::TopBetweenness);
  CHECK(analysis.brokers[2].rank == 2);
  CHECK(analysis.brokers[3].actor.value == "y");
  CHECK(analysis.brokers[3].reason == BrokerReason::CutVertex);
  CHECK(analysis.brokers[3].rank == 7);
  CHECK_THAT(analysis.brokers[3].betweenness, WithinAbs(1.0, 1e-12));
  CHECK(analysis.brokers[3].partsWithout == Sizes{1, 1});
  CHECK(toString(BrokerReason::Both) == "both");
  CHECK(toString(BrokerReason::CutVertex) == "cut_vertex");
  CHECK(toString(BrokerReason::TopBetweenness) == "top_betweenness");
  CHECK(toString(BetweennessState::Exact) == "exact");
  CHECK(toString(BetweennessState::Sampled) == "sampled");
  CHECK(toString(BetweennessState::Cancelled) == "cancelled");
  CHECK(toString(BetweennessState::Skipped) == "skipped");

  // Communities: a partition of all actors, largest first, never across components; the
  // isolated ones alone; the figure is the Louvain result on the same graph.
  std::size_t members = 0;
  for (std::size_t k = 0; k < analysis.communities.size(); ++k) {
    members += analysis.communities[k].size();
    if (k > 0) CHECK(analysis.communities[k - 1].size() >= analysis.communities[k].size());
    for (const ActorId& id : analysis.communities[k]) {
      INFO("community " << k << ", actor " << id.value);
      CHECK(centralityOf(analysis, id.value).community == k);
      CHECK(centralityOf(analysis, id.value).component ==
            centralityOf(analysis, analysis.communities[k][0].value).component);
    }
  }
  CHECK(members == 12);
  CHECK(analysis.communities[centralityOf(analysis, "rat").community] == std::vector<ActorId>{ActorId("rat")});
  CHECK(analysis.communities[centralityOf(analysis, "solo").community] == std::vector<ActorId>{ActorId("solo")});
  const SimpleGraph same = graphOf(12, {{0, 1}, {1, 2}, {2, 3}, {3, 4}, {4, 6}, {5, 6}, {1, 5}, {7, 8}, {8, 9}});
  CHECK_THAT(analysis.modularity, WithinAbs(detectCommunities(same).modularity, 1e-12));
}

TEST_CASE("network analysis: broker counts and filters", "[analysis][network]") {
  const Project p = networkProject();
  SECTION("default: the five highest scores") {
    // Ranks ≤ 5: b 1, c f 2, d g 4 (e is 6). Plus the cut vertex y.
    const NetworkAnalysis analysis = analyzeNetwork(p);
    std::vector<std::string> order;
    for (const Broker& b : analysis.brokers) order.push_back(b.actor.value);
    CHECK(order == std::vector<std::string>{"b", "c", "f", "d", "g", "y"});
    REQUIRE(brokerOf(analysis, "d"));
    CHECK(brokerOf(analysis, "d")->reason == BrokerReason::TopBetweenness);
    CHECK(brokerOf(analysis, "d")->rank == 4);
    CHECK(brokerOf(analysis, "b")->reason == BrokerReason::Both);
    CHECK(brokerOf(analysis, "y")->reason == BrokerReason::CutVertex);
    CHECK(brokerOf(analysis, "e") == nullptr);
  }
  SECTION("brokerCount 0: only the cut vertices") {
    NetworkOptions options;
    options.brokerCount = 0;
    const NetworkAnalysis analysis = analyzeNetwork(p, {}, options);
    REQUIRE(analysis.brokers.size() == 2);
    CHECK(analysis.brokers[0].actor.value == "b");
    CHECK(analysis.brokers[0].reason == BrokerReason::CutVertex);
    CHECK(analysis.brokers[0].partsWithout == Sizes{5, 1});
    CHECK(analysis.brokers[1].actor.value == "y");
    CHECK(analysis.brokers[1].reason == BrokerReason::CutVertex);
  }
  SECTION("only planned activities: running ones link nobody, cooperations still do") {
    // Left: a-b, c-d, e-g, f-b (coop, and act6 is planned), y-z: 5 links.
    //   a ── b ── f      c ── d      e ── g      y ── z
    ActivityFilter planned;
    planned.statuses = {ActivityStatus::Planned};
    const NetworkAnalysis analysis = analyzeNetwork(p, planned);
    CHECK(analysis.links == 5);
    CHECK(centralityOf(analysis, "b").degree == 2);
    CHECK(centralityOf(analysis, "x").degree == 0);
    CHECK_THAT(centralityOf(analysis, "b").betweenness, WithinAbs(1.0, 1e-12));
    CHECK(ids(analysis.cutVertices) == std::vector<std::string>{"b"});
  }
  SECTION("cancelled betweenness is reported, with zero scores") {
    const std::atomic<bool> cancel{true};
    NetworkOptions options;
    options.betweenness.cancel = &cancel;
    const NetworkAnalysis analysis = analyzeNetwork(p, {}, options);
    CHECK(analysis.betweenness == BetweennessState::Cancelled);
    for (const ActorCentrality& c : analysis.actors) CHECK(c.betweenness == 0.0);
    CHECK(analysis.links == 9);  // the rest is still there
  }
  SECTION("skipped betweenness: scores 0, brokers are the cut vertices only") {
    NetworkOptions options;
    options.mode = BetweennessMode::Skip;
    const NetworkAnalysis analysis = analyzeNetwork(p, {}, options);
    CHECK(analysis.betweenness == BetweennessState::Skipped);
    for (const ActorCentrality& c : analysis.actors) CHECK(c.betweenness == 0.0);
    CHECK(centralityOf(analysis, "b").degree == 3);
    CHECK(ids(analysis.cutVertices) == std::vector<std::string>{"b", "y"});
    REQUIRE(analysis.brokers.size() == 2);
    CHECK(analysis.brokers[0].actor.value == "b");
    CHECK(analysis.brokers[0].reason == BrokerReason::CutVertex);
    CHECK(analysis.brokers[0].partsWithout == Sizes{5, 1});
    CHECK(analysis.brokers[1].actor.value == "y");
    CHECK(analysis.brokers[1].reason == BrokerReason::CutVertex);
  }
  SECTION("sampled betweenness is reported") {
    NetworkOptions options;
    options.betweenness.sampleSources = 4;
    const NetworkAnalysis analysis = analyzeNetwork(p, {}, options);
    CHECK(analysis.betweenness == BetweennessState::Sampled);
    for (const ActorCentrality& c : analysis.actors) CHECK(std::isfinite(c.betweenness));
  }
}

TEST_CASE("network analysis of degenerate projects", "[analysis][network][degenerate]") {
  SECTION("empty project") {
    const NetworkAnalysis analysis = analyzeNetwork(Project{});
    CHECK(analysis.links == 0);
    CHECK_THAT(analysis.density, WithinAbs(0.0, 1e-15));
    CHECK(analysis.actors.empty());
    CHECK(analysis.components.empty());
    CHECK(analysis.cutVertices.empty());
    CHECK(analysis.brokers.empty());
    CHECK(analysis.communities.empty());
    CHECK_THAT(analysis.modularity, WithinAbs(0.0, 1e-15));
    CHECK(analysis.betweenness == BetweennessState::Exact);
  }
  SECTION("one actor, cooperating with itself") {
    Project p;
    p.actors = {actor("allein")};
    p.cooperations = {cooperation("self", "allein", "allein")};
    const NetworkAnalysis analysis = analyzeNetwork(p);
    CHECK(analysis.links == 0);
    CHECK_THAT(analysis.density, WithinAbs(0.0, 1e-15));  // below two actors
    REQUIRE(analysis.actors.size() == 1);
    CHECK(analysis.actors[0].degree == 0);
    CHECK(ids(analysis.components) == std::vector<std::vector<std::string>>{{"allein"}});
    CHECK(ids(analysis.communities) == std::vector<std::vector<std::string>>{{"allein"}});
    CHECK(analysis.brokers.empty());
  }
  SECTION("two actors, linked twice: density 1") {
    //   p ══ q      (a cooperation and a shared activity: one link; 2·1 / (2·1) = 1)
    Project p;
    p.actors = {actor("p"), actor("q")};
    p.cooperations = {cooperation("pq", "p", "q")};
    p.activities = {activity("together", "q", {"p"})};
    const NetworkAnalysis analysis = analyzeNetwork(p);
    CHECK(analysis.links == 1);
    CHECK_THAT(analysis.density, WithinAbs(1.0, 1e-12));
    CHECK(analysis.brokers.empty());  // nobody between anybody, nobody cuts
    CHECK(analysis.cutVertices.empty());
  }
  SECTION("only a body and its members: no links at all") {
    //   rat ┄ m1, m2, m3 (memberships only)
    Project p;
    const std::vector<ActorId> inRat{ActorId("rat")};
    p.actors = {actor("rat", ActorType::Body), actor("m1", ActorType::Association, inRat),
                actor("m2", ActorType::Association, inRat), actor("m3", ActorType::Association, inRat)};
    const NetworkAnalysis analysis = analyzeNetwork(p);
    CHECK(analysis.links == 0);
    CHECK(analysis.components.size() == 4);
    for (const ActorCentrality& c : analysis.actors) CHECK(c.degree == 0);
  }
}

TEST_CASE("network analysis of the Hattingen example", "[analysis][network][example]") {
  const LoadResult loaded = parseProjectJson(embeddedExampleJson());
  REQUIRE(loaded.project);
  const NetworkAnalysis analysis = analyzeNetwork(*loaded.project);
  CHECK(analysis.betweenness == BetweennessState::Exact);
  CHECK(analysis.actors.size() == loaded.project->actors.size());
  // The Nachbarschaftsverein Welper leads two activities on its own and has no cooperation.
  CHECK(centralityOf(analysis, "nachbarschaftsverein-welper").degree == 0);
  CHECK(centralityOf(analysis, "nachbarschaftsverein-welper").betweenness == 0.0);
  // The city's integration office is the hub: highest betweenness (rank 1 in a separate
  // networkx check of the same links) and a cut vertex.
  const Broker* office = brokerOf(analysis, "stadt-integration");
  REQUIRE(office);
  CHECK(office->reason == BrokerReason::Both);
  CHECK(office->rank == 1);
  CHECK(office->partsWithout.size() >= 2);
  for (const ActorCentrality& c : analysis.actors) CHECK(std::isfinite(c.betweenness));
  CHECK(std::isfinite(analysis.density));
  CHECK(std::isfinite(analysis.modularity));
}
