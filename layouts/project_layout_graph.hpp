#pragma once
// A project's graph view as the input of a layout: one vertex per actor, activity, goal and
// life phase (the view's numbering), their links as a simple graph, the node kind as the
// layered layout's column (Actors | Activities | Goals | Life phases), and for the sectors
// layout the field as sector and the kind as ring (life phases 0, goals 1, activities 2,
// actors 3). An activity's or goal's sector is its first existing field; an actor's is the
// field most of its activities name (ties: the field listed first); life phases and actors
// without activity have none.
//
// Abstract views (view/abstraction.hpp) keep these rules for the kinds they show, with the
// columns and rings of missing kinds closed up: actors-goals has columns Actors | Goals and
// rings goals 0, actors 1; fields-phases has Actors | Life phases and rings life phases 0,
// actors 1 (an actor's sector is still its main field); the actor network has one column and
// one ring. A view with derived edges (ActorLink, ActorGoal, ActorPhase) also gives `weight`:
// per unique edge, the sum of EdgeProps::weight over the view's parallel edges between its
// ends (in actors-goals, a cooperation edge adds 1). The full view gives no weights (all 1).
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
