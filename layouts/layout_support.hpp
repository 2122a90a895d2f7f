#pragma once
// What the layouts share: validating a request, a seeded start, keeping pinned nodes in place.
#include <vector>

#include "layouts/layout.hpp"

namespace knp::layouts {

// Throws std::invalid_argument for a start of the wrong size, pins out of range, or pins
// without a start.
void checkRequest(const LayoutGraph& graph, const LayoutRequest& request);

// The request's start, or n points drawn uniformly from the unit square [0, 1]² by the seed.
std::vector<Point> startPositions(const LayoutGraph& graph, const LayoutRequest& request);

// Puts every pinned vertex back at its start position. O(pins).
void restorePinned(std::vector<Point>& positions, const LayoutRequest& request);

}  // namespace knp::layouts
