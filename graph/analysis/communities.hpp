#pragma once
// Community detection by the Louvain method (Blondel et al. 2008): greedy modularity
// optimisation by local moves, then aggregation of communities into vertices, repeated while
// modularity grows.
//
// Deterministic: vertices are visited in index order; a vertex stays in its community unless
// another one gains strictly more, and among equal gains the smallest community number wins, so
// the same graph always gives the same partition. Communities are numbered
// by their smallest vertex, in ascending order. Isolated vertices form their own communities.
// Modularity uses Newman's definition, Q = Σ_c (L_c / m − (d_c / 2m)²), and is 0 for a graph
// without edges. Complexity: O(m) per pass, typically a few passes per level and O(log n) levels.
#include <cstddef>
#include <vector>

#include "analysis/simple_graph.hpp"

namespace knp {

struct Communities {
  std::vector<std::size_t> membership;  // community of each vertex
  std::size_t count = 0;
  double modularity = 0.0;
};

Communities detectCommunities(const SimpleGraph& graph);

// Newman's modularity of a given partition (membership per vertex). O(n + m).
double modularity(const SimpleGraph& graph, const std::vector<std::size_t>& membership);

}  // namespace knp
