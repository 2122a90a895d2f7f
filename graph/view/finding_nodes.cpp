#include "view/finding_nodes.hpp"

#include <algorithm>

namespace knp {
namespace {

class NodeList {
 public:
  NodeList(const Project& project, const ProjectGraph& view) : m_project(project), m_view(view) {}
  void add(NodeKind kind, const std::string& id) {
    if (kind == NodeKind::Activity && !m_view.shows(NodeKind::Activity)) return addStandInsOf(id);
    if (auto v = m_view.vertexOf(kind, id); v && std::find(m_nodes.begin(), m_nodes.end(), *v) == m_nodes.end())
      m_nodes.push_back(*v);
  }
  // The goals that list `field`.
  void addGoalsOf(const FieldId& field) {
    for (const Goal& goal : m_project.goals)
      if (std::find(goal.fields.begin(), goal.fields.end(), field) != goal.fields.end())
        add(NodeKind::Goal, goal.id.value);
  }
  std::vector<Vertex> take() { return std::move(m_nodes); }

 private:
  // A view without activity nodes shows an activity through the items it links: its lead and
  // partners, and its goals and life phases where the view shows those. (add() skips kinds
  // the view does not show.)
  void addStandInsOf(const std::string& activityId) {
    const Activity* a = findActivity(m_project, ActivityId(activityId));
    if (!a) return;
    add(NodeKind::Actor, a->lead.value);
    for (const ActorId& partner : a->partners) add(NodeKind::Actor, partner.value);
    for (const GoalId& goal : a->goals) add(NodeKind::Goal, goal.value);
    for (const LifePhaseId& phase : a->lifePhases) add(NodeKind::LifePhase, phase.value);
  }

  const Project& m_project;
  const ProjectGraph& m_view;
  std::vector<Vertex> m_nodes;
};

}  // namespace

std::vector<Vertex> nodesOf(const CoverageCell& cell, const Project& project, const ProjectGraph& view) {
  NodeList nodes(project, view);
  for (const ActivityId& id : cell.activities) nodes.add(NodeKind::Activity, id.value);
  return nodes.take();
}

std::vector<Vertex> nodesOf(const Gap& gap, const Project& project, const ProjectGraph& view) {
  NodeList nodes(project, view);
  if (gap.goal) nodes.add(NodeKind::Goal, gap.goal->value);
  if (gap.actor) nodes.add(NodeKind::Actor, gap.actor->value);
  if (gap.phase) nodes.add(NodeKind::LifePhase, gap.phase->value);
  if (gap.kind == GapKind::EmptyCell && gap.field) nodes.addGoalsOf(*gap.field);
  return nodes.take();
}

std::vector<Vertex> nodesOf(const SupportChain& chain, const Project& project, const ProjectGraph& view) {
  NodeList nodes(project, view);
  if (chain.goal) nodes.add(NodeKind::Goal, chain.goal->value);
  if (chain.field) nodes.addGoalsOf(*chain.field);
  for (const ChainLink& link : chain.links)
    if (link.state == LinkState::Break) nodes.add(NodeKind::LifePhase, link.phase.value);
  return nodes.take();
}

std::vector<Vertex> nodesOf(const Overlap& overlap, const Project& project, const ProjectGraph& view) {
  NodeList nodes(project, view);
  nodes.add(NodeKind::Actor, overlap.first.value);
  nodes.add(NodeKind::Actor, overlap.second.value);
  for (const OverlappingPair& pair : overlap.pairs) {
    nodes.add(NodeKind::Activity, pair.first.value);
    nodes.add(NodeKind::Activity, pair.second.value);
  }
  return nodes.take();
}

std::vector<Vertex> nodesOf(const CooperationSuggestion& suggestion, const ProjectGraph& view) {
  const Project none;  // actors only: no activity to stand in for
  NodeList nodes(none, view);
  nodes.add(NodeKind::Actor, suggestion.first.value);
  nodes.add(NodeKind::Actor, suggestion.second.value);
  return nodes.take();
}

std::vector<Vertex> nodesOf(const Broker& broker, const ProjectGraph& view) {
  const Project none;  // actors only: no activity to stand in for
  NodeList nodes(none, view);
  nodes.add(NodeKind::Actor, broker.actor.value);
  return nodes.take();
}

std::vector<Vertex> nodesOfItems(const std::vector<std::size_t>& activities, const std::vector<std::size_t>& actors,
                                 const Project& project, const ProjectGraph& view) {
  NodeList nodes(project, view);
  for (std::size_t i : activities)
    if (i < project.activities.size()) nodes.add(NodeKind::Activity, project.activities[i].id.value);
  for (std::size_t i : actors)
    if (i < project.actors.size()) nodes.add(NodeKind::Actor, project.actors[i].id.value);
  return nodes.take();
}

}  // namespace knp
