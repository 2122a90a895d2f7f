#include "layouts/boost_fruchterman_reingold.hpp"

#include <algorithm>
#include <cmath>

#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/fruchterman_reingold.hpp>
#include <boost/graph/topology.hpp>
#include <boost/shared_ptr.hpp>

#include "layouts/layout_support.hpp"

namespace knp::layouts {
namespace {

constexpr std::size_t kDefaultIterations = 100;
constexpr std::size_t kIterationsPerStep = 5;

using BoostGraph = boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS>;
using Topology = boost::square_topology<>;
using BoostPoint = Topology::point_type;

// Boost's cooling schedule is a functor called once per iteration; returning 0 stops the run.
// This one continues one linear schedule over several runs: `limit` iterations per run.
struct SharedCooling {
  double* temperature;
  double decrement;
  std::size_t limit;
  std::size_t used = 0;
  double operator()() {
    if (used++ == limit || *temperature <= 0) return 0.0;
    const double current = *temperature;
    *temperature = std::max(0.0, *temperature - decrement);
    return current;
  }
};

class BoostFruchtermanReingold final : public Layout {
 public:
  BoostFruchtermanReingold(const LayoutGraph& graph, const LayoutRequest& request)
      : m_request(request), m_positions(startPositions(graph, request)), m_graph(graph.graph.vertexCount()) {
    for (auto [a, b] : graph.graph.edges()) boost::add_edge(a, b, m_graph);
    m_iterationsLeft = request.iterations != 0 ? request.iterations : kDefaultIterations;
    m_temperature = 0.1;  // Boost's default start for a unit area: a tenth of the width
    m_decrement = m_temperature / static_cast<double>(m_iterationsLeft);
    toUnitSquare();
  }

  StepOutcome step() override {
    if (m_iterationsLeft == 0 || m_unit.empty()) {
      m_iterationsLeft = 0;
      return StepOutcome::Finished;
    }
    const std::size_t now = std::min(kIterationsPerStep, m_iterationsLeft);
    m_iterationsLeft -= now;
    Topology topology(1.0);
    auto positionMap = boost::make_iterator_property_map(m_unit.begin(), boost::get(boost::vertex_index, m_graph));
    boost::fruchterman_reingold_force_directed_layout(m_graph, positionMap, topology,
                                                      boost::cooling(SharedCooling{&m_temperature, m_decrement, now}));
    fromUnitSquare();
    return m_iterationsLeft == 0 ? StepOutcome::Finished : StepOutcome::Running;
  }

  const std::vector<Point>& positions() const override { return m_positions; }

 private:
  // Our coordinates into Boost's unit square centred on 0, keeping the aspect ratio.
  void toUnitSquare() {
    if (m_positions.empty()) return;
    const Box box = boundingBox(m_positions);
    m_centreX = box.centre().x;
    m_centreY = box.centre().y;
    m_scale = box.extent(1e-9);
    m_unit.resize(m_positions.size());
    for (std::size_t v = 0; v < m_positions.size(); ++v) {
      m_unit[v][0] = (m_positions[v].x - m_centreX) / m_scale;
      m_unit[v][1] = (m_positions[v].y - m_centreY) / m_scale;
    }
  }

  // Back from the unit square: into [0, 1]² when nothing is pinned, else into the start's frame
  // so that pinned nodes and the others share one coordinate system.
  void fromUnitSquare() {
    // Boost keeps points within ±1, not ±0.5: fit what it drew into [0, 1]², same scale on both axes.
    Box box;
    for (BoostPoint& p : m_unit) {
      for (int i = 0; i < 2; ++i)
        if (!std::isfinite(p[i])) p[i] = 0.0;
      box.include({p[0], p[1]});
    }
    const double extent = box.extent(1e-12);
    const Point centre = box.centre();
    for (std::size_t v = 0; v < m_unit.size(); ++v) {
      const double x = m_unit[v][0], y = m_unit[v][1];
      m_positions[v] = m_request.pinned.empty() ? Point{0.5 + (x - centre.x) / extent, 0.5 + (y - centre.y) / extent}
                                                : Point{m_centreX + x * m_scale, m_centreY + y * m_scale};
    }
    restorePinned(m_positions, m_request);
    for (VertexIndex v : m_request.pinned) {  // Boost starts from the pinned place next time
      m_unit[v][0] = (m_positions[v].x - m_centreX) / m_scale;
      m_unit[v][1] = (m_positions[v].y - m_centreY) / m_scale;
    }
  }

  LayoutRequest m_request;
  std::vector<Point> m_positions;
  BoostGraph m_graph;
  std::vector<BoostPoint> m_unit;
  double m_centreX = 0, m_centreY = 0, m_scale = 1;
  double m_temperature = 0, m_decrement = 0;
  std::size_t m_iterationsLeft = 0;
};

}  // namespace

std::unique_ptr<Layout> makeBoostFruchtermanReingold(const LayoutGraph& graph, const LayoutRequest& request) {
  return std::make_unique<BoostFruchtermanReingold>(graph, request);
}

}  // namespace knp::layouts
