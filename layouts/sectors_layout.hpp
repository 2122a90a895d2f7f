#pragma once
// The plane cut into one sector per field, as participatory network maps draw it: every node
// sits inside its sector (LayoutGraph::sector) on its ring (LayoutGraph::ring; for a project
// life phases in the middle, then goals, activities, and actors on the outer ring).
//
// Sectors follow each other clockwise from the top; each one's angle is proportional to the
// number of nodes on its busiest ring, so crowded fields get room. Ring r of R sits at radius
// 0.5 · (r + 1) / R around (0.5, 0.5), so positions stay in [0, 1]². Nodes without a sector
// share a centre circle (radius 0.5 / (R + 1)) when on ring 0 and an extra last sector when on
// an outer ring; when no node has a sector, every ring is one whole circle.
// Within one sector and ring, nodes keep a margin of half a slot to the sector's borders and
// are ordered by the mean angle of their neighbours already placed on inner rings (rings are
// placed inside out), which keeps edges short and mostly radial; ties keep vertex order.
// One step, then Finished. O(n log n + m). Pinned nodes keep their start positions.
#include <memory>

#include "layouts/layout.hpp"

namespace knp::layouts {

std::unique_ptr<Layout> makeSectorsLayout(const LayoutGraph& graph, const LayoutRequest& request);

}  // namespace knp::layouts
