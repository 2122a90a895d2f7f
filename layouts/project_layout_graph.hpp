#pragma once
// A project's graph view as the input of a layout: one vertex per actor, activity, goal and
// life phase (the view's numbering), their links as a simple graph, the node kind as the
// layered layout's column (Actors | Activities | Goals | Life phases), and for the sectors
// layout the field as sector and the kind as ring (life phases 0, goals 1, activities 2,
// actors 3). An activity's or goal's sector is its first existing field; an actor's is the
// field most of its activities name (ties: the field listed first); life phases and actors
// without activity have none.
#include <string>
#include <vector>

#include "layouts/layout.hpp"
#include "view/project_graph.hpp"

namespace knp::layouts {

// O(V + E log E + references).
LayoutGraph layoutGraphOf(const Project& project, const ProjectGraph& view);

// "actor:awo", "activity:awo-hausaufgabenhilfe", ...: a unique name per vertex for files.
std::vector<std::string> vertexNames(const Project& project, const ProjectGraph& view);

}  // namespace knp::layouts
