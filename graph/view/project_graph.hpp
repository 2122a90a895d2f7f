#pragma once
// A Boost.Graph view of a Project for analyses and layouts. It is temporary: build it from
// the project, use it, drop it. Never keep a vertex descriptor beyond the view's life.
// buildProjectGraph gives the full view (every item a vertex); view/abstraction.hpp builds
// abstract views of the same project that show only some kinds and derived, weighted edges.
#include <array>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include <boost/graph/adjacency_list.hpp>

#include "model/project.hpp"

namespace knp {

enum class NodeKind { Actor, Activity, Goal, LifePhase };

enum class EdgeKind {
  Lead,          // actor — activity it leads
  Partner,       // actor — activity it is partner in
  ServesGoal,    // activity — goal
  TargetsPhase,  // activity — life phase
  Cooperation,   // actor — actor (model direction: from — to)
  Membership,    // actor — body (an actor of type Body)
  // Derived edges of the abstract views (view/abstraction.hpp); their weight counts what they stand for.
  ActorLink,   // actor — actor: cooperations (memberships included) plus shared activities
  ActorGoal,   // actor — goal: the actor's activities that serve the goal
  ActorPhase,  // actor — life phase: the actor's activities that target the phase
};

struct NodeProps {
  NodeKind kind = NodeKind::Actor;
  std::size_t index = 0;  // into the project's list of that kind
};

struct EdgeProps {
  EdgeKind kind = EdgeKind::Lead;
  // The activity (Lead, Partner, ServesGoal, TargetsPhase), cooperation or member actor.
  // Unused (0) for the derived kinds ActorLink, ActorGoal and ActorPhase: they stand for many items.
  std::size_t index = 0;
  // How strongly the edge binds its ends: 1 for the full view's edges; for derived edges the
  // number of links it stands for (always >= 1).
  double weight = 1.0;
  // ActorLink only (0 otherwise): weight = cooperations + sharedActivities.
  std::size_t cooperations = 0;      // cooperations and memberships between the two actors, either direction
  std::size_t sharedActivities = 0;  // activities both actors lead or partner
};

// Undirected multigraph: a duplicated reference gives a parallel edge, a cooperation of an
// actor with itself a self-loop. vecS keeps vertex descriptors equal to 0..n-1.
using Graph = boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS, NodeProps, EdgeProps>;
using Vertex = boost::graph_traits<Graph>::vertex_descriptor;
using Edge = boost::graph_traits<Graph>::edge_descriptor;

struct ProjectGraph {
  // Marks an item the view does not show in actorVertex, activityVertex, goalVertex, phaseVertex.
  static constexpr Vertex kAbsent = static_cast<Vertex>(-1);

  Graph graph;
  // Vertex of each item by its index in the project: actorVertex[i] is project.actors[i].
  // Each vector has the size of the project's list; kAbsent where the view does not show the item.
  std::vector<Vertex> actorVertex, activityVertex, goalVertex, phaseVertex;
  // Which node kinds the view shows, indexed by NodeKind; the full view shows all four.
  std::array<bool, 4> shownKinds = {true, true, true, true};

  // The vertex of an item by kind and id, if the project has it and the view shows it. O(1) average.
  std::optional<Vertex> vertexOf(NodeKind kind, std::string_view id) const;
  bool shows(NodeKind kind) const { return shownKinds[static_cast<std::size_t>(kind)]; }

  std::unordered_map<std::string, Vertex> byKey;  // "kind:id" -> vertex, for vertexOf
};

// Builds the view in O(V + E): one vertex per actor, activity, goal and life phase, in that
// order (vertex numbers: actors first, then activities, goals, life phases; each in project
// order); edges in the order activities (lead, partners, goals, phases), cooperations,
// memberships. Dangling references (an invalid project) are skipped, never followed.
ProjectGraph buildProjectGraph(const Project& project);

std::string_view toString(NodeKind kind);
std::string_view toString(EdgeKind kind);

// "actor:awo": the key that names an item's node in files and in byKey. O(length of the id).
std::string nodeKeyOf(NodeKind kind, std::string_view id);

}  // namespace knp
