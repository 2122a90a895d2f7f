#pragma once
// Columns left to right by LayoutGraph::column (for a project: Actors | Activities | Goals |
// Life phases), the order within each column chosen by barycenter sweeps to reduce crossings.
//
// Start order: vertex order within each column. Each step is one sweep: left to right, every
// column is sorted (stably) by the mean height of its neighbours in the columns to its left,
// then right to left by those to its right; a node without such neighbours keeps its height.
// The ordering with the fewest edge crossings seen so far is kept (quality.hpp). Finished
// after `iterations` sweeps (default 12) or when a sweep changes nothing.
// Positions: column c of C at x = c / (C − 1) (0.5 for a single column), the k nodes of a
// column spread evenly over y in [0, 1] (a single node at 0.5). Pinned nodes keep their
// start positions and still count for their neighbours' barycenters at their slot's height.
// One step: O((n + m) log n) for the sweep plus the crossing count.
#include <memory>

#include "layouts/layout.hpp"

namespace knp::layouts {

std::unique_ptr<Layout> makeLayeredLayout(const LayoutGraph& graph, const LayoutRequest& request);

}  // namespace knp::layouts
