#pragma once
// A Boost.Graph view of a Project for analyses and layouts. It is temporary: build it from
// the project, use it, drop it. Never keep a vertex descriptor beyond the view's life.
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
};

struct NodeProps {
  NodeKind kind = NodeKind::Actor;
  std::size_t index = 0;  // into the project's list of that kind
};

struct EdgeProps {
  EdgeKind kind = EdgeKind::Lead;
  std::size_t index = 0;  // the activity (Lead, Partner, ServesGoal, TargetsPhase), cooperation or member actor
};

// Undirected multigraph: a duplicated reference gives a parallel edge, a cooperation of an
// actor with itself a self-loop. vecS keeps vertex descriptors equal to 0..n-1.
using Graph = boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS, NodeProps, EdgeProps>;
using Vertex = boost::graph_traits<Graph>::vertex_descriptor;
using Edge = boost::graph_traits<Graph>::edge_descriptor;

struct ProjectGraph {
  Graph graph;
  // Vertex of each item by its index in the project: actorVertex[i] is project.actors[i].
  std::vector<Vertex> actorVertex, activityVertex, goalVertex, phaseVertex;

  // The vertex of an item by kind and id, if the project has it. O(1) average.
  std::optional<Vertex> vertexOf(NodeKind kind, std::string_view id) const;

  std::unordered_map<std::string, Vertex> byKey;  // "kind:id" -> vertex, for vertexOf
};

// Builds the view in O(V + E): one vertex per actor, activity, goal and life phase, in that
// order (vertex numbers: actors first, then activities, goals, life phases; each in project
// order); edges in the order activities (lead, partners, goals, phases), cooperations,
// memberships. Dangling references (an invalid project) are skipped, never followed.
ProjectGraph buildProjectGraph(const Project& project);

std::string_view toString(NodeKind kind);
std::string_view toString(EdgeKind kind);

}  // namespace knp
