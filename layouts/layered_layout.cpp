#include "layouts/layered_layout.hpp"

#include <algorithm>

#include "layouts/layout_support.hpp"
#include "layouts/quality.hpp"

namespace knp::layouts {
namespace {

constexpr std::size_t kDefaultSweeps = 12;

class LayeredLayout final : public Layout {
 public:
  LayeredLayout(const LayoutGraph& graph, const LayoutRequest& request)
      : m_graph(graph), m_request(request), m_positions(startPositions(graph, request)) {
    const std::size_t n = graph.graph.vertexCount();
    std::size_t columns = 0;
    for (std::size_t v = 0; v < n; ++v) columns = std::max(columns, columnOf(v) + 1);
    m_order.resize(columns);
    for (std::size_t v = 0; v < n; ++v) m_order[columnOf(v)].push_back(static_cast<VertexIndex>(v));
    m_slot.assign(n, 0);
    place();
    m_bestCrossings = countEdgeCrossings(graph.graph, m_positions);
    m_best = m_positions;
    m_sweepsLeft = request.iterations != 0 ? request.iterations : kDefaultSweeps;
  }

  StepOutcome step() override {
    if (m_sweepsLeft == 0 || m_order.size() < 2) return finish();
    --m_sweepsLeft;
    bool changed = false;
    for (std::size_t c = 1; c < m_order.size(); ++c) changed |= sortColumn(c, Side::Left);
    for (std::size_t c = m_order.size() - 1; c-- > 0;) changed |= sortColumn(c, Side::Right);
    place();
    const std::size_t crossings = countEdgeCrossings(m_graph.graph, m_positions);
    if (crossings < m_bestCrossings) {
      m_bestCrossings = crossings;
      m_best = m_positions;
    }
    if (!changed) return finish();
    return StepOutcome::Running;
  }

  const std::vector<Point>& positions() const override { return m_done ? m_best : m_positions; }

 private:
  enum class Side { Left, Right };

  std::size_t columnOf(std::size_t v) const { return m_graph.column.empty() ? 0 : m_graph.column[v]; }

  StepOutcome finish() {
    m_done = true;
    m_sweepsLeft = 0;
    return StepOutcome::Finished;
  }

  // Height of a vertex's slot in [0, 1]; comparable across columns of different sizes.
  double height(VertexIndex v) const {
    const std::size_t k = m_order[columnOf(v)].size();
    return k == 1 ? 0.5 : static_cast<double>(m_slot[v]) / static_cast<double>(k - 1);
  }

  // Sorts column c by the barycenters of its neighbours on one side; true when the order changed.
  bool sortColumn(std::size_t c, Side side) {
    std::vector<VertexIndex>& column = m_order[c];
    std::vector<std::pair<double, VertexIndex>> keyed;
    keyed.reserve(column.size());
    for (VertexIndex v : column) {
      double sum = 0;
      std::size_t count = 0;
      for (VertexIndex w : m_graph.graph.neighbours(v)) {
        const std::size_t other = columnOf(w);
        if (side == Side::Left ? other < c : other > c) {
          sum += height(w);
          ++count;
        }
      }
      keyed.emplace_back(count == 0 ? height(v) : sum / static_cast<double>(count), v);
    }
    std::stable_sort(keyed.begin(), keyed.end(), [](const auto& l, const auto& r) { return l.first < r.first; });
    bool changed = false;
    for (std::size_t i = 0; i < column.size(); ++i) {
      changed |= column[i] != keyed[i].second;
      column[i] = keyed[i].second;
      m_slot[column[i]] = i;
    }
    return changed;
  }

  void place() {
    const std::size_t columns = m_order.size();
    for (std::size_t c = 0; c < columns; ++c) {
      const double x = columns == 1 ? 0.5 : static_cast<double>(c) / static_cast<double>(columns - 1);
      for (std::size_t i = 0; i < m_order[c].size(); ++i) {
        m_slot[m_order[c][i]] = i;
        m_positions[m_order[c][i]] = {x, height(m_order[c][i])};
      }
    }
    restorePinned(m_positions, m_request);
  }

  const LayoutGraph& m_graph;
  LayoutRequest m_request;
  std::vector<Point> m_positions, m_best;
  std::vector<std::vector<VertexIndex>> m_order;  // per column, top to bottom
  std::vector<std::size_t> m_slot;                 // position of each vertex in its column
  std::size_t m_bestCrossings = 0;
  std::size_t m_sweepsLeft = 0;
  bool m_done = false;
};

}  // namespace

std::unique_ptr<Layout> makeLayeredLayout(const LayoutGraph& graph, const LayoutRequest& request) {
  return std::make_unique<LayeredLayout>(graph, request);
}

}  // namespace knp::layouts
