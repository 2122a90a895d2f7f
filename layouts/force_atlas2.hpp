#pragma once
// ForceAtlas2 (Jacomy, Venturini, Heymann, Bastian 2014) on one weighted graph: the forces and
// the adaptive speeds, one iteration at a time. The multilevel layout (force_directed_layout)
// runs it on every level of its hierarchy.
//
// Forces on vertex i (mass m = degree + 1 at the finest level):
//   repulsion from every j   kr · m_i · m_j / d, away from j (Barnes–Hut: far cells act as one
//                            body of their total mass at their centre of mass);
//   attraction along edges   w · d towards j (linear in the distance);
//   gravity                  kg · m_i · d towards the origin (ForceAtlas2's "strong gravity").
// kg is not a fixed number: every iteration sets it so that gravity carries `gravityShare` of
// the confinement of the repulsion (the virial Σ x_i·F_i of gravity is −share · kr·Σ m_i·m_j),
// the edges the rest. Repelling masses held by edges alone crowd at the rim and leave the
// middle stretched; held by linear gravity alone they fill a disc evenly. The share mixes the
// two, is independent of the drawing's scale, and keeps disconnected parts together.
// With radii, overlap prevention uses the gap between the discs, d' = d − r_i − r_j: repulsion
// kr·m_i·m_j / d' while they are apart, a constant 100·kr·m_i·m_j once they overlap
// (ForceAtlas2's rule), and no attraction between touching discs. Far Barnes–Hut cells are
// treated as points. Distances and gaps below `minDistance` count as `minDistance`, so two
// vertices started almost on one point get a large but finite push.
//
// Speeds (as in Gephi's implementation): a vertex whose force changes between iterations
// "swings"; its step is cut by 1 / (1 + √(s · swing)). The global speed s follows the ratio of
// useful movement (traction) to swinging, rises by at most half per iteration and is capped by
// `maxSpeed` (the multilevel driver lowers that cap to cool the layout down). No vertex moves
// farther than `maxStep` in one iteration, so a large force cannot fling a vertex out of sight;
// a vertex whose force is not finite (which only coordinates near the limits of double could
// cause) does not move at all.
//
// Each iteration costs O(n log n / θ² + m); forces and moves run on `threads` threads when the
// graph is large enough to pay for them. Results do not depend on the number of threads: every
// vertex's force is summed by one thread in a fixed order, and global sums are taken in vertex
// order afterwards.
#include <cstddef>
#include <vector>

#include "layouts/barnes_hut.hpp"
#include "layouts/point.hpp"
#include "layouts/weighted_graph.hpp"

namespace knp::layouts {

struct ForceParams {
  double theta = 0.8;          // Barnes–Hut accuracy: smaller is exacter and slower
  double repulsion = 2.0;      // kr
  double gravityShare = 0.8;   // in [0, 1): how much of the confinement gravity carries
  double tolerance = 1.0;      // how much swinging the global speed accepts
  double maxSpeed = 1e9;       // cap on the global speed
  double maxStep = 1e300;      // cap on one vertex's move in one iteration
  double minDistance = 0;      // closer vertices (or disc gaps) repel as if this far apart
  unsigned threads = 1;        // 1: no extra threads
};

class ForceAtlas2 {
 public:
  // `mobility` scales each vertex's movement: 0 pinned, 1 free (empty: all free). `radius` is
  // empty (no overlap prevention) or one radius per vertex. The graph must outlive the engine.
  ForceAtlas2(const WeightedGraph& graph, std::vector<Point> positions, std::vector<double> mobility,
              std::vector<double> radius, ForceParams params);

  // One iteration: forces, speeds, moves. Returns the mean distance the movable vertices
  // moved, weighted by mass (0 when none can move).
  double iterate();

  const std::vector<Point>& positions() const { return m_positions; }
  ForceParams& params() { return m_params; }
  // The radii become the constructor's times `unit` (for a caller whose radii are relative to
  // a scale that changes as the layout runs). O(n).
  void scaleRadii(double unit);
  double speed() const { return m_speed; }

 private:
  std::size_t threadsFor(std::size_t work) const;
  double gravityCoefficient() const;
  void addRepulsionAndGravity(std::size_t firstBody, std::size_t lastBody, double gravity);
  void addAttractionAndSwing(std::size_t first, std::size_t last);
  void adaptSpeed();
  double moveAll();

  const WeightedGraph& m_graph;
  std::vector<Point> m_positions;
  std::vector<double> m_mobility;
  std::vector<double> m_baseRadius;
  std::vector<double> m_radius;
  ForceParams m_params;
  QuadTree m_tree;
  std::vector<Point> m_force;
  std::vector<Point> m_previousForce;
  std::vector<double> m_swing;     // mass · |F − F_previous| per vertex
  std::vector<double> m_traction;  // mass · |F + F_previous| / 2 per vertex
  std::vector<double> m_moved;     // mass · distance moved per vertex
  double m_pairMass = 0;           // Σ over pairs m_i · m_j
  double m_speed = 1.0;
  double m_speedEfficiency = 1.0;
};

}  // namespace knp::layouts
