#pragma once
// Abstract views of a project: the same data as the full graph (view/project_graph.hpp), with
// fewer kinds of node and derived edges that count what they stand for, so that a large
// project reads at a glance.
//
//   ActorNetwork ("actors"): actors only, in project order. One ActorLink edge per unordered
//     pair of distinct actors that cooperate or share an activity. A cooperation counts in
//     either direction, and so does a membership of one actor in the other (a body): both say
//     the two work together. Two actors share an activity when each is its lead or a partner.
//     weight = cooperations + sharedActivities; parallel cooperations add up, an activity
//     counts once per pair even if an actor is named twice in it. An actor's cooperation with
//     itself gives no edge.
//   ActorsAndGoals ("actors-goals"): actors, then goals. Each activity is collapsed into
//     ActorGoal edges from its actors to its goals: weight = the number of the actor's
//     activities (as lead or partner; an activity counts once per actor, even if the actor is
//     both) that serve the goal. The actors' own relations stay as in the full graph
//     (Cooperation and Membership edges, weight 1 each, self-loops and parallel edges
//     included), because who works with whom is what makes shared goals readable; it is the
//     full graph with every activity replaced by its actor—goal links and without life phases.
//   FieldsByPhases ("fields-phases"): actors, then life phases. ActorPhase edges: weight = the
//     number of the actor's activities that target the phase. No actor—actor edges: the view
//     asks which phases each actor reaches; the fields show as the layout's sectors (an actor's
//     main field, layouts/project_layout_graph.hpp).
//   Full ("full"): exactly buildProjectGraph(project).
//
// Common conventions: vertices are numbered kind by kind (actors first), each kind in project
// order; items of a kind the view does not show are ProjectGraph::kAbsent. Derived edges come
// in ascending order of their ends' vertex numbers, then (ActorsAndGoals) cooperations and
// memberships in the full graph's order. A duplicated id names its first item, as in the full
// graph; dangling references are skipped, never followed. Empty project: empty graph.
// Building costs O(V + E + sum over activities of (actors · (actors + goals + phases)) · log).
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/project.hpp"
#include "view/project_graph.hpp"

namespace knp {

enum class Abstraction { ActorNetwork, ActorsAndGoals, FieldsByPhases, Full };

struct AbstractionInfo {
  Abstraction id;
  std::string_view name;         // as typed after --graph: "actors", "actors-goals", "fields-phases", "full"
  std::string_view description;  // one English line for `--graph list`
};

// Every abstraction once, in the order above.
const std::vector<AbstractionInfo>& abstractionList();
std::optional<Abstraction> abstractionFromName(std::string_view name);
// "actors, actors-goals, fields-phases, full": every name, for help texts and messages. O(abstractions).
std::string abstractionNames();
std::string_view toString(Abstraction a);

// The view of `project` for abstraction `a` (Full: exactly buildProjectGraph(project)).
ProjectGraph buildProjectGraph(const Project& project, Abstraction a);

// The node kinds abstraction `a` shows, in its vertex order.
std::vector<NodeKind> shownKinds(Abstraction a);

// The placements the map keeps for abstraction `a`: MapState::positions for Full, else
// MapState::graphPositions[toString(a)] (created empty when missing).
std::map<std::string, NodePlacement>& placementsOf(MapState& map, Abstraction a);
// The same for reading; nullptr when the map keeps none for `a`.
const std::map<std::string, NodePlacement>* placementsOf(const MapState& map, Abstraction a);

}  // namespace knp
