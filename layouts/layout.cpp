#include "layouts/layout.hpp"

#include "layouts/boost_fruchterman_reingold.hpp"
#include "layouts/boost_kamada_kawai.hpp"
#include "layouts/circle_layout.hpp"
#include "layouts/force_directed_layout.hpp"
#include "layouts/layered_layout.hpp"
#include "layouts/layout_support.hpp"
#include "layouts/sectors_layout.hpp"

namespace knp::layouts {

const std::vector<AlgorithmInfo>& algorithmList() {
  static const std::vector<AlgorithmInfo> list{
      {Algorithm::ForceDirected, "force",
       "our force-directed layout: ForceAtlas2 forces, Barnes-Hut, multilevel; continues from a start"},
      {Algorithm::Layered, "layered", "columns by node kind, order by barycenter sweeps (fewer crossings)"},
      {Algorithm::Sectors, "sectors", "one sector per field, life phases in the middle, actors on the outer ring"},
      {Algorithm::BoostFruchtermanReingold, "boost-fr", "Boost.Graph's Fruchterman-Reingold, run on a unit area"},
      {Algorithm::BoostKamadaKawai, "boost-kk", "Boost.Graph's Kamada-Kawai per component, packed (up to 2,000 nodes)"},
      {Algorithm::Circle, "circle", "every node on one circle, in file order (Boost.Graph's circle_graph_layout)"},
  };
  return list;
}

std::optional<Algorithm> algorithmFromName(std::string_view name) {
  for (const AlgorithmInfo& info : algorithmList())
    if (info.name == name) return info.algorithm;
  return std::nullopt;
}

std::string_view toString(Algorithm algorithm) {
  for (const AlgorithmInfo& info : algorithmList())
    if (info.algorithm == algorithm) return info.name;
  return "unknown";
}

std::unique_ptr<Layout> makeLayout(Algorithm algorithm, const LayoutGraph& graph, const LayoutRequest& request) {
  checkRequest(graph, request);
  switch (algorithm) {
    case Algorithm::ForceDirected: return makeForceDirectedLayout(graph, request);
    case Algorithm::Circle: return makeCircleLayout(graph, request);
    case Algorithm::Layered: return makeLayeredLayout(graph, request);
    case Algorithm::Sectors: return makeSectorsLayout(graph, request);
    case Algorithm::BoostFruchtermanReingold: return makeBoostFruchtermanReingold(graph, request);
    case Algorithm::BoostKamadaKawai: return makeBoostKamadaKawai(graph, request);
  }
  return nullptr;
}

std::vector<Point> runLayout(Algorithm algorithm, const LayoutGraph& graph, const LayoutRequest& request,
                             std::size_t maxSteps) {
  auto layout = makeLayout(algorithm, graph, request);
  for (std::size_t s = 0; s < maxSteps && layout->step() == StepOutcome::Running; ++s) {
  }
  return layout->positions();
}

}  // namespace knp::layouts
