#include "layout_graphs.hpp"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <stdexcept>

#include "random.hpp"

namespace knp::bench {

std::vector<Edge> makeBarabasiAlbert(std::uint32_t nodes, std::uint32_t perVertex, std::uint64_t seed) {
  if (perVertex < 1 || nodes <= perVertex) throw std::invalid_argument("makeBarabasiAlbert: need nodes > perVertex >= 1");
  Random random(seed);
  std::vector<Edge> edges;
  std::vector<std::uint32_t> ends;  // every endpoint once per edge: uniform picks are by degree
  for (std::uint32_t a = 0; a <= perVertex; ++a)
    for (std::uint32_t b = a + 1; b <= perVertex; ++b) {
      edges.emplace_back(a, b);
      ends.push_back(a);
      ends.push_back(b);
    }
  std::vector<std::uint32_t> chosen;
  for (std::uint32_t v = perVertex + 1; v < nodes; ++v) {
    chosen.clear();
    while (chosen.size() < perVertex) {
      const std::uint32_t target = ends[random.index(ends.size())];
      if (std::find(chosen.begin(), chosen.end(), target) == chosen.end()) chosen.push_back(target);
    }
    for (std::uint32_t target : chosen) {
      edges.emplace_back(target, v);
      ends.push_back(target);
      ends.push_back(v);
    }
  }
  return edges;
}

GeometricGraph makeGeometricGiantComponent(std::uint32_t nodes, double radius, std::uint64_t seed) {
  if (nodes == 0) return {};
  Random random(seed);
  std::vector<double> x(nodes), y(nodes);
  for (std::uint32_t v = 0; v < nodes; ++v) x[v] = random.unit(), y[v] = random.unit();
  const auto cells = static_cast<std::uint32_t>(std::max(1.0, std::floor(1.0 / radius)));
  auto cellOf = [&](double c) { return std::min(cells - 1, static_cast<std::uint32_t>(c * cells)); };
  std::vector<std::vector<std::uint32_t>> grid(std::size_t{cells} * cells);
  for (std::uint32_t v = 0; v < nodes; ++v) grid[std::size_t{cellOf(y[v])} * cells + cellOf(x[v])].push_back(v);
  std::vector<Edge> all;
  for (std::uint32_t v = 0; v < nodes; ++v) {
    const std::uint32_t cx = cellOf(x[v]), cy = cellOf(y[v]);
    for (std::uint32_t gy = cy == 0 ? 0 : cy - 1; gy <= std::min(cells - 1, cy + 1); ++gy)
      for (std::uint32_t gx = cx == 0 ? 0 : cx - 1; gx <= std::min(cells - 1, cx + 1); ++gx)
        for (std::uint32_t w : grid[std::size_t{gy} * cells + gx])
          if (w > v && std::hypot(x[v] - x[w], y[v] - y[w]) < radius) all.emplace_back(v, w);
  }
  // Components by union–find; keep the largest.
  std::vector<std::uint32_t> parent(nodes);
  std::iota(parent.begin(), parent.end(), 0u);
  auto find = [&](std::uint32_t v) {
    while (parent[v] != v) v = parent[v] = parent[parent[v]];
    return v;
  };
  for (auto [a, b] : all) parent[find(a)] = find(b);
  std::vector<std::uint32_t> size(nodes, 0);
  for (std::uint32_t v = 0; v < nodes; ++v) ++size[find(v)];
  const auto giant = static_cast<std::uint32_t>(std::max_element(size.begin(), size.end()) - size.begin());
  std::vector<std::uint32_t> number(nodes, UINT32_MAX);
  GeometricGraph result;
  for (std::uint32_t v = 0; v < nodes; ++v)
    if (find(v) == giant) number[v] = result.nodes++;
  for (auto [a, b] : all)
    if (number[a] != UINT32_MAX) result.edges.emplace_back(number[a], number[b]);
  return result;
}

}  // namespace knp::bench
