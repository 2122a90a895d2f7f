#include <catch2/catch.hpp>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <random>
#include <stdexcept>
#include <thread>
#include <utility>
#include <vector>

#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/betweenness_centrality.hpp>

#include "analysis/betweenness.hpp"
#include "analysis/simple_graph.hpp"
#include "random_edges.hpp"

using namespace knp;
using Catch::Matchers::WithinAbs;
using Catch::Matchers::WithinRel;

namespace {

using test::EdgeVector;
using test::randomEdges;
using BoostGraph = boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS>;

SimpleGraph graphOf(std::size_t n, const EdgeVector& edges) { return SimpleGraph::fromEdges(n, edges); }

BetweennessResult exact(const SimpleGraph& graph, unsigned threads = 1) {
  BetweennessOptions options;
  options.threads = threads;
  return computeBetweenness(graph, options);
}

bool allFinite(const std::vector<double>& values) {
  return std::all_of(values.begin(), values.end(), [](double x) { return std::isfinite(x); });
}

bool allZero(const std::vector<double>& values) {
  return std::all_of(values.begin(), values.end(), [](double x) { return x == 0.0; });
}

// Boost's Brandes on a plain Boost graph built from `edges` directly, not through SimpleGraph.
std::vector<double> boostBetweenness(std::size_t n, const EdgeVector& edges) {
  BoostGraph graph(n);
  for (auto [a, b] : edges) boost::add_edge(a, b, graph);
  std::vector<double> centrality(n, 0.0);
  boost::brandes_betweenness_centrality(
      graph, boost::make_iterator_property_map(centrality.begin(), boost::get(boost::vertex_index, graph)));
  return centrality;
}

// A random tree (each vertex hangs from an earlier one) plus `extra` random edges.
EdgeVector treeLikeEdges(std::size_t n, std::size_t extra, std::uint32_t seed) {
  std::mt19937 random(seed);
  EdgeVector edges;
  for (VertexIndex v = 1; v < n; ++v) {
    std::uniform_int_distribution<VertexIndex> parent(0, v - 1);
    edges.emplace_back(parent(random), v);
  }
  const EdgeVector more = randomEdges(n, extra, seed + 1);
  edges.insert(edges.end(), more.begin(), more.end());
  return edges;
}

EdgeVector cycleEdges(std::size_t n) {
  EdgeVector edges;
  for (VertexIndex v = 0; v < n; ++v) edges.emplace_back(v, static_cast<VertexIndex>((v + 1) % n));
  return edges;
}

void checkAll(const std::vector<double>& actual, const std::vector<double>& expected, double margin = 1e-12) {
  REQUIRE(actual.size() == expected.size());
  for (std::size_t v = 0; v < expected.size(); ++v) {
    INFO("vertex " << v);
    CHECK_THAT(actual[v], WithinAbs(expected[v], margin));
  }
}

double sum(const std::vector<double>& values) {
  double total = 0.0;
  for (double x : values) total += x;
  return total;
}

}  // namespace

TEST_CASE("betweenness counts each unordered pair once, and so does Boost", "[analysis][betweenness]") {
  //   a ── b ── c ── d ── e        (0 ── 1 ── 2 ── 3 ── 4)
  //
  // Each pair has exactly one shortest path; a vertex scores one per pair it lies inside:
  //   b: {a,c} {a,d} {a,e}                 = 3
  //   c: {a,d} {a,e} {b,d} {b,e}           = 4
  //   d: {a,e} {b,e} {c,e}                 = 3
  //   a, e: endpoints only                 = 0
  const EdgeVector path{{0, 1}, {1, 2}, {2, 3}, {3, 4}};
  const BetweennessResult ours = exact(graphOf(5, path));
  CHECK(ours.completion == Completion::Finished);
  CHECK_FALSE(ours.sampled);
  CHECK(ours.sourcesUsed == 5);
  checkAll(ours.scores, {0.0, 3.0, 4.0, 3.0, 0.0});

  // Boost's Brandes walks every pair from both ends, 0, 6, 8, 6, 0, but then halves the sums
  // on undirected graphs (divide_centrality_by_two in boost/graph/betweenness_centrality.hpp,
  // Boost 1.74), so it reports the same figures as we do: 0, 3, 4, 3, 0.
  const std::vector<double> theirs = boostBetweenness(5, path);
  checkAll(theirs, {0.0, 3.0, 4.0, 3.0, 0.0});
  checkAll(theirs, ours.scores);
}

TEST_CASE("betweenness of the textbook shapes", "[analysis][betweenness]") {
  SECTION("star") {
    //     1   2
    //      \ /
    //       0          every pair of the 4 leaves runs through the centre: C(4,2) = 6
    //      / \         (Boost: 6 as well, see above)
    //     3   4
    const EdgeVector star{{0, 1}, {0, 2}, {0, 3}, {0, 4}};
    checkAll(exact(graphOf(5, star)).scores, {6.0, 0.0, 0.0, 0.0, 0.0});
    checkAll(boostBetweenness(5, star), {6.0, 0.0, 0.0, 0.0, 0.0});
  }
  SECTION("clique") {
    // K5: every pair is adjacent, nobody lies between anybody.
    EdgeVector clique;
    for (VertexIndex a = 0; a < 5; ++a)
      for (VertexIndex b = a + 1; b < 5; ++b) clique.emplace_back(a, b);
    checkAll(exact(graphOf(5, clique)).scores, {0.0, 0.0, 0.0, 0.0, 0.0});
  }
  SECTION("cycle of four") {
    //   0 ── 1
    //   │    │     {0,2}: two paths, via 1 and via 3, each gets 1/2
    //   3 ── 2     {1,3}: via 0 and via 2, each gets 1/2     -> everyone 0.5
    checkAll(exact(graphOf(4, cycleEdges(4))).scores, {0.5, 0.5, 0.5, 0.5});
  }
  SECTION("two disconnected triangles and an isolated vertex") {
    //   0      3
    //  / \    / \      6
    // 1 ─ 2  4 ─ 5
    // Within a triangle all pairs are adjacent; pairs across parts have no path: all zero.
    const EdgeVector edges{{0, 1}, {1, 2}, {0, 2}, {3, 4}, {4, 5}, {3, 5}};
    const BetweennessResult result = exact(graphOf(7, edges));
    checkAll(result.scores, std::vector<double>(7, 0.0));
    CHECK(result.completion == Completion::Finished);
  }
  SECTION("two disconnected paths") {
    // 0 ── 1 ── 2     3 ── 4 ── 5      each middle vertex lies inside one pair: 1
    const EdgeVector edges{{0, 1}, {1, 2}, {3, 4}, {4, 5}};
    checkAll(exact(graphOf(6, edges)).scores, {0.0, 1.0, 0.0, 0.0, 1.0, 0.0});
  }
}

TEST_CASE("betweenness survives the degenerate battery", "[analysis][betweenness][degenerate]") {
  const unsigned threads = GENERATE(1u, 4u);
  INFO("threads " << threads);

  SECTION("empty graph") {
    const BetweennessResult result = exact(SimpleGraph{}, threads);
    CHECK(result.scores.empty());
    CHECK(result.completion == Completion::Finished);
    CHECK(result.sourcesUsed == 0);
    const BetweennessResult built = exact(graphOf(0, {}), threads);
    CHECK(built.scores.empty());
  }
  SECTION("one vertex") {
    const BetweennessResult result = exact(graphOf(1, {}), threads);
    checkAll(result.scores, {0.0});
    CHECK(result.sourcesUsed == 1);
  }
  SECTION("a self-loop only") {
    const SimpleGraph graph = graphOf(1, {{0, 0}});
    CHECK(graph.edgeCount() == 0);
    const BetweennessResult result = exact(graph, threads);
    checkAll(result.scores, {0.0});
  }
  SECTION("parallel edges are merged and change nothing") {
    // 0 ══ 1 ══ 2   (0-1 three times, 1-2 twice, once written backwards)  vs  0 ── 1 ── 2
    const SimpleGraph multi = graphOf(3, {{0, 1}, {0, 1}, {1, 0}, {1, 2}, {2, 1}});
    const SimpleGraph simple = graphOf(3, {{0, 1}, {1, 2}});
    CHECK(multi.edgeCount() == 2);
    const BetweennessResult fromMulti = exact(multi, threads);
    const BetweennessResult fromSimple = exact(simple, threads);
    checkAll(fromMulti.scores, {0.0, 1.0, 0.0});
    checkAll(fromMulti.scores, fromSimple.scores);
  }
  SECTION("disconnected, with isolated vertices") {
    // 0 ── 1 ── 2     3     4 ── 5     6
    const BetweennessResult result = exact(graphOf(7, {{0, 1}, {1, 2}, {4, 5}}), threads);
    checkAll(result.scores, {0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0});
    CHECK(result.sourcesUsed == 7);
  }
  SECTION("nothing is NaN or infinite, exact or sampled") {
    const std::vector<std::pair<std::size_t, EdgeVector>> battery{
        {0, {}},
        {1, {}},
        {1, {{0, 0}}},
        {2, {{0, 1}, {1, 0}, {0, 1}}},
        {6, {{0, 1}, {2, 3}}},
        {5, {{0, 1}, {1, 2}, {2, 3}, {3, 4}}},
        {5, {{0, 1}, {0, 2}, {0, 3}, {0, 4}}},
        {4, {{0, 1}, {0, 2}, {0, 3}, {1, 2}, {1, 3}, {2, 3}}},
    };
    for (const auto& [n, edges] : battery) {
      const SimpleGraph graph = graphOf(n, edges);
      INFO("n " << n << ", edges " << edges.size());
      const BetweennessResult full = exact(graph, threads);
      CHECK(full.scores.size() == n);
      CHECK(allFinite(full.scores));
      for (std::size_t k : {std::size_t{0}, std::size_t{1}, n}) {
        BetweennessOptions options;
        options.threads = threads;
        options.sampleSources = k;
        const BetweennessResult sampled = computeBetweenness(graph, options);
        CHECK(sampled.scores.size() == n);
        CHECK(allFinite(sampled.scores));
      }
    }
  }
}

TEST_CASE("betweenness agrees with Boost on random graphs, for any thread count", "[analysis][betweenness][boost]") {
  // Same convention as Boost's undirected figures (see the path above), so no factor.
  struct Case {
    const char* name;
    std::size_t n;
    EdgeVector edges;
  };
  const std::vector<Case> cases{
      {"200 vertices, 600 edges", 200, randomEdges(200, 600, 7)},
      {"200 vertices, 600 edges, another seed", 200, randomEdges(200, 600, 2024)},
      {"tree-like, 300 vertices", 300, treeLikeEdges(300, 10, 11)},
      {"sparse and disconnected, 250 vertices, 150 edges", 250, randomEdges(250, 150, 3)},
  };
  for (const Case& c : cases) {
    const SimpleGraph graph = graphOf(c.n, c.edges);
    // Boost gets the merged simple edge list: it would count a parallel edge as a second path.
    const std::vector<double> reference = boostBetweenness(c.n, graph.edges());
    for (unsigned threads : {1u, 2u, 4u}) {
      INFO(c.name << ", threads " << threads);
      const BetweennessResult ours = exact(graph, threads);
      REQUIRE(ours.scores.size() == c.n);
      CHECK(ours.completion == Completion::Finished);
      CHECK(ours.sourcesUsed == c.n);
      CHECK(allFinite(ours.scores));
      for (std::size_t v = 0; v < c.n; ++v) {
        INFO("vertex " << v);
        CHECK_THAT(ours.scores[v], WithinRel(reference[v], 1e-9) || WithinAbs(reference[v], 1e-9));
      }
    }
  }
}

TEST_CASE("betweenness is bit-identical for repeated runs with the same thread count", "[analysis][betweenness]") {
  const SimpleGraph graph = graphOf(400, randomEdges(400, 1200, 99));
  for (unsigned threads : {1u, 2u, 4u}) {
    INFO("threads " << threads);
    const BetweennessResult first = exact(graph, threads);
    for (int run = 0; run < 3; ++run) {
      const BetweennessResult again = exact(graph, threads);
      CHECK(again.scores == first.scores);  // bit-identity is the point here
    }
  }
  // Another thread count may differ in the last bits only.
  const BetweennessResult one = exact(graph, 1), four = exact(graph, 4), automatic = exact(graph, 0);
  for (std::size_t v = 0; v < 400; ++v) {
    CHECK_THAT(four.scores[v], WithinRel(one.scores[v], 1e-12) || WithinAbs(one.scores[v], 1e-12));
    CHECK_THAT(automatic.scores[v], WithinRel(one.scores[v], 1e-12) || WithinAbs(one.scores[v], 1e-12));
  }
}

TEST_CASE("sampled betweenness", "[analysis][betweenness][sampled]") {
  SECTION("k = n (or more) is the exact computation") {
    const SimpleGraph graph = graphOf(150, randomEdges(150, 400, 5));
    const BetweennessResult full = exact(graph, 2);
    for (std::size_t k : {std::size_t{150}, std::size_t{1000}}) {
      BetweennessOptions options;
      options.threads = 2;
      options.sampleSources = k;
      options.seed = 42;
      const BetweennessResult result = computeBetweenness(graph, options);
      CHECK_FALSE(result.sampled);
      CHECK(result.sourcesUsed == 150);
      checkAll(result.scores, full.scores, 1e-9);
    }
  }
  SECTION("k < n is deterministic for a seed and uses k sources") {
    const SimpleGraph graph = graphOf(300, randomEdges(300, 900, 8));
    for (unsigned threads : {1u, 4u}) {
      INFO("threads " << threads);
      BetweennessOptions options;
      options.threads = threads;
      options.sampleSources = 70;
      options.seed = 12345;
      const BetweennessResult first = computeBetweenness(graph, options);
      const BetweennessResult second = computeBetweenness(graph, options);
      CHECK(first.sampled);
      CHECK(first.completion == Completion::Finished);
      CHECK(first.sourcesUsed == 70);
      CHECK(allFinite(first.scores));
      CHECK(second.scores == first.scores);  // bit-identity is the point here
    }
  }
  SECTION("one source on a 6-cycle gives n/2 times that source's dependencies") {
    //      0
    //    /   \        From source s: neighbours get 1 (pair s, s±2) + 1/2 (pair s, s+3) = 1.5,
    //   5     1       vertices two away get 1/2 (pair s, s+3), the opposite vertex and s get 0.
    //   |     |       Scaled by n / k / 2 = 6 / 1 / 2 = 3: the pattern, around s, is
    //   4     2         s: 0, s±1: 4.5, s±2: 1.5, s+3: 0.
    //    \   /        Which s the seed draws is not part of the contract, so any rotation will do.
    //      3          (Exact: every vertex 2, total 12; the sample's total is 4.5·2 + 1.5·2 = 12 too.)
    const std::vector<double> pattern{0.0, 4.5, 1.5, 0.0, 1.5, 4.5};
    BetweennessOptions options;
    options.threads = 1;
    options.sampleSources = 1;
    for (std::uint64_t seed : {1u, 2u, 3u, 77u}) {
      options.seed = seed;
      const BetweennessResult result = computeBetweenness(graphOf(6, cycleEdges(6)), options);
      REQUIRE(result.scores.size() == 6);
      CHECK(result.sourcesUsed == 1);
      bool rotationMatches = false;
      for (std::size_t s = 0; s < 6; ++s) {
        bool matches = true;
        for (std::size_t j = 0; j < 6; ++j)
          matches = matches && std::abs(result.scores[(s + j) % 6] - pattern[j]) < 1e-9;
        rotationMatches = rotationMatches || matches;
      }
      INFO("seed " << seed);
      CHECK(rotationMatches);
    }
  }
  SECTION("on a cycle every source contributes the same total, so the sampled total is exact") {
    // C12, from any source: distances 1,1,2,2,3,3,4,4,5,5,6, so Σ_t (d(s,t) − 1) = 25 counted
    // path-interior steps. Exact total = 12 · 25 / 2 = 150, i.e. 12.5 per vertex; the sample's
    // total = n / (2k) · k · 25 = 150 for every k and every draw. Per vertex a sample with k < n
    // is never exact here: a vertex's own source adds 0 for it, the others add more (see C6).
    const SimpleGraph cycle = graphOf(12, cycleEdges(12));
    checkAll(exact(cycle).scores, std::vector<double>(12, 12.5));
    for (std::size_t k : {1u, 2u, 5u, 11u}) {
      for (std::uint64_t seed : {1u, 9u}) {
        BetweennessOptions options;
        options.threads = 2;
        options.sampleSources = k;
        options.seed = seed;
        const BetweennessResult result = computeBetweenness(cycle, options);
        INFO("k " << k << ", seed " << seed);
        CHECK(result.sampled);
        CHECK(result.sourcesUsed == k);
        CHECK_THAT(sum(result.scores), WithinAbs(150.0, 1e-9));
      }
    }
  }
  SECTION("on a clique the estimate is exact: all zero") {
    EdgeVector clique;
    for (VertexIndex a = 0; a < 8; ++a)
      for (VertexIndex b = a + 1; b < 8; ++b) clique.emplace_back(a, b);
    BetweennessOptions options;
    options.sampleSources = 3;
    checkAll(computeBetweenness(graphOf(8, clique), options).scores, std::vector<double>(8, 0.0));
  }
}

TEST_CASE("betweenness reports progress on the calling thread, ending with (total, total)", "[analysis][betweenness]") {
  const SimpleGraph graph = graphOf(500, randomEdges(500, 1500, 21));
  const unsigned threads = GENERATE(1u, 2u, 4u);
  INFO("threads " << threads);
  const std::thread::id caller = std::this_thread::get_id();
  std::vector<std::pair<std::size_t, std::size_t>> calls;
  bool onCaller = true;
  BetweennessOptions options;
  options.threads = threads;
  options.progress = [&](std::size_t done, std::size_t total) {
    onCaller = onCaller && std::this_thread::get_id() == caller;
    calls.emplace_back(done, total);
  };
  const BetweennessResult result = computeBetweenness(graph, options);
  CHECK(result.completion == Completion::Finished);
  REQUIRE_FALSE(calls.empty());
  CHECK(onCaller);
  CHECK(calls.back() == std::pair<std::size_t, std::size_t>{500, 500});
  for (std::size_t i = 0; i < calls.size(); ++i) {
    INFO("call " << i << ": " << calls[i].first << " / " << calls[i].second);
    CHECK(calls[i].second == 500);
    CHECK(calls[i].first <= calls[i].second);
    if (i > 0) CHECK(calls[i - 1].first <= calls[i].first);
  }
  // Progress changes nothing in the result.
  checkAll(result.scores, exact(graph, threads).scores, 1e-9);
}

TEST_CASE("betweenness can be cancelled", "[analysis][betweenness][cancel]") {
  SECTION("a flag set before the call") {
    const SimpleGraph graph = graphOf(300, randomEdges(300, 900, 4));
    const std::atomic<bool> cancel{true};
    for (unsigned threads : {1u, 4u}) {
      for (bool withProgress : {false, true}) {
        INFO("threads " << threads << (withProgress ? ", with progress" : ""));
        BetweennessOptions options;
        options.threads = threads;
        options.cancel = &cancel;
        if (withProgress) options.progress = [](std::size_t, std::size_t) {};
        const BetweennessResult result = computeBetweenness(graph, options);
        CHECK(result.completion == Completion::Cancelled);
        CHECK(result.scores.size() == 300);
        CHECK(allZero(result.scores));
        CHECK(result.sourcesUsed == 0);
      }
    }
  }
  SECTION("a flag set from the progress callback after the first report") {
    // Big enough that the first report comes long before the end.
    const SimpleGraph graph = graphOf(3000, randomEdges(3000, 9000, 17));
    for (unsigned threads : {1u, 2u, 4u}) {
      INFO("threads " << threads);
      std::atomic<bool> cancel{false};
      std::size_t reports = 0;
      BetweennessOptions options;
      options.threads = threads;
      options.cancel = &cancel;
      options.progress = [&](std::size_t, std::size_t) {
        ++reports;
        cancel = true;
      };
      const BetweennessResult result = computeBetweenness(graph, options);
      CHECK(reports >= 1);
      CHECK(result.completion == Completion::Cancelled);
      CHECK(result.scores.size() == 3000);
      CHECK(allZero(result.scores));
      // With one thread the first report comes after the first chunk, and the next chunk sees
      // the flag; with helpers, timing decides how far they got.
      if (threads == 1) CHECK(result.sourcesUsed < 3000);
    }
  }
}

TEST_CASE("betweenness: graphs of 65,535 vertices and more use wider distances, same figures") {
  // The path a–b–c–d–e (0, 3, 4, 3, 0) with 69,995 isolated vertices: every BFS from an
  // isolated vertex ends at once, so the exact run stays fast.
  const std::size_t n = 70000;
  const EdgeVector path{{0, 1}, {1, 2}, {2, 3}, {3, 4}};
  const BetweennessResult result = exact(graphOf(n, path), 2);
  REQUIRE(result.scores.size() == n);
  CHECK_THAT(result.scores[1], WithinAbs(3.0, 1e-12));
  CHECK_THAT(result.scores[2], WithinAbs(4.0, 1e-12));
  CHECK_THAT(result.scores[3], WithinAbs(3.0, 1e-12));
  CHECK(std::count(result.scores.begin(), result.scores.end(), 0.0) == static_cast<std::ptrdiff_t>(n - 3));
}

TEST_CASE("betweenness: a throwing progress callback stops the workers and reaches the caller") {
  const SimpleGraph graph = graphOf(3000, randomEdges(3000, 9000, 11));
  for (unsigned threads : {1u, 2u}) {
    BetweennessOptions options;
    options.threads = threads;
    options.progress = [](std::size_t, std::size_t) { throw std::runtime_error("stop here"); };
    CHECK_THROWS_WITH(computeBetweenness(graph, options), "stop here");
  }
}

TEST_CASE("betweenness: a cancel request after the last source leaves the result complete") {
  const SimpleGraph graph = graphOf(5, {{0, 1}, {1, 2}, {2, 3}, {3, 4}});
  std::atomic<bool> cancel{false};
  BetweennessOptions options;
  options.threads = 1;
  options.cancel = &cancel;
  options.progress = [&](std::size_t done, std::size_t total) {
    if (done == total) cancel = true;  // the first call with done == total comes after the last chunk
  };
  const BetweennessResult result = computeBetweenness(graph, options);
  CHECK(result.completion == Completion::Finished);
  CHECK_THAT(result.scores[2], WithinAbs(4.0, 1e-12));
}
