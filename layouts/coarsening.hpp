#pragma once
// One level of the multilevel hierarchy: merge vertices into clusters so that a layout of the
// smaller graph is a good start for the larger one (as Graphviz sfdp and FM³ coarsen).
//
// Clusters come from a matching, then absorption:
//  1. Vertices are visited in a seeded random order; an unmatched vertex u is matched with the
//     unmatched neighbour v that maximises weight(u, v) / (mass u · mass v), so light
//     vertices joined by heavy edges merge first and cluster masses stay balanced.
//  2. Every vertex left unmatched that has neighbours (all of them matched, as the matching is
//     maximal) joins the neighbouring cluster with the largest weight / cluster mass. A star
//     therefore collapses into one cluster at once instead of shedding one leaf per level.
//  3. Isolated vertices, interchangeable as they are, pair up among themselves.
// So every vertex ends in a cluster of two or more (but one isolated vertex when their number
// is odd): the coarse graph has at most about half as many vertices.
//
// The coarse graph sums masses over each cluster and weights over the edges between two
// clusters; edges inside a cluster disappear. Deterministic in (graph, seed). O(n + m).
#include <cstdint>
#include <vector>

#include "layouts/weighted_graph.hpp"

namespace knp::layouts {

struct Coarsening {
  WeightedGraph coarse;
  std::vector<VertexIndex> parent;  // for each fine vertex, its coarse vertex
};

Coarsening coarsen(const WeightedGraph& fine, std::uint64_t seed);

// The whole hierarchy: levels[0] is `graph` itself, each next one coarsened from the one
// before, until a level has at most `smallest` vertices (or, which the clustering above rules
// out but a guard costs nothing, shrinks by less than a quarter). parents[i] maps levels[i]
// onto levels[i + 1]. O(n + m) in all, as the levels shrink geometrically.
struct Hierarchy {
  std::vector<WeightedGraph> levels;
  std::vector<std::vector<VertexIndex>> parents;
};

Hierarchy buildHierarchy(WeightedGraph graph, std::size_t smallest, std::uint64_t seed);

}  // namespace knp::layouts
