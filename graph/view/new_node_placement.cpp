#include "view/new_node_placement.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <vector>

#include "view/map_filter.hpp"
#include "view/project_graph.hpp"

namespace knp {
namespace {

constexpr double kGoldenAngle = 2.399963229728653;  // radians

// Layouts place nodes in the unit square; without placed edges, new nodes keep this distance.
constexpr double kDefaultSpacing = 0.1;

// The median length of edges whose ends are both placed; kDefaultSpacing when there is none.
double typicalEdgeLength(const ProjectGraph& view, const std::vector<const NodePlacement*>& at) {
  std::vector<double> lengths;
  for (auto [e, end] = boost::edges(view.graph); e != end; ++e) {
    const Vertex a = boost::source(*e, view.graph), b = boost::target(*e, view.graph);
    if (a == b || !at[a] || !at[b]) continue;
    lengths.push_back(std::hypot(at[a]->x - at[b]->x, at[a]->y - at[b]->y));
  }
  if (lengths.empty()) return kDefaultSpacing;
  auto middle = lengths.begin() + static_cast<std::ptrdiff_t>(lengths.size() / 2);
  std::nth_element(lengths.begin(), middle, lengths.end());
  return *middle > 0 && std::isfinite(*middle) ? *middle : kDefaultSpacing;
}

}  // namespace

void placeNewNodes(Project& project, std::optional<MapPoint> hint, Abstraction graph) {
  const ProjectGraph view = buildProjectGraph(project, graph);
  const std::size_t n = boost::num_vertices(view.graph);
  if (n == 0) return;  // and leave the map state as it is: no empty entry for the view
  std::map<std::string, NodePlacement>& placements = placementsOf(project.map, graph);
  std::vector<std::string> keys(n);
  std::vector<const NodePlacement*> at(n, nullptr);
  double maxX = -std::numeric_limits<double>::infinity(), minY = std::numeric_limits<double>::infinity();
  for (Vertex v = 0; v < n; ++v) {
    keys[v] = nodeKey(project, view, v);
    auto it = placements.find(keys[v]);
    if (it == placements.end()) continue;
    at[v] = &it->second;
    maxX = std::max(maxX, it->second.x);
    minY = std::min(minY, it->second.y);
  }
  const double spacing = typicalEdgeLength(view, at);
  if (!std::isfinite(maxX)) maxX = 0.5 - spacing, minY = 0.5;  // nothing placed: start in the middle
  std::size_t added = 0, loners = 0;
  for (Vertex v = 0; v < n; ++v) {
    if (at[v]) continue;
    MapPoint p;
    double cx = 0, cy = 0;
    std::size_t placedNeighbours = 0;
    for (auto [w, end] = boost::adjacent_vertices(v, view.graph); w != end; ++w)
      if (*w != v && at[*w]) cx += at[*w]->x, cy += at[*w]->y, ++placedNeighbours;
    if (added == 0 && hint) {
      p = *hint;
    } else if (placedNeighbours > 0) {
      const double angle = kGoldenAngle * static_cast<double>(added);
      p = {cx / static_cast<double>(placedNeighbours) + spacing * std::cos(angle),
           cy / static_cast<double>(placedNeighbours) + spacing * std::sin(angle)};
    } else {
      p = {maxX + spacing, minY + spacing * static_cast<double>(loners++)};
    }
    // std::map nodes never move, so the pointer stays valid while the map grows.
    at[v] = &(placements[keys[v]] = NodePlacement{p.x, p.y, PinState::Free});
    ++added;
  }
}

}  // namespace knp
