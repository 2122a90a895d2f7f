#include "view/project_graph.hpp"

namespace knp {

std::string nodeKeyOf(NodeKind kind, std::string_view id) {
  std::string key(toString(kind));
  key += ':';
  key += id;
  return key;
}

std::string_view toString(NodeKind kind) {
  switch (kind) {
    case NodeKind::Actor: return "actor";
    case NodeKind::Activity: return "activity";
    case NodeKind::Goal: return "goal";
    case NodeKind::LifePhase: return "lifePhase";
  }
  return "?";
}

std::string_view toString(EdgeKind kind) {
  switch (kind) {
    case EdgeKind::Lead: return "lead";
    case EdgeKind::Partner: return "partner";
    case EdgeKind::ServesGoal: return "servesGoal";
    case EdgeKind::TargetsPhase: return "targetsPhase";
    case EdgeKind::Cooperation: return "cooperation";
    case EdgeKind::Membership: return "membership";
    case EdgeKind::ActorLink: return "actorLink";
    case EdgeKind::ActorGoal: return "actorGoal";
    case EdgeKind::ActorPhase: return "actorPhase";
  }
  return "?";
}

std::optional<Vertex> ProjectGraph::vertexOf(NodeKind kind, std::string_view id) const {
  auto it = byKey.find(nodeKeyOf(kind, id));
  if (it == byKey.end()) return std::nullopt;
  return it->second;
}

ProjectGraph buildProjectGraph(const Project& p) {
  ProjectGraph view;
  const std::size_t vertexCount = p.actors.size() + p.activities.size() + p.goals.size() + p.lifePhases.size();
  view.graph = Graph(vertexCount);
  view.byKey.reserve(vertexCount);
  Vertex next = 0;

  auto addVertices = [&](const auto& items, NodeKind kind, std::vector<Vertex>& vertices) {
    vertices.reserve(items.size());
    for (std::size_t i = 0; i < items.size(); ++i) {
      view.graph[next] = NodeProps{kind, i};
      view.byKey.emplace(nodeKeyOf(kind, items[i].id.value), next);  // first wins for duplicate ids
      vertices.push_back(next++);
    }
  };
  addVertices(p.actors, NodeKind::Actor, view.actorVertex);
  addVertices(p.activities, NodeKind::Activity, view.activityVertex);
  addVertices(p.goals, NodeKind::Goal, view.goalVertex);
  addVertices(p.lifePhases, NodeKind::LifePhase, view.phaseVertex);

  auto connect = [&](Vertex from, NodeKind kind, std::string_view id, EdgeKind edgeKind, std::size_t index) {
    if (auto to = view.vertexOf(kind, id)) boost::add_edge(from, *to, EdgeProps{edgeKind, index}, view.graph);
  };

  for (std::size_t i = 0; i < p.activities.size(); ++i) {
    const Activity& a = p.activities[i];
    const Vertex v = view.activityVertex[i];
    connect(v, NodeKind::Actor, a.lead.value, EdgeKind::Lead, i);
    for (const auto& partner : a.partners) connect(v, NodeKind::Actor, partner.value, EdgeKind::Partner, i);
    for (const auto& goal : a.goals) connect(v, NodeKind::Goal, goal.value, EdgeKind::ServesGoal, i);
    for (const auto& phase : a.lifePhases) connect(v, NodeKind::LifePhase, phase.value, EdgeKind::TargetsPhase, i);
  }
  for (std::size_t i = 0; i < p.cooperations.size(); ++i) {
    const Cooperation& c = p.cooperations[i];
    if (auto from = view.vertexOf(NodeKind::Actor, c.from.value))
      connect(*from, NodeKind::Actor, c.to.value, EdgeKind::Cooperation, i);
  }
  for (std::size_t i = 0; i < p.actors.size(); ++i)
    for (const auto& body : p.actors[i].memberships)
      connect(view.actorVertex[i], NodeKind::Actor, body.value, EdgeKind::Membership, i);
  return view;
}

}  // namespace knp
