#include "layouts/circle_layout.hpp"

#include <boost/shared_ptr.hpp>
#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/circle_layout.hpp>
#include <boost/graph/topology.hpp>
#include <boost/shared_ptr.hpp>

#include "layouts/layout_support.hpp"

namespace knp::layouts {
namespace {

class CircleLayout final : public Layout {
 public:
  CircleLayout(const LayoutGraph& graph, const LayoutRequest& request)
      : m_graph(graph), m_request(request), m_positions(startPositions(graph, request)) {}

  StepOutcome step() override {
    if (m_done) return StepOutcome::Finished;
    const std::size_t n = m_graph.graph.vertexCount();
    // Boost wants a graph type with vertices and a position map of .x/.y points.
    using BoostGraph = boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS>;
    BoostGraph g(n);
    std::vector<boost::square_topology<>::point_type> points(n);
    boost::circle_graph_layout(g, boost::make_iterator_property_map(points.begin(), boost::get(boost::vertex_index, g)), 0.5);
    m_positions.resize(n);
    for (std::size_t v = 0; v < n; ++v) m_positions[v] = {0.5 + points[v][0], 0.5 + points[v][1]};
    restorePinned(m_positions, m_request);
    m_done = true;
    return StepOutcome::Finished;
  }
  const std::vector<Point>& positions() const override { return m_positions; }

 private:
  const LayoutGraph& m_graph;
  LayoutRequest m_request;
  std::vector<Point> m_positions;
  bool m_done = false;
};

}  // namespace

std::unique_ptr<Layout> makeCircleLayout(const LayoutGraph& graph, const LayoutRequest& request) {
  return std::make_unique<CircleLayout>(graph, request);
}

}  // namespace knp::layouts
