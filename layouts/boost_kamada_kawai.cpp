#include "layouts/boost_kamada_kawai.hpp"

// Kamada–Kawai runs Boost's johnson_all_pairs_shortest_paths, whose edge iterators make GCC 12
// report -Wmaybe-uninitialized inside Boost's headers (a false positive: the optional it names
// is engaged before use). Silenced for this file only.
#pragma GCC diagnostic ignored "-Wmaybe-uninitialized"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <stdexcept>
#include <string>

#include <boost/shared_ptr.hpp>
#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/circle_layout.hpp>
#include <boost/graph/kamada_kawai_spring_layout.hpp>
#include <boost/graph/topology.hpp>

#include "analysis/cut_vertices.hpp"
#include "layouts/layout_support.hpp"

namespace knp::layouts {
namespace {

using Topology = boost::square_topology<>;
using BoostPoint = Topology::point_type;
using BoostGraph = boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS, boost::no_property,
                                         boost::property<boost::edge_weight_t, double>>;

// Boost's tolerance test with a cap on the rounds, so that one step's work is bounded.
struct CappedTolerance {
  boost::layout_tolerance<double> tolerance{1e-4};
  std::size_t globalRounds = 0, cap = 0;
  template <class Graph>
  bool operator()(double delta, typename boost::graph_traits<Graph>::vertex_descriptor p, const Graph& g, bool global) {
    if (global && ++globalRounds > cap) return true;
    return tolerance(delta, p, g, global);
  }
};

class BoostKamadaKawai final : public Layout {
 public:
  BoostKamadaKawai(const LayoutGraph& graph, const LayoutRequest& request)
      : m_graph(graph), m_request(request), m_positions(startPositions(graph, request)) {
    const std::size_t n = graph.graph.vertexCount();
    if (n > kMaxKamadaKawaiNodes)
      throw std::invalid_argument("layout: Kamada-Kawai is for graphs up to " + std::to_string(kMaxKamadaKawaiNodes) +
                                  " nodes; this one has " + std::to_string(n));
    const Connectivity connectivity = analyzeConnectivity(graph.graph);
    m_members.resize(connectivity.componentSize.size());
    for (VertexIndex v = 0; v < n; ++v) m_members[connectivity.component[v]].push_back(v);
    std::stable_sort(m_members.begin(), m_members.end(),
                     [](const auto& l, const auto& r) { return l.size() > r.size(); });
    m_local.resize(n);
  }

  StepOutcome step() override {
    if (m_done) return StepOutcome::Finished;
    if (m_next < m_members.size()) {
      layOut(m_members[m_next++]);
      return StepOutcome::Running;
    }
    pack();
    restorePinned(m_positions, m_request);
    m_done = true;
    return StepOutcome::Finished;
  }

  const std::vector<Point>& positions() const override { return m_positions; }

 private:
  // Kamada–Kawai on one component, into m_local (coordinates of Boost's unit square).
  void layOut(const std::vector<VertexIndex>& members) {
    const std::size_t k = members.size();
    if (k == 1) {
      m_local[members[0]] = {0.0, 0.0};
      return;
    }
    std::vector<std::size_t> local(m_graph.graph.vertexCount(), 0);
    for (std::size_t i = 0; i < k; ++i) local[members[i]] = i;
    BoostGraph g(k);
    for (std::size_t i = 0; i < k; ++i)
      for (VertexIndex w : m_graph.graph.neighbours(members[i]))
        if (members[i] < w) boost::add_edge(i, local[w], 1.0, g);
    std::vector<BoostPoint> points(k);
    auto positionMap = boost::make_iterator_property_map(points.begin(), boost::get(boost::vertex_index, g));
    boost::circle_graph_layout(g, positionMap, 0.4);
    CappedTolerance done;
    done.cap = 10 * k;
    boost::kamada_kawai_spring_layout(g, positionMap, boost::get(boost::edge_weight, g), Topology(1.0),
                                      boost::side_length(1.0), done);
    for (std::size_t i = 0; i < k; ++i)
      m_local[members[i]] = {std::isfinite(points[i][0]) ? points[i][0] : 0.0,
                             std::isfinite(points[i][1]) ? points[i][1] : 0.0};
  }

  // Shelf packing: components in rows of boxes with side √size, then everything scaled into [0, 1]².
  void pack() {
    if (m_members.empty()) return;
    const std::size_t total = m_graph.graph.vertexCount();
    const double rowWidth = std::sqrt(static_cast<double>(total)) * 1.5;
    double x = 0, y = 0, rowHeight = 0, width = 0;
    for (const auto& members : m_members) {
      const double side = std::sqrt(static_cast<double>(members.size()));
      if (x > 0 && x + side > rowWidth) {
        x = 0;
        y += rowHeight;
        rowHeight = 0;
      }
      Box box;
      for (VertexIndex v : members) box.include(m_local[v]);
      const double extent = box.extent(1e-12);
      const double inner = side * 0.8;  // a fifth of each box stays free between components
      for (VertexIndex v : members)
        m_positions[v] = {x + side * 0.1 + (members.size() == 1 ? inner / 2 : (m_local[v].x - box.min.x) / extent * inner),
                          y + side * 0.1 + (members.size() == 1 ? inner / 2 : (m_local[v].y - box.min.y) / extent * inner)};
      x += side;
      width = std::max(width, x);
      rowHeight = std::max(rowHeight, side);
    }
    const double scale = 1.0 / std::max(width, y + rowHeight);
    for (Point& p : m_positions) p = {p.x * scale, p.y * scale};
  }

  const LayoutGraph& m_graph;
  LayoutRequest m_request;
  std::vector<Point> m_positions, m_local;
  std::vector<std::vector<VertexIndex>> m_members;  // components, largest first
  std::size_t m_next = 0;
  bool m_done = false;
};

}  // namespace

std::unique_ptr<Layout> makeBoostKamadaKawai(const LayoutGraph& graph, const LayoutRequest& request) {
  return std::make_unique<BoostKamadaKawai>(graph, request);
}

}  // namespace knp::layouts
