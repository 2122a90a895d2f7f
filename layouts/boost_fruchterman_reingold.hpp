#pragma once
// Boost.Graph's fruchterman_reingold_force_directed_layout behind our interface: a choice for
// users and the baseline for benchmarks.
//
// Boost 1.74 sizes its grid cells as 2·area/√V instead of 2·√(area/V)
// (fruchterman_reingold.hpp, grid_force_pairs), so on a pixel-sized area the grid collapses
// to one cell and every iteration compares all pairs, O(V²). We therefore run it on the unit
// square (area 1, where both formulas agree) and rescale: without pinned nodes the drawing is
// fitted into [0, 1]²; with them it stays in the start's coordinates.
// Each step runs `kIterationsPerStep` of Boost's iterations with a linear cooling schedule
// carried across steps; `iterations` (default 100) is the total. Pinned nodes are put back
// after every step, so they still push and pull the others. A step is O(iterations · (V + E))
// while the nodes stay evenly spread over the grid; Boost's forces gather dense graphs into
// few cells, so in practice it grows faster (20 iterations: 0.7 s, 2.0 s, 5.9 s at 2,000,
// 4,000, 8,000 nodes with 5 edges per node, measured 2026-11-24).
#include <memory>

#include "layouts/layout.hpp"

namespace knp::layouts {

std::unique_ptr<Layout> makeBoostFruchtermanReingold(const LayoutGraph& graph, const LayoutRequest& request);

}  // namespace knp::layouts
