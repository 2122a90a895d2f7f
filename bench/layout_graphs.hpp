#pragma once
// Seeded graphs for the layout benchmark: a Barabási–Albert graph (hubs, no geometry) and a
// random geometric graph (a drawing that fits it exists, so stress can be judged).
#include <cstdint>
#include <vector>

#include "random_graph.hpp"

namespace knp::bench {

// Barabási–Albert preferential attachment: vertices 0..perVertex form a clique, then every
// further vertex links to `perVertex` distinct earlier vertices, each drawn with probability
// proportional to its degree. nodes > perVertex ≥ 1; edges = C(perVertex+1, 2) + (nodes −
// perVertex − 1)·perVertex. Connected. Deterministic in its arguments. O(nodes·perVertex).
std::vector<Edge> makeBarabasiAlbert(std::uint32_t nodes, std::uint32_t perVertex, std::uint64_t seed);

// A random geometric graph (as igraph's Graph.GRG): `nodes` points uniform in the unit square,
// an edge between every two closer than `radius`; then only the largest connected component,
// renumbered 0..k-1 in the order of the original numbers. Expected O(n + m) with grid cells
// of side `radius`.
struct GeometricGraph {
  std::uint32_t nodes = 0;
  std::vector<Edge> edges;
};
GeometricGraph makeGeometricGiantComponent(std::uint32_t nodes, double radius, std::uint64_t seed);

}  // namespace knp::bench
