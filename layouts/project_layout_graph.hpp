#pragma once
// A project's graph view as the input of a layout: one vertex per actor, activity, goal and
// life phase (the view's numbering), their links as a simple graph, and the node kind as the
// layered layout's column (Actors | Activities | Goals | Life phases).
#include <string>
#include <vector>

#include "layouts/layout.hpp"
#include "view/project_graph.hpp"

namespace knp::layouts {

// O(V + E log E).
LayoutGraph layoutGraphOf(const ProjectGraph& view);

// "actor:awo", "activity:awo-hausaufgabenhilfe", ...: a unique name per vertex for files.
std::vector<std::string> vertexNames(const Project& project, const ProjectGraph& view);

}  // namespace knp::layouts
