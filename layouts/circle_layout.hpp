#pragma once
// Every node on a circle, in vertex order: Boost.Graph's circle_graph_layout behind our interface.
// Finishes in one step, O(n). Pinned nodes stay where they are; the others still take their
// places on the circle (centre (0.5, 0.5), radius 0.5).
#include <memory>

#include "layouts/layout.hpp"

namespace knp::layouts {

std::unique_ptr<Layout> makeCircleLayout(const LayoutGraph& graph, const LayoutRequest& request);

}  // namespace knp::layouts
