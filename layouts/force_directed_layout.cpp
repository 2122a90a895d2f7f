#include "layouts/force_directed_layout.hpp"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <optional>
#include <tuple>
#include <random>
#include <thread>

#include "layouts/classical_mds.hpp"
#include "layouts/coarsening.hpp"
#include "layouts/force_atlas2.hpp"
#include "layouts/hops.hpp"
#include "layouts/layout_support.hpp"

namespace knp::layouts {
namespace {

// Iteration budgets of the coarser levels: the coarsest starts from nothing and is cheap.
constexpr std::size_t kCoarsestIterations = 500;
constexpr std::size_t kLevelIterations = 150;
// Every level runs ForceAtlas2's own adaptive speed for some iterations, then cools: the speed
// cap falls by kCooling per iteration, so the level settles within a few dozen more. (Left to
// its adaptive speed alone, ForceAtlas2 keeps swinging by about 0.5% of an edge per
// iteration.) The coarsest level finds the global shape and warms longer; finer levels start
// from their parents' places. Longer runs on the finer levels did not lower stress (measured
// on bench/'s geometric graph, 2026-11-25: 10 warm iterations and 0.85 gave 0.0117-0.0123 over
// 8 seeds, 20 and 0.9 gave 0.0120-0.0128 in a third more time).
constexpr std::size_t kCoarsestWarmIterations = 30;
constexpr std::size_t kWarmIterations = 10;
constexpr double kCooling = 0.85;
// The mean edge length changes slowly; measuring it costs O(m).
constexpr std::size_t kLengthEvery = 10;

// The mean drawn length of the graph's edges; without edges, the side of the square each
// vertex would have in an evenly filled bounding box. Never 0. O(n + m).
double typicalLength(const WeightedGraph& graph, const std::vector<Point>& points) {
  double sum = 0;
  for (VertexIndex v = 0; v < graph.vertexCount(); ++v)
    for (VertexIndex w : graph.neighbours(v)) {
      const double dx = points[v].x - points[w].x, dy = points[v].y - points[w].y;
      sum += std::sqrt(dx * dx + dy * dy);  // not std::hypot: five times slower, and no overflow risk here
    }
  if (!graph.targets.empty() && sum > 0) return sum / static_cast<double>(graph.targets.size());
  const double side = boundingBox(points).extent(0) / std::sqrt(static_cast<double>(std::max<std::size_t>(1, points.size())));
  return side > 0 ? side : 1.0;
}

// The factor λ that puts `points` (centred on the origin) in ForceAtlas2's balance: the
// virial Σ x_i·F_i of the forces vanishes. Repulsion contributes kr·P (P = Σ_pairs m_i·m_j,
// whatever the scale), gravity −share·kr·P (it is defined so, force_atlas2.hpp), the edges
// −λ²·A with A = Σ_edges w·d²; so λ² = (1 − share)·kr·P / A. 1 without edges or distances.
double balancingScale(const WeightedGraph& graph, const std::vector<Point>& points, const ForceParams& params) {
  double a = 0, sumMass = 0, sumSquares = 0;
  for (VertexIndex v = 0; v < graph.vertexCount(); ++v) {
    const auto around = graph.neighbours(v);
    const auto weights = graph.neighbourWeights(v);
    for (std::size_t k = 0; k < around.size(); ++k) {
      const double dx = points[v].x - points[around[k]].x, dy = points[v].y - points[around[k]].y;
      a += 0.5 * weights[k] * (dx * dx + dy * dy);  // every edge is listed twice
    }
    sumMass += graph.mass[v];
    sumSquares += graph.mass[v] * graph.mass[v];
  }
  const double p = 0.5 * (sumMass * sumMass - sumSquares);
  const double lambda = std::sqrt((1 - params.gravityShare) * params.repulsion * p / a);
  return std::isfinite(lambda) && lambda > 0 ? lambda : 1.0;
}

// Moves apart vertices that sit on exactly the same point (a start may have them; forces
// between them have no direction): on each such point one vertex stays, an immobile one if
// there is one, and every other movable one gets a seeded offset of 1% of `spacing`.
// O(n log n).
void separateCoincident(std::vector<Point>& points, const std::vector<double>& mobility, double spacing,
                        std::mt19937_64& random) {
  std::vector<VertexIndex> order(points.size());
  std::iota(order.begin(), order.end(), VertexIndex{0});
  auto key = [&](VertexIndex v) { return std::tuple{points[v].x, points[v].y, mobility[v] > 0}; };
  std::stable_sort(order.begin(), order.end(), [&](VertexIndex a, VertexIndex b) { return key(a) < key(b); });
  std::pair<double, double> previous{NAN, NAN};
  for (const VertexIndex v : order) {
    const std::pair here{points[v].x, points[v].y};
    const bool repeated = here == previous;
    previous = here;
    if (!repeated || mobility[v] <= 0) continue;
    const Point direction = unitDirection(random);
    points[v] = {points[v].x + 0.01 * spacing * direction.x, points[v].y + 0.01 * spacing * direction.y};
  }
}

// Moves every point by up to `amount` in a seeded direction. O(n).
void jitter(std::vector<Point>& points, double amount, std::mt19937_64& random) {
  for (Point& p : points) {
    const Point direction = unitDirection(random);
    const double radius = unitDraw(random) * amount;
    p = {p.x + radius * direction.x, p.y + radius * direction.y};
  }
}

class ForceDirectedLayout final : public Layout {
 public:
  ForceDirectedLayout(const LayoutGraph& graph, const LayoutRequest& request)
      : m_request(request), m_radius(graph.radius), m_random(request.seed) {
    const std::size_t n = graph.graph.vertexCount();
    m_params.theta = request.force.theta;
    m_params.threads = request.force.threads != 0 ? request.force.threads : std::max(1u, std::thread::hardware_concurrency());
    m_finestIterations = request.iterations != 0 ? request.iterations : kForceDefaultIterations;
    if (n == 0) {
      m_finished = true;
      return;
    }
    // Every vertex unplaced: the start says nothing; lay out afresh.
    std::vector<char> unplaced(n, 0);
    for (VertexIndex v : request.unplaced) unplaced[v] = 1;
    m_fresh = request.start.empty() || std::all_of(unplaced.begin(), unplaced.end(), [](char u) { return u != 0; });
    if (m_fresh)
      startFresh(graph);
    else
      startFrom(graph);
    updateOutput();
  }

  StepOutcome step() override {
    if (m_finished) return StepOutcome::Finished;
    std::size_t work = 0;
    while (!m_finished && work < kWorkPerStep) {
      const WeightedGraph& level = m_hierarchy.levels[m_level];
      if (m_levelIterations >= warmIterations()) {  // cooling: the speed may only fall from here
        ForceParams& params = m_engine->params();
        params.maxSpeed = kCooling * std::min(params.maxSpeed, m_engine->speed());
      }
      const double moved = m_engine->iterate();
      if (++m_levelIterations % kLengthEvery == 0) measureLevel();
      work += level.vertexCount() + level.targets.size();
      if (moved < kSettledMove * m_length || m_levelIterations >= budget()) {
        if (m_level == 0)
          m_finished = true;
        else
          refine();
      }
    }
    updateOutput();
    return m_finished ? StepOutcome::Finished : StepOutcome::Running;
  }

  const std::vector<Point>& positions() const override { return m_output; }

 private:
  void startFresh(const LayoutGraph& graph) {
    m_hierarchy = buildHierarchy(weightedGraphOf(graph.graph, graph.weight), kCoarsestVertices, m_request.seed);
    m_level = m_hierarchy.levels.size() - 1;
    const WeightedGraph& top = m_hierarchy.levels[m_level];
    std::vector<Point> points;
    if (top.vertexCount() <= kMaxMdsVertices) {
      points = classicalMds(top, m_request.seed);
      jitter(points, 0.05 * typicalLength(top, points), m_random);  // twins share their distances
    } else {
      // Only when coarsening gave up early: a square whose side grows with √n, as the settled
      // drawing will.
      const double side = std::sqrt(static_cast<double>(top.vertexCount()));
      points.resize(top.vertexCount());
      for (Point& p : points) p = {(unitDraw(m_random) - 0.5) * side, (unitDraw(m_random) - 0.5) * side};
    }
    startLevel(std::move(points), {});
  }

  void startFrom(const LayoutGraph& graph) {
    m_hierarchy.levels.push_back(weightedGraphOf(graph.graph, graph.weight));
    m_level = 0;
    std::vector<Point> points = startPositions(graph, m_request);
    // Into internal units in two steps: centred and divided by the start's extent (so that
    // sums of squares neither overflow nor vanish, whatever the start's units), then scaled
    // by λ into ForceAtlas2's balance. Back out: centre + (q / λ) · extent.
    const Box box = boundingBox(points);
    m_centre = box.centre();
    m_extent = box.extent(0);
    if (!(m_extent > 0) || !std::isfinite(1 / m_extent)) m_extent = 1;
    for (Point& p : points) p = {(p.x - m_centre.x) / m_extent, (p.y - m_centre.y) / m_extent};
    m_scale = balancingScale(m_hierarchy.levels[0], points, m_params);
    for (Point& p : points) p = {p.x * m_scale, p.y * m_scale};
    std::vector<double> mobility(points.size(), 1.0);
    if (!m_request.unplaced.empty() || !m_request.settle.empty()) {
      // Settling newcomers: the others move the less the farther they are, and the layout
      // cools from the first iteration instead of warming up first.
      std::vector<VertexIndex> sources = m_request.unplaced;
      sources.insert(sources.end(), m_request.settle.begin(), m_request.settle.end());
      const auto hops = hopsFrom(graph.graph, std::span<const VertexIndex>(sources));
      for (std::size_t v = 0; v < points.size(); ++v)
        mobility[v] = hops[v] < kLocalHops ? std::ldexp(1.0, -static_cast<int>(hops[v])) : 0.0;
    }
    for (VertexIndex v : m_request.pinned) mobility[v] = 0.0;
    for (VertexIndex v = 0; v < mobility.size(); ++v)
      if (mobility[v] <= 0) m_still.push_back(v);
    separateCoincident(points, mobility, typicalLength(m_hierarchy.levels[0], points), m_random);
    startLevel(std::move(points), std::move(mobility));
  }

  void startLevel(std::vector<Point> points, std::vector<double> mobility) {
    std::vector<double> radius;
    if (m_level == 0) radius = m_radius;  // coarse levels are clusters: no discs; measureLevel() scales
    m_levelIterations = 0;
    // Each finest vertex's ancestor on this level, for updateOutput(): O(n) once per level.
    if (m_level > 0) {
      m_ancestor.resize(m_hierarchy.levels[0].vertexCount());
      for (std::size_t v = 0; v < m_ancestor.size(); ++v) {
        VertexIndex at = static_cast<VertexIndex>(v);
        for (std::size_t l = 0; l < m_level; ++l) at = m_hierarchy.parents[l][at];
        m_ancestor[v] = at;
      }
    }
    m_engine.emplace(m_hierarchy.levels[m_level], std::move(points), std::move(mobility), std::move(radius), m_params);
    measureLevel();
  }

  // What depends on the drawing's current scale, measured at a level's start and every
  // kLengthEvery iterations: the typical edge length (the yardstick for "settled" and the
  // longest step), and the radii in internal units. Radii are in output units: the start's
  // coordinates (internal = λ · r), or for a fresh layout fractions of the drawing's extent,
  // as the result is fitted into [0, 1]². O(n + m).
  void measureLevel() {
    m_length = typicalLength(m_hierarchy.levels[m_level], m_engine->positions());
    m_engine->params().maxStep = m_length * (m_fresh ? 1.0 : std::clamp(m_request.force.stepLimit, 1e-6, 1.0));
    m_engine->params().minDistance = 1e-6 * m_length;
    if (m_level == 0 && !m_radius.empty())
      m_engine->scaleRadii(m_fresh ? boundingBox(m_engine->positions()).extent(1e-12) : m_scale / m_extent);
  }

  // Hands the current level's positions down to the next finer level: every vertex at its
  // cluster's place plus a seeded offset of up to a fifth of the coarse edge length.
  void refine() {
    const WeightedGraph& coarse = m_hierarchy.levels[m_level];
    const std::vector<Point>& coarsePoints = m_engine->positions();
    const double offset = 0.2 * typicalLength(coarse, coarsePoints);
    const std::vector<VertexIndex>& parent = m_hierarchy.parents[m_level - 1];
    std::vector<Point> points(parent.size());
    for (std::size_t v = 0; v < parent.size(); ++v) points[v] = coarsePoints[parent[v]];
    jitter(points, offset, m_random);
    --m_level;
    startLevel(std::move(points), {});
  }

  std::size_t warmIterations() const {
    if (!m_fresh) return 0;  // from a start: cool from the first iteration
    return m_level + 1 == m_hierarchy.levels.size() ? kCoarsestWarmIterations : kWarmIterations;
  }

  std::size_t budget() const {
    if (m_level == 0) return m_finestIterations;
    return m_level + 1 == m_hierarchy.levels.size() ? kCoarsestIterations : kLevelIterations;
  }

  // The positions for the caller: every finest vertex at its ancestor's place on the current
  // level, fitted into [0, 1]² (fresh) or back in the start's coordinates.
  void updateOutput() {
    const std::vector<Point>& points = m_engine->positions();
    m_output.resize(m_hierarchy.levels[0].vertexCount());
    for (std::size_t v = 0; v < m_output.size(); ++v) m_output[v] = points[m_level == 0 ? v : m_ancestor[v]];
    if (m_fresh) {
      const Box box = boundingBox(m_output);
      const double scale = 1.0 / box.extent(1e-300);
      const Point centre = box.centre();
      for (Point& p : m_output) p = {0.5 + (p.x - centre.x) * scale, 0.5 + (p.y - centre.y) * scale};
    } else {
      for (Point& p : m_output) p = {m_centre.x + p.x / m_scale * m_extent, m_centre.y + p.y / m_scale * m_extent};
      // Vertices that may not move give back their start exactly, not after a round trip
      // through internal units.
      for (VertexIndex v : m_still) m_output[v] = m_request.start[v];
      if (m_still.empty()) alignToStart();
    }
  }

  // With nothing held in place, a drawing continued from a start may drift as a whole while it
  // settles: moved back so that the placed vertices' centre stays where it was (growth is
  // kept: discs may need the room). O(n).
  void alignToStart() {
    std::vector<char> unplaced(m_output.size(), 0);
    for (VertexIndex v : m_request.unplaced) unplaced[v] = 1;
    double dx = 0, dy = 0, count = 0;
    for (std::size_t v = 0; v < m_output.size(); ++v)
      if (!unplaced[v]) dx += m_request.start[v].x - m_output[v].x, dy += m_request.start[v].y - m_output[v].y, ++count;
    if (count < 1 || !std::isfinite(dx / count) || !std::isfinite(dy / count)) return;
    for (Point& p : m_output) p = {p.x + dx / count, p.y + dy / count};
  }

  LayoutRequest m_request;
  std::vector<double> m_radius;
  std::mt19937_64 m_random;
  ForceParams m_params;
  std::size_t m_finestIterations = kForceDefaultIterations;
  Hierarchy m_hierarchy;
  std::size_t m_level = 0;
  std::size_t m_levelIterations = 0;
  double m_length = 1.0;  // the level's typical edge length, refreshed every kLengthEvery iterations
  std::vector<VertexIndex> m_ancestor;  // while m_level > 0: each finest vertex's cluster on it
  std::optional<ForceAtlas2> m_engine;
  bool m_fresh = true;             // no usable start: the result is fitted into [0, 1]²
  Point m_centre;                  // from a start: internal = (p − centre) / extent · scale
  double m_extent = 1.0;
  double m_scale = 1.0;
  std::vector<VertexIndex> m_still;  // from a start: vertices that may not move (pinned, far)
  std::vector<Point> m_output;
  bool m_finished = false;
};

}  // namespace

std::unique_ptr<Layout> makeForceDirectedLayout(const LayoutGraph& graph, const LayoutRequest& request) {
  return std::make_unique<ForceDirectedLayout>(graph, request);
}

}  // namespace knp::layouts
