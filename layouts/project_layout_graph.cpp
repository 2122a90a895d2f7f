#include "layouts/project_layout_graph.hpp"

#include <algorithm>
#include <initializer_list>
#include <map>
#include <unordered_map>

namespace knp::layouts {

namespace {

// The rank of `kind` among the kinds the view shows, counted in `order`: the full view keeps
// its four columns and rings, an abstract view closes the gaps of the kinds it leaves out.
std::size_t rankOf(NodeKind kind, const ProjectGraph& view, std::initializer_list<NodeKind> order) {
  std::size_t rank = 0;
  for (NodeKind k : order) {
    if (k == kind) return rank;
    if (view.shows(k)) ++rank;
  }
  return rank;
}

std::size_t columnOf(NodeKind kind, const ProjectGraph& view) {
  return rankOf(kind, view, {NodeKind::Actor, NodeKind::Activity, NodeKind::Goal, NodeKind::LifePhase});
}

std::size_t ringOf(NodeKind kind, const ProjectGraph& view) {
  return rankOf(kind, view, {NodeKind::LifePhase, NodeKind::Goal, NodeKind::Activity, NodeKind::Actor});
}

bool isDerived(EdgeKind kind) {
  return kind == EdgeKind::ActorLink || kind == EdgeKind::ActorGoal || kind == EdgeKind::ActorPhase;
}

template <class IdType>
std::size_t firstField(const std::vector<IdType>& fields, const std::unordered_map<std::string, std::size_t>& index) {
  for (const IdType& field : fields)
    if (auto it = index.find(field.value); it != index.end()) return it->second;
  return kNoSector;
}

}  // namespace

LayoutGraph layoutGraphOf(const Project& project, const ProjectGraph& view) {
  const std::size_t n = boost::num_vertices(view.graph);
  std::vector<std::pair<VertexIndex, VertexIndex>> edges;
  std::map<std::pair<VertexIndex, VertexIndex>, double> summedWeight;  // by (smaller, larger) end
  bool derived = false;
  for (auto [it, end] = boost::edges(view.graph); it != end; ++it) {
    const auto a = static_cast<VertexIndex>(boost::source(*it, view.graph)),
               b = static_cast<VertexIndex>(boost::target(*it, view.graph));
    edges.emplace_back(a, b);
    derived |= isDerived(view.graph[*it].kind);
    if (a != b) summedWeight[{std::min(a, b), std::max(a, b)}] += view.graph[*it].weight;
  }
  LayoutGraph result;
  result.graph = SimpleGraph::fromEdges(n, edges);
  if (derived) {
    // SimpleGraph::edges() and the map both list the unique (a < b) pairs in ascending order.
    result.weight.reserve(summedWeight.size());
    for (const auto& [ends, weight] : summedWeight) result.weight.push_back(weight > 0 ? weight : 1.0);
  }
  result.column.assign(n, 0);
  result.sector.assign(n, kNoSector);
  result.ring.assign(n, 0);

  std::unordered_map<std::string, std::size_t> fieldIndex, actorIndex;
  for (std::size_t f = 0; f < project.fields.size(); ++f) fieldIndex.emplace(project.fields[f].id.value, f);
  for (std::size_t a = 0; a < project.actors.size(); ++a) actorIndex.emplace(project.actors[a].id.value, a);
  // Per actor: how many of its activities name each field (as lead or partner).
  std::vector<std::vector<std::size_t>> fieldVotes(project.actors.size(), std::vector<std::size_t>(project.fields.size(), 0));
  for (const Activity& activity : project.activities) {
    const std::size_t field = firstField(activity.fields, fieldIndex);
    if (field == kNoSector) continue;
    std::vector<ActorId> actors = activity.partners;
    actors.push_back(activity.lead);
    std::sort(actors.begin(), actors.end());
    actors.erase(std::unique(actors.begin(), actors.end()), actors.end());
    for (const ActorId& actor : actors)
      if (auto it = actorIndex.find(actor.value); it != actorIndex.end()) ++fieldVotes[it->second][field];
  }
  for (std::size_t v = 0; v < n; ++v) {
    const NodeProps& node = view.graph[v];
    result.column[v] = columnOf(node.kind, view);
    result.ring[v] = ringOf(node.kind, view);
    switch (node.kind) {
      case NodeKind::Activity: result.sector[v] = firstField(project.activities[node.index].fields, fieldIndex); break;
      case NodeKind::Goal: result.sector[v] = firstField(project.goals[node.index].fields, fieldIndex); break;
      case NodeKind::Actor: {
        const auto& votes = fieldVotes[node.index];
        const auto best = std::max_element(votes.begin(), votes.end());
        if (best != votes.end() && *best > 0) result.sector[v] = static_cast<std::size_t>(best - votes.begin());
        break;
      }
      case NodeKind::LifePhase: break;
    }
  }
  return result;
}

std::vector<std::string> vertexNames(const Project& project, const ProjectGraph& view) {
  const std::size_t n = boost::num_vertices(view.graph);
  std::vector<std::string> names(n);
  for (std::size_t v = 0; v < n; ++v) {
    const NodeProps& node = view.graph[v];
    std::string id;
    switch (node.kind) {
      case NodeKind::Actor: id = project.actors[node.index].id.value; break;
      case NodeKind::Activity: id = project.activities[node.index].id.value; break;
      case NodeKind::Goal: id = project.goals[node.index].id.value; break;
      case NodeKind::LifePhase: id = project.lifePhases[node.index].id.value; break;
    }
    names[v] = nodeKeyOf(node.kind, id);
  }
  return names;
}

}  // namespace knp::layouts
