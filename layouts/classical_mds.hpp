#pragma once
// Classical multidimensional scaling (Torgerson) of graph distances: the start of the
// force-directed layout's coarsest level. A start from random positions can leave the drawing
// folded over itself, a local minimum the forces cannot leave; MDS gives the global shape
// (which side is which) from the distances, so nothing is folded.
//
// Distances are hops; pairs in different components count as one more than the longest
// finite distance, so components sit apart. The points are the top two eigenvectors of the
// double-centred squared-distance matrix (power iteration with deflation from seeded vectors),
// scaled by the square roots of their eigenvalues; an axis without a positive eigenvalue
// (e.g. the second of a path) gets a tiny seeded jitter instead, so the forces can leave the
// line. Vertices with the same distances to all others (twins) get the same point; the caller
// separates them. Mean edge length comes out near 1 for graphs with geometry.
// O(n·(n + m)) for the distances, O(n²) per power iteration (at most 300 per axis, twice
// that when the first run lands on a negative eigenvalue and is repeated shifted).
// Meant for small graphs: the layout calls it for at most kMaxMdsVertices vertices.
#include <cstddef>
#include <cstdint>
#include <vector>

#include "layouts/point.hpp"
#include "layouts/weighted_graph.hpp"

namespace knp::layouts {

inline constexpr std::size_t kMaxMdsVertices = 400;

std::vector<Point> classicalMds(const WeightedGraph& graph, std::uint64_t seed);

}  // namespace knp::layouts
