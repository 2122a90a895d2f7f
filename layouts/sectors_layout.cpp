#include "layouts/sectors_layout.hpp"

#include <algorithm>
#include <cmath>
#include <map>

#include "layouts/layout_support.hpp"

namespace knp::layouts {
namespace {

constexpr double kTurn = 2 * M_PI;

class SectorsLayout final : public Layout {
 public:
  SectorsLayout(const LayoutGraph& graph, const LayoutRequest& request)
      : m_graph(graph), m_request(request), m_positions(startPositions(graph, request)) {}

  StepOutcome step() override {
    if (m_done) return StepOutcome::Finished;
    m_done = true;
    const std::size_t n = m_graph.graph.vertexCount();
    if (n == 0) return StepOutcome::Finished;
    std::size_t sectors = 0, rings = 1;
    for (std::size_t v = 0; v < n; ++v) {
      if (sectorOf(v) != kNoSector) sectors = std::max(sectors, sectorOf(v) + 1);
      rings = std::max(rings, ringOf(v) + 1);
    }
    // Nodes without a sector: on ring 0 they share the centre; on outer rings they get an extra
    // last sector (e.g. actors without any activity), unless no node has a sector at all.
    const std::size_t extra = sectors;
    auto slotSector = [&](std::size_t v) {
      if (sectorOf(v) != kNoSector) return sectorOf(v);
      return sectors == 0 || ringOf(v) == 0 ? kNoSector : extra;
    };
    std::map<std::pair<std::size_t, std::size_t>, std::vector<VertexIndex>> slots;  // (ring, sector)
    for (std::size_t v = 0; v < n; ++v) slots[{ringOf(v), slotSector(v)}].push_back(static_cast<VertexIndex>(v));
    // A sector's angle grows with its busiest ring, so crowded fields get room.
    std::vector<double> weight(sectors + 1, 0.0);
    for (const auto& [key, members] : slots)
      if (key.second != kNoSector) weight[key.second] = std::max(weight[key.second], static_cast<double>(members.size()));
    double totalWeight = 0;
    std::vector<double> start(weight.size() + 1, 0.0);
    for (std::size_t s = 0; s < weight.size(); ++s) start[s + 1] = start[s] + weight[s];
    totalWeight = start.back();

    std::vector<double> angle(n, 0.0);
    std::vector<char> placed(n, 0);
    for (auto& [key, members] : slots) {  // map order: inner rings first
      const auto [ring, sector] = key;
      const bool whole = sector == kNoSector;  // the centre, or every node when there are no sectors
      const double from = whole ? 0.0 : kTurn * start[sector] / totalWeight;
      const double span = whole ? kTurn : kTurn * weight[sector] / totalWeight;
      const bool centre = whole && sectors > 0;
      const double radius =
          centre ? 0.5 / static_cast<double>(rings + 1) : 0.5 * static_cast<double>(ring + 1) / static_cast<double>(rings);
      // Order by the mean angle of already placed neighbours (as offsets within this sector).
      std::vector<std::pair<double, VertexIndex>> keyed;
      for (std::size_t i = 0; i < members.size(); ++i) {
        const VertexIndex v = members[i];
        double sum = 0;
        std::size_t count = 0;
        for (VertexIndex w : m_graph.graph.neighbours(v))
          if (placed[w]) {
            sum += std::remainder(angle[w] - (from + span / 2), kTurn);
            ++count;
          }
        keyed.emplace_back(count == 0 ? static_cast<double>(i) / static_cast<double>(members.size()) * span - span / 2
                                      : sum / static_cast<double>(count),
                           v);
      }
      std::stable_sort(keyed.begin(), keyed.end(), [](const auto& l, const auto& r) { return l.first < r.first; });
      const std::size_t k = keyed.size();
      for (std::size_t i = 0; i < k; ++i) {
        const VertexIndex v = keyed[i].second;
        // Slot i of k, half a slot from each border; a whole circle needs no border margin.
        angle[v] = from + span * (static_cast<double>(i) + 0.5) / static_cast<double>(k);
        // Angle 0 points up, angles grow clockwise (screen y grows downwards).
        m_positions[v] = {0.5 + radius * std::sin(angle[v]), 0.5 - radius * std::cos(angle[v])};
        placed[v] = 1;
      }
    }
    restorePinned(m_positions, m_request);
    return StepOutcome::Finished;
  }

  const std::vector<Point>& positions() const override { return m_positions; }

 private:
  std::size_t sectorOf(std::size_t v) const { return m_graph.sector.empty() ? kNoSector : m_graph.sector[v]; }
  std::size_t ringOf(std::size_t v) const { return m_graph.ring.empty() ? 0 : m_graph.ring[v]; }

  const LayoutGraph& m_graph;
  LayoutRequest m_request;
  std::vector<Point> m_positions;
  bool m_done = false;
};

}  // namespace

std::unique_ptr<Layout> makeSectorsLayout(const LayoutGraph& graph, const LayoutRequest& request) {
  return std::make_unique<SectorsLayout>(graph, request);
}

}  // namespace knp::layouts
