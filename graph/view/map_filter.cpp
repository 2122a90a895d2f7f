#include "view/map_filter.hpp"

#include <algorithm>
#include <unordered_map>

#include "analysis/activity_filter.hpp"

namespace knp {
namespace {

template <class T>
bool listed(const std::vector<T>& list, const T& value) {
  return std::find(list.begin(), list.end(), value) != list.end();
}

template <class T>
bool anyListed(const std::vector<T>& list, const std::vector<T>& values) {
  return std::any_of(values.begin(), values.end(), [&](const T& v) { return listed(list, v); });
}

bool activityMatches(const Project& p, const Activity& a, const MapFilters& f) {
  if (!f.fields.empty() && !anyListed(f.fields, a.fields)) return false;
  if (!f.lifePhases.empty() && !anyListed(f.lifePhases, a.lifePhases)) return false;
  if (!f.statuses.empty() && !listed(f.statuses, a.status)) return false;
  if (f.year && !accepts(ActivityFilter{f.year, {}}, a)) return false;
  if (!f.concepts.empty() && std::none_of(a.goals.begin(), a.goals.end(), [&](const GoalId& id) {
        const Goal* goal = findGoal(p, id);
        return goal && listed(f.concepts, goal->conceptId);
      }))
    return false;
  if (!f.actorTypes.empty()) {
    auto ofListedType = [&](const ActorId& id) {
      const Actor* actor = findActor(p, id);
      return actor && listed(f.actorTypes, actor->type);
    };
    if (!ofListedType(a.lead) && std::none_of(a.partners.begin(), a.partners.end(), ofListedType)) return false;
  }
  return true;
}

}  // namespace

std::vector<FilterMatch> matchFilters(const Project& p, const ProjectGraph& view, const MapFilters& f) {
  const std::size_t n = boost::num_vertices(view.graph);
  std::vector<FilterMatch> result(n, FilterMatch::Match);
  if (f.empty()) return result;

  // Activities first; the other kinds follow from the matching activities' references in the
  // project, not from the view's edges, so that views without activity nodes filter alike.
  // References resolve to the first item of an id, as the full graph's edges do.
  std::unordered_map<std::string_view, std::size_t> actorIndex, goalIndex, phaseIndex;
  for (std::size_t i = 0; i < p.actors.size(); ++i) actorIndex.emplace(p.actors[i].id.value, i);
  for (std::size_t i = 0; i < p.goals.size(); ++i) goalIndex.emplace(p.goals[i].id.value, i);
  for (std::size_t i = 0; i < p.lifePhases.size(); ++i) phaseIndex.emplace(p.lifePhases[i].id.value, i);
  std::vector<bool> activityMatched(p.activities.size(), false), actorInMatch(p.actors.size(), false),
      goalServed(p.goals.size(), false), phaseTargeted(p.lifePhases.size(), false);
  auto mark = [](const auto& index, std::vector<bool>& marks, const std::string& id) {
    if (auto it = index.find(id); it != index.end()) marks[it->second] = true;
  };
  for (std::size_t i = 0; i < p.activities.size(); ++i) {
    const Activity& a = p.activities[i];
    if (!(activityMatched[i] = activityMatches(p, a, f))) continue;
    mark(actorIndex, actorInMatch, a.lead.value);
    for (const ActorId& partner : a.partners) mark(actorIndex, actorInMatch, partner.value);
    for (const GoalId& goal : a.goals) mark(goalIndex, goalServed, goal.value);
    for (const LifePhaseId& phase : a.lifePhases) mark(phaseIndex, phaseTargeted, phase.value);
  }

  const bool otherThanTypes = !f.fields.empty() || !f.lifePhases.empty() || !f.concepts.empty() ||
                              !f.statuses.empty() || f.year.has_value();
  for (Vertex v = 0; v < n; ++v) {
    const NodeProps& node = view.graph[v];
    bool ok = true;
    switch (node.kind) {
      case NodeKind::Activity: ok = activityMatched[node.index]; break;
      case NodeKind::Actor: {
        const Actor& actor = p.actors[node.index];
        ok = f.actorTypes.empty() || listed(f.actorTypes, actor.type);
        if (ok && otherThanTypes) ok = actorInMatch[node.index];
        break;
      }
      case NodeKind::Goal: {
        const Goal& goal = p.goals[node.index];
        ok = f.concepts.empty() || listed(f.concepts, goal.conceptId);
        const bool others = !f.fields.empty() || !f.lifePhases.empty() || !f.actorTypes.empty() ||
                            !f.statuses.empty() || f.year.has_value();
        if (ok && others) ok = goalServed[node.index] || anyListed(f.fields, goal.fields);
        break;
      }
      case NodeKind::LifePhase: {
        ok = f.lifePhases.empty() || listed(f.lifePhases, p.lifePhases[node.index].id);
        const bool others = !f.fields.empty() || !f.concepts.empty() || !f.actorTypes.empty() ||
                            !f.statuses.empty() || f.year.has_value();
        if (ok && others) ok = phaseTargeted[node.index];
        break;
      }
    }
    result[v] = ok ? FilterMatch::Match : FilterMatch::NoMatch;
  }
  return result;
}

std::string nodeKey(const Project& p, const ProjectGraph& view, Vertex v) {
  const NodeProps& node = view.graph[v];
  const std::string* id = nullptr;
  switch (node.kind) {
    case NodeKind::Actor: id = &p.actors[node.index].id.value; break;
    case NodeKind::Activity: id = &p.activities[node.index].id.value; break;
    case NodeKind::Goal: id = &p.goals[node.index].id.value; break;
    case NodeKind::LifePhase: id = &p.lifePhases[node.index].id.value; break;
  }
  return nodeKeyOf(node.kind, *id);
}

std::optional<Vertex> vertexOfKey(const ProjectGraph& view, std::string_view key) {
  auto it = view.byKey.find(std::string(key));
  if (it == view.byKey.end()) return std::nullopt;
  return it->second;
}

}  // namespace knp
