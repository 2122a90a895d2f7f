#include "layouts/barnes_hut.hpp"

#include <algorithm>

namespace knp::layouts {
namespace {
constexpr int kMaxDepth = 32;
}

void QuadTree::build(std::span<const Point> positions, std::span<const double> mass) {
  m_cells.clear();
  m_bodies.resize(positions.size());
  for (std::size_t v = 0; v < positions.size(); ++v)
    m_bodies[v] = {positions[v].x, positions[v].y, mass[v], static_cast<VertexIndex>(v)};
  if (positions.empty()) return;
  Box box;
  for (Point p : positions) box.include(p);
  // A square a little larger than the box, so no body lies on the far border.
  const double side = box.extent(1e-9) * (1 + 1e-9);
  buildCell(box.min.x, box.min.y, side, 0, static_cast<std::uint32_t>(positions.size()), 0);
}

void QuadTree::buildCell(double minX, double minY, double side, std::uint32_t begin, std::uint32_t end, int depth) {
  const auto self = static_cast<std::uint32_t>(m_cells.size());
  m_cells.push_back(Cell{minX, minY, side, 0, 0, 0, 0, begin, end, end - begin <= kLeafSize || depth >= kMaxDepth});
  double massX = 0, massY = 0, mass = 0;
  if (m_cells[self].leaf) {
    for (std::uint32_t b = begin; b < end; ++b) {
      const Body& body = m_bodies[b];
      massX += body.mass * body.x;
      massY += body.mass * body.y;
      mass += body.mass;
    }
  } else {
    const double half = side / 2, midX = minX + half, midY = minY + half;
    auto first = m_bodies.begin() + begin, last = m_bodies.begin() + end;
    auto left = [&](const Body& body) { return body.x < midX; };
    auto low = [&](const Body& body) { return body.y < midY; };
    const auto splitX = std::partition(first, last, left);
    const auto splitLeft = std::partition(first, splitX, low);
    const auto splitRight = std::partition(splitX, last, low);
    const auto at = [&](auto it) { return static_cast<std::uint32_t>(it - m_bodies.begin()); };
    const std::uint32_t bounds[5] = {begin, at(splitLeft), at(splitX), at(splitRight), end};
    const double corners[4][2] = {{minX, minY}, {minX, midY}, {midX, minY}, {midX, midY}};
    for (int q = 0; q < 4; ++q)
      if (bounds[q] < bounds[q + 1]) buildCell(corners[q][0], corners[q][1], half, bounds[q], bounds[q + 1], depth + 1);
    // The centre of mass from the children's, not from every body again: O(n) per tree level.
    for (auto child = self + 1; child < m_cells.size(); child = m_cells[child].next) {
      const Cell& c = m_cells[child];
      massX += c.mass * c.massX;
      massY += c.mass * c.massY;
      mass += c.mass;
    }
  }
  Cell& cell = m_cells[self];
  cell.massX = massX / mass;
  cell.massY = massY / mass;
  cell.mass = mass;
  cell.next = static_cast<std::uint32_t>(m_cells.size());
}

}  // namespace knp::layouts
