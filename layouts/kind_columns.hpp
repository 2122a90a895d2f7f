#pragma once
// A first, deterministic placement: one column per node kind, left to right
// Actors | Activities | Goals | Life phases, so that "who does what towards which goal for
// whom" reads from left to right.
#include <vector>

#include "layouts/point.hpp"
#include "model/project.hpp"
#include "view/project_graph.hpp"

namespace knp::layouts {

// Positions for every vertex of `view` (built from `project`), indexed by vertex number,
// inside the box [0, width] × [0, height]: x is 0, 0.3, 0.6 and 1 times width for the four
// columns (goals get the widest gap: their titles are the longest labels); nodes of a column
// are spread evenly over y (a single node sits at height/2).
// Order within a column: actors by type, then name; activities by the position of their lead
// actor (so edges from actors run mostly straight), then title; goals by concept, then project
// order; life phases by their order. Empty project: empty result. O(V log V + E).
// An abstract view (view/abstraction.hpp) gets one column per kind it shows, in the same
// order, spread evenly over [0, width] (a single column at width/2); items it does not show
// are left out.
std::vector<Point> kindColumns(const Project& project, const ProjectGraph& view, double width = 1.0,
                               double height = 1.0);

}  // namespace knp::layouts
