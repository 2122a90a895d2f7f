#include "layouts/force_atlas2.hpp"

#include <algorithm>
#include <cmath>

#include "layouts/parallel_for.hpp"

namespace knp::layouts {
namespace {

// Below this many vertices per thread, starting a thread costs more than it saves (starting
// one is about 30 µs; the repulsion on 1,000 vertices takes about 0.3 ms).
constexpr std::size_t kVerticesPerThread = 1000;
// Repulsion between touching discs, relative to kr·m_i·m_j (ForceAtlas2's choice).
constexpr double kContactRepulsion = 100.0;
// The least speed efficiency; below it the layout would freeze while still swinging.
constexpr double kMinSpeedEfficiency = 0.05;

double length(double x, double y) { return std::sqrt(x * x + y * y); }

}  // namespace

ForceAtlas2::ForceAtlas2(const WeightedGraph& graph, std::vector<Point> positions, std::vector<double> mobility,
                         std::vector<double> radius, ForceParams params)
    : m_graph(graph),
      m_positions(std::move(positions)),
      m_mobility(std::move(mobility)),
      m_baseRadius(radius),
      m_radius(std::move(radius)),
      m_params(params),
      m_force(m_positions.size()),
      m_previousForce(m_positions.size()),
      m_swing(m_positions.size()),
      m_traction(m_positions.size()),
      m_moved(m_positions.size()) {
  if (m_mobility.empty()) m_mobility.assign(m_positions.size(), 1.0);
  double sum = 0, squares = 0;
  for (double m : m_graph.mass) sum += m, squares += m * m;
  m_pairMass = 0.5 * (sum * sum - squares);
}

void ForceAtlas2::scaleRadii(double unit) {
  for (std::size_t i = 0; i < m_radius.size(); ++i) m_radius[i] = m_baseRadius[i] * unit;
}

std::size_t ForceAtlas2::threadsFor(std::size_t work) const {
  return std::clamp<std::size_t>(work / kVerticesPerThread, 1, std::max(1u, m_params.threads));
}

double ForceAtlas2::iterate() {
  const std::size_t n = m_positions.size();
  if (n == 0) return 0.0;
  const std::size_t threads = threadsFor(n);
  m_tree.build(m_positions, m_graph.mass, static_cast<unsigned>(threads));
  const double gravity = gravityCoefficient();
  // Two passes: repulsion in tree order (neighbouring queries share cells), attraction in
  // vertex order (the edge lists stream from memory). One pass in tree order was slower.
  parallelFor(n, threads, [&](std::size_t first, std::size_t last) { addRepulsionAndGravity(first, last, gravity); });
  parallelFor(n, threads, [&](std::size_t first, std::size_t last) { addAttractionAndSwing(first, last); });
  adaptSpeed();
  return moveAll();
}

// kg such that Σ x_i · (−kg·m_i·x_i) = −share · kr · Σ_pairs m_i·m_j. O(n).
double ForceAtlas2::gravityCoefficient() const {
  double inertia = 0;
  for (std::size_t i = 0; i < m_positions.size(); ++i)
    inertia += m_graph.mass[i] * (m_positions[i].x * m_positions[i].x + m_positions[i].y * m_positions[i].y);
  return inertia > 0 ? m_params.gravityShare * m_params.repulsion * m_pairMass / inertia : 0.0;
}

// Repulsion and gravity for the bodies at tree-order positions [firstBody, lastBody).
void ForceAtlas2::addRepulsionAndGravity(std::size_t firstBody, std::size_t lastBody, double gravity) {
  const auto bodies = m_tree.bodiesInTreeOrder();
  const double kr = m_params.repulsion, floor = m_params.minDistance, floor2 = floor * floor;
  const bool sized = !m_radius.empty();
  for (std::size_t b = firstBody; b < lastBody; ++b) {
    const VertexIndex i = bodies[b].index;
    const Point at{bodies[b].x, bodies[b].y};
    const double mi = bodies[b].mass;
    double fx = 0, fy = 0;
    m_tree.visit(
        at, m_params.theta,
        [&](double x, double y, double mass) {
          const double dx = at.x - x, dy = at.y - y, d2 = std::max(dx * dx + dy * dy, floor2);
          const double f = kr * mi * mass / d2;  // d2 > 0: a far cell does not hold `at`
          fx += dx * f;
          fy += dy * f;
        },
        [&](const QuadTree::Body& body) {
          const double dx = at.x - body.x, dy = at.y - body.y, d2 = dx * dx + dy * dy;
          if (body.index == i || d2 <= 0) return;  // on one point: no direction to push in
          double f;
          if (sized) {
            const double d = std::sqrt(d2), gap = d - m_radius[i] - m_radius[body.index];
            f = (gap > 0 ? kr * mi * body.mass / std::max(gap, floor) : kContactRepulsion * kr * mi * body.mass) /
                std::max(d, floor);
          } else {
            f = kr * mi * body.mass / std::max(d2, floor2);
          }
          fx += dx * f;
          fy += dy * f;
        });
    m_force[i] = {fx - gravity * mi * at.x, fy - gravity * mi * at.y};
  }
}

// Attraction along the edges of vertices [first, last), then how much each one swings.
void ForceAtlas2::addAttractionAndSwing(std::size_t first, std::size_t last) {
  const bool sized = !m_radius.empty();
  for (auto i = static_cast<VertexIndex>(first); i < last; ++i) {
    const auto around = m_graph.neighbours(i);
    const auto weights = m_graph.neighbourWeights(i);
    double fx = 0, fy = 0;
    for (std::size_t k = 0; k < around.size(); ++k) {
      const VertexIndex j = around[k];
      const double dx = m_positions[j].x - m_positions[i].x, dy = m_positions[j].y - m_positions[i].y;
      double w = weights[k];
      if (sized) {
        const double d = length(dx, dy), gap = d - m_radius[i] - m_radius[j];
        w = gap > 0 ? w * gap / d : 0.0;
      }
      fx += dx * w;
      fy += dy * w;
    }
    const Point f{m_force[i].x + fx, m_force[i].y + fy}, old = m_previousForce[i];
    m_force[i] = f;
    m_swing[i] = m_graph.mass[i] * length(f.x - old.x, f.y - old.y);
    m_traction[i] = m_graph.mass[i] * 0.5 * length(f.x + old.x, f.y + old.y);
  }
}

// ForceAtlas2's global speed, following Gephi's implementation.
void ForceAtlas2::adaptSpeed() {
  double swinging = 0, traction = 0;
  for (std::size_t i = 0; i < m_positions.size(); ++i)
    if (m_mobility[i] > 0) swinging += m_swing[i], traction += m_traction[i];
  if (!(traction > 0) || !std::isfinite(traction) || !std::isfinite(swinging)) return;
  const auto n = static_cast<double>(m_positions.size());
  const double estimated = 0.05 * std::sqrt(n);
  double jitter = m_params.tolerance * std::max(std::sqrt(estimated), std::min(10.0, estimated * traction / (n * n)));
  if (swinging / traction > 2.0) {
    if (m_speedEfficiency > kMinSpeedEfficiency) m_speedEfficiency *= 0.5;
    jitter = std::max(jitter, m_params.tolerance);
  }
  const double target = swinging > 0 ? jitter * m_speedEfficiency * traction / swinging : 1.5 * m_speed;
  if (!std::isfinite(target)) return;
  if (swinging > jitter * traction) {
    if (m_speedEfficiency > kMinSpeedEfficiency) m_speedEfficiency *= 0.7;
  } else if (m_speed < 1000) {
    m_speedEfficiency *= 1.3;
  }
  m_speed = std::min(m_speed + std::min(target - m_speed, 0.5 * m_speed), m_params.maxSpeed);
}

double ForceAtlas2::moveAll() {
  const std::size_t n = m_positions.size();
  parallelFor(n, threadsFor(n), [&](std::size_t first, std::size_t last) {
    for (std::size_t i = first; i < last; ++i) {
      m_moved[i] = 0;
      if (m_mobility[i] <= 0) continue;
      const Point f = m_force[i];
      const double force = length(f.x, f.y);
      double factor = m_mobility[i] * m_speed / (1.0 + std::sqrt(m_speed * m_swing[i]));
      if (factor * force > m_params.maxStep) factor = m_params.maxStep / force;
      if (!std::isfinite(factor * force)) continue;
      m_positions[i].x += f.x * factor;
      m_positions[i].y += f.y * factor;
      m_moved[i] = m_graph.mass[i] * factor * force;
    }
  });
  double moved = 0, movableMass = 0;
  for (std::size_t i = 0; i < n; ++i)
    if (m_mobility[i] > 0) moved += m_moved[i], movableMass += m_graph.mass[i];
  std::swap(m_force, m_previousForce);
  return movableMass > 0 ? moved / movableMass : 0.0;
}

}  // namespace knp::layouts
