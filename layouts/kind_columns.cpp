#include "layouts/kind_columns.hpp"

#include <algorithm>
#include <array>
#include <numeric>
#include <unordered_map>

namespace knp::layouts {
namespace {

// Spreads `vertices` (already in their column order) evenly over y at column x.
void placeColumn(const std::vector<Vertex>& vertices, double x, double height, std::vector<Point>& positions) {
  const std::size_t n = vertices.size();
  for (std::size_t i = 0; i < n; ++i)
    positions[vertices[i]] = {x, height * (n == 1 ? 0.5 : static_cast<double>(i) / static_cast<double>(n - 1))};
}

// The x of each kind's column as a fraction of the width, indexed by NodeKind.
std::array<double, 4> columnX(const ProjectGraph& view) {
  constexpr std::array<NodeKind, 4> kOrder = {NodeKind::Actor, NodeKind::Activity, NodeKind::Goal, NodeKind::LifePhase};
  std::array<double, 4> x = {0.0, 0.3, 0.6, 1.0};
  std::size_t shown = 0;
  for (NodeKind kind : kOrder) shown += view.shows(kind) ? 1 : 0;
  if (shown == 4) return x;
  std::size_t column = 0;
  for (NodeKind kind : kOrder) {
    if (!view.shows(kind)) continue;
    x[static_cast<std::size_t>(kind)] =
        shown == 1 ? 0.5 : static_cast<double>(column) / static_cast<double>(shown - 1);
    ++column;
  }
  return x;
}

// Appends the vertices of the items in `order`, leaving out those the view does not show.
void appendShown(const std::vector<std::size_t>& order, const std::vector<Vertex>& vertexOf, std::vector<Vertex>& column) {
  for (std::size_t i : order)
    if (i < vertexOf.size() && vertexOf[i] != ProjectGraph::kAbsent) column.push_back(vertexOf[i]);
}

template <class Less>
std::vector<std::size_t> sortedIndices(std::size_t n, Less less) {
  std::vector<std::size_t> order(n);
  std::iota(order.begin(), order.end(), std::size_t{0});
  std::stable_sort(order.begin(), order.end(), less);
  return order;
}

}  // namespace

std::vector<Point> kindColumns(const Project& p, const ProjectGraph& view, double width, double height) {
  std::vector<Point> positions(boost::num_vertices(view.graph));
  const std::array<double, 4> columnAt = columnX(view);
  auto xOf = [&](NodeKind kind) { return width * columnAt[static_cast<std::size_t>(kind)]; };

  const auto actorOrder = sortedIndices(p.actors.size(), [&](std::size_t a, std::size_t b) {
    const Actor &x = p.actors[a], &y = p.actors[b];
    if (x.type != y.type) return x.type < y.type;
    return x.name < y.name;
  });
  std::unordered_map<ActorId, std::size_t> actorRank;
  std::vector<Vertex> column;
  for (std::size_t rank = 0; rank < actorOrder.size(); ++rank) actorRank.emplace(p.actors[actorOrder[rank]].id, rank);
  appendShown(actorOrder, view.actorVertex, column);
  placeColumn(column, xOf(NodeKind::Actor), height, positions);

  auto leadRank = [&](const Activity& a) {
    auto it = actorRank.find(a.lead);
    return it == actorRank.end() ? actorRank.size() : it->second;  // unknown lead: at the bottom
  };
  const auto activityOrder = sortedIndices(p.activities.size(), [&](std::size_t a, std::size_t b) {
    const auto ra = leadRank(p.activities[a]), rb = leadRank(p.activities[b]);
    if (ra != rb) return ra < rb;
    return p.activities[a].title < p.activities[b].title;
  });
  column.clear();
  appendShown(activityOrder, view.activityVertex, column);
  placeColumn(column, xOf(NodeKind::Activity), height, positions);

  std::unordered_map<ConceptId, std::size_t> conceptRank;
  for (std::size_t i = 0; i < p.concepts.size(); ++i) conceptRank.emplace(p.concepts[i].id, i);
  auto rankOfConcept = [&](const Goal& g) {
    auto it = conceptRank.find(g.conceptId);
    return it == conceptRank.end() ? conceptRank.size() : it->second;
  };
  const auto goalOrder = sortedIndices(p.goals.size(), [&](std::size_t a, std::size_t b) {
    return rankOfConcept(p.goals[a]) < rankOfConcept(p.goals[b]);
  });
  column.clear();
  appendShown(goalOrder, view.goalVertex, column);
  placeColumn(column, xOf(NodeKind::Goal), height, positions);

  const auto phaseOrder = sortedIndices(p.lifePhases.size(), [&](std::size_t a, std::size_t b) {
    return p.lifePhases[a].order < p.lifePhases[b].order;
  });
  column.clear();
  appendShown(phaseOrder, view.phaseVertex, column);
  placeColumn(column, xOf(NodeKind::LifePhase), height, positions);
  return positions;
}

}  // namespace knp::layouts
