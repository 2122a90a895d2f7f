#pragma once
// Where nodes that appear through an edit go on a map that is already arranged: next to what
// they are connected to, so the map does not jump and the step that added them also holds
// their placement (undo and redo then never need a layout run).
#include <optional>

#include "model/project.hpp"
#include "view/abstraction.hpp"

namespace knp {

struct MapPoint {
  double x = 0.0, y = 0.0;
};

// Gives every node of `project`'s view `graph` without a stored placement one (free, not
// pinned), in that view's placements (placementsOf: MapState::positions for the full graph):
// - the first such node goes to `hint` when given (a quick-add drop point);
// - a node with placed neighbours goes one typical edge length (the median of placed edges)
//   from their centre, rotated by the golden angle per new node so new nodes do not stack;
// - a node without placed neighbours goes to the right of everything placed (on an empty
//   map: at the centre of the unit square layouts use).
// Nodes are handled in vertex order, so a new activity placed first can anchor its new goal.
// O(V + E + E log E) for the median.
void placeNewNodes(Project& project, std::optional<MapPoint> hint = std::nullopt,
                   Abstraction graph = Abstraction::Full);

}  // namespace knp
