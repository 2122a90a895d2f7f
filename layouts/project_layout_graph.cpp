#include "layouts/project_layout_graph.hpp"

namespace knp::layouts {

LayoutGraph layoutGraphOf(const ProjectGraph& view) {
  const std::size_t n = boost::num_vertices(view.graph);
  std::vector<std::pair<VertexIndex, VertexIndex>> edges;
  for (auto [it, end] = boost::edges(view.graph); it != end; ++it)
    edges.emplace_back(static_cast<VertexIndex>(boost::source(*it, view.graph)),
                       static_cast<VertexIndex>(boost::target(*it, view.graph)));
  LayoutGraph result{SimpleGraph::fromEdges(n, edges), std::vector<std::size_t>(n, 0)};
  for (std::size_t v = 0; v < n; ++v) result.column[v] = static_cast<std::size_t>(view.graph[v].kind);
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
    names[v] = std::string(toString(node.kind)) + ":" + id;
  }
  return names;
}

}  // namespace knp::layouts
