#include "view/abstraction.hpp"

#include <algorithm>
#include <map>
#include <unordered_map>
#include <utility>

namespace knp {
namespace {

// Index of each id's first item, as the full graph resolves duplicated ids.
template <class Items>
std::unordered_map<std::string, std::size_t> firstIndexById(const Items& items) {
  std::unordered_map<std::string, std::size_t> index;
  index.reserve(items.size());
  for (std::size_t i = 0; i < items.size(); ++i) index.emplace(items[i].id.value, i);
  return index;
}

// Resolves references through `index`, skipping dangling ones and repeats, sorted ascending.
template <class Id>
std::vector<std::size_t> resolved(const std::vector<Id>& ids, const std::unordered_map<std::string, std::size_t>& index) {
  std::vector<std::size_t> result;
  for (const Id& id : ids)
    if (auto it = index.find(id.value); it != index.end()) result.push_back(it->second);
  std::sort(result.begin(), result.end());
  result.erase(std::unique(result.begin(), result.end()), result.end());
  return result;
}

// The actors of an activity (lead and partners), each once.
std::vector<std::size_t> actorsOf(const Activity& a, const std::unordered_map<std::string, std::size_t>& actorIndex) {
  std::vector<ActorId> ids = a.partners;
  ids.push_back(a.lead);
  return resolved(ids, actorIndex);
}

template <class Items>
void addVertices(ProjectGraph& view, const Items& items, NodeKind kind, std::vector<Vertex>& vertices) {
  vertices.reserve(items.size());
  for (std::size_t i = 0; i < items.size(); ++i) {
    const Vertex v = boost::add_vertex(NodeProps{kind, i}, view.graph);
    view.byKey.emplace(nodeKeyOf(kind, items[i].id.value), v);  // first wins for duplicate ids
    vertices.push_back(v);
  }
}

// An abstract view's vertices: the shown kinds in `kinds` order, kAbsent for the others.
ProjectGraph verticesOf(const Project& p, const std::vector<NodeKind>& kinds) {
  ProjectGraph view;
  view.shownKinds = {false, false, false, false};
  view.actorVertex.assign(p.actors.size(), ProjectGraph::kAbsent);
  view.activityVertex.assign(p.activities.size(), ProjectGraph::kAbsent);
  view.goalVertex.assign(p.goals.size(), ProjectGraph::kAbsent);
  view.phaseVertex.assign(p.lifePhases.size(), ProjectGraph::kAbsent);
  for (NodeKind kind : kinds) {
    view.shownKinds[static_cast<std::size_t>(kind)] = true;
    switch (kind) {
      case NodeKind::Actor: view.actorVertex.clear(); addVertices(view, p.actors, kind, view.actorVertex); break;
      case NodeKind::Activity:
        view.activityVertex.clear();
        addVertices(view, p.activities, kind, view.activityVertex);
        break;
      case NodeKind::Goal: view.goalVertex.clear(); addVertices(view, p.goals, kind, view.goalVertex); break;
      case NodeKind::LifePhase:
        view.phaseVertex.clear();
        addVertices(view, p.lifePhases, kind, view.phaseVertex);
        break;
    }
  }
  return view;
}

ProjectGraph actorNetwork(const Project& p) {
  ProjectGraph view = verticesOf(p, shownKinds(Abstraction::ActorNetwork));
  const auto actorIndex = firstIndexById(p.actors);
  struct Counts {
    std::size_t cooperations = 0, sharedActivities = 0;
  };
  std::map<std::pair<std::size_t, std::size_t>, Counts> pairs;  // (smaller, larger) actor index
  auto pairOf = [](std::size_t a, std::size_t b) { return std::pair{std::min(a, b), std::max(a, b)}; };
  auto cooperate = [&](const ActorId& x, const ActorId& y) {
    auto a = actorIndex.find(x.value), b = actorIndex.find(y.value);
    if (a == actorIndex.end() || b == actorIndex.end() || a->second == b->second) return;
    ++pairs[pairOf(a->second, b->second)].cooperations;
  };
  for (const Cooperation& c : p.cooperations) cooperate(c.from, c.to);
  for (const Actor& actor : p.actors)
    for (const ActorId& body : actor.memberships) cooperate(actor.id, body);
  for (const Activity& activity : p.activities) {
    const auto actors = actorsOf(activity, actorIndex);
    for (std::size_t i = 0; i < actors.size(); ++i)
      for (std::size_t j = i + 1; j < actors.size(); ++j) ++pairs[{actors[i], actors[j]}].sharedActivities;
  }
  for (const auto& [ends, counts] : pairs) {
    EdgeProps edge{EdgeKind::ActorLink, 0};
    edge.cooperations = counts.cooperations;
    edge.sharedActivities = counts.sharedActivities;
    edge.weight = static_cast<double>(counts.cooperations + counts.sharedActivities);
    boost::add_edge(view.actorVertex[ends.first], view.actorVertex[ends.second], edge, view.graph);
  }
  return view;
}

// ActorsAndGoals and FieldsByPhases: each activity becomes links from its actors to its goals
// (or phases), counted per (actor, target) pair.
template <class TargetIds>
ProjectGraph actorsAnd(const Project& p, Abstraction a, EdgeKind kind, const std::vector<Vertex> ProjectGraph::*targets,
                       const std::unordered_map<std::string, std::size_t>& targetIndex, TargetIds targetIdsOf) {
  ProjectGraph view = verticesOf(p, shownKinds(a));
  const auto actorIndex = firstIndexById(p.actors);
  std::map<std::pair<std::size_t, std::size_t>, std::size_t> activityCount;  // (actor, target) -> activities
  for (const Activity& activity : p.activities) {
    const auto reached = resolved(targetIdsOf(activity), targetIndex);
    if (reached.empty()) continue;
    for (std::size_t actor : actorsOf(activity, actorIndex))
      for (std::size_t target : reached) ++activityCount[{actor, target}];
  }
  for (const auto& [ends, count] : activityCount) {
    EdgeProps edge{kind, 0};
    edge.weight = static_cast<double>(count);
    boost::add_edge(view.actorVertex[ends.first], (view.*targets)[ends.second], edge, view.graph);
  }
  return view;
}

ProjectGraph actorsAndGoals(const Project& p) {
  ProjectGraph view = actorsAnd(p, Abstraction::ActorsAndGoals, EdgeKind::ActorGoal, &ProjectGraph::goalVertex,
                                firstIndexById(p.goals), [](const Activity& a) -> const std::vector<GoalId>& {
                                  return a.goals;
                                });
  // The actors' own relations, exactly as the full graph has them.
  auto connect = [&](Vertex from, std::string_view to, EdgeKind kind, std::size_t index) {
    if (auto v = view.vertexOf(NodeKind::Actor, to)) boost::add_edge(from, *v, EdgeProps{kind, index}, view.graph);
  };
  for (std::size_t i = 0; i < p.cooperations.size(); ++i)
    if (auto from = view.vertexOf(NodeKind::Actor, p.cooperations[i].from.value))
      connect(*from, p.cooperations[i].to.value, EdgeKind::Cooperation, i);
  for (std::size_t i = 0; i < p.actors.size(); ++i)
    for (const ActorId& body : p.actors[i].memberships)
      connect(view.actorVertex[i], body.value, EdgeKind::Membership, i);
  return view;
}

ProjectGraph fieldsByPhases(const Project& p) {
  return actorsAnd(p, Abstraction::FieldsByPhases, EdgeKind::ActorPhase, &ProjectGraph::phaseVertex,
                   firstIndexById(p.lifePhases),
                   [](const Activity& a) -> const std::vector<LifePhaseId>& { return a.lifePhases; });
}

}  // namespace

const std::vector<AbstractionInfo>& abstractionList() {
  static const std::vector<AbstractionInfo> list = {
      {Abstraction::ActorNetwork, "actors", "actors only, linked by cooperations and shared activities (weighted)"},
      {Abstraction::ActorsAndGoals, "actors-goals",
       "actors and goals; activities collapsed into weighted actor-goal links, cooperations kept"},
      {Abstraction::FieldsByPhases, "fields-phases",
       "actors and life phases; weighted actor-phase links, actors in sectors by their main field"},
      {Abstraction::Full, "full", "every actor, activity, goal and life phase with all their links"},
  };
  return list;
}

std::string abstractionNames() {
  std::string names;
  for (const AbstractionInfo& info : abstractionList()) names += (names.empty() ? "" : ", ") + std::string(info.name);
  return names;
}

std::optional<Abstraction> abstractionFromName(std::string_view name) {
  for (const AbstractionInfo& info : abstractionList())
    if (info.name == name) return info.id;
  return std::nullopt;
}

std::string_view toString(Abstraction a) {
  for (const AbstractionInfo& info : abstractionList())
    if (info.id == a) return info.name;
  return "?";
}

std::vector<NodeKind> shownKinds(Abstraction a) {
  switch (a) {
    case Abstraction::ActorNetwork: return {NodeKind::Actor};
    case Abstraction::ActorsAndGoals: return {NodeKind::Actor, NodeKind::Goal};
    case Abstraction::FieldsByPhases: return {NodeKind::Actor, NodeKind::LifePhase};
    case Abstraction::Full: break;
  }
  return {NodeKind::Actor, NodeKind::Activity, NodeKind::Goal, NodeKind::LifePhase};
}

ProjectGraph buildProjectGraph(const Project& project, Abstraction a) {
  switch (a) {
    case Abstraction::ActorNetwork: return actorNetwork(project);
    case Abstraction::ActorsAndGoals: return actorsAndGoals(project);
    case Abstraction::FieldsByPhases: return fieldsByPhases(project);
    case Abstraction::Full: break;
  }
  return buildProjectGraph(project);
}

std::map<std::string, NodePlacement>& placementsOf(MapState& map, Abstraction a) {
  if (a == Abstraction::Full) return map.positions;
  return map.graphPositions[std::string(toString(a))];
}

const std::map<std::string, NodePlacement>* placementsOf(const MapState& map, Abstraction a) {
  if (a == Abstraction::Full) return &map.positions;
  auto it = map.graphPositions.find(std::string(toString(a)));
  return it == map.graphPositions.end() ? nullptr : &it->second;
}

}  // namespace knp
