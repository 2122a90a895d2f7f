#include "layouts/barnes_hut.hpp"

#include <algorithm>
#include <array>

#include "layouts/parallel_for.hpp"

namespace knp::layouts {
namespace {

constexpr int kMaxDepth = 32;
// Below this many bodies the four quadrants are built on one thread.
constexpr std::size_t kBodiesForParallelBuild = 4000;

}  // namespace

void QuadTree::build(std::span<const Point> positions, std::span<const double> mass, unsigned threads) {
  m_cells.clear();
  m_bodies.resize(positions.size());
  for (std::size_t v = 0; v < positions.size(); ++v)
    m_bodies[v] = {positions[v].x, positions[v].y, mass[v], static_cast<VertexIndex>(v)};
  if (positions.empty()) return;
  Box box;
  for (Point p : positions) box.include(p);
  // A square a little larger than the box, so no body lies on the far border.
  const double side = box.extent(1e-9) * (1 + 1e-9);
  const auto count = static_cast<std::uint32_t>(positions.size());
  if (threads < 2 || count < kBodiesForParallelBuild) {
    buildCell(m_cells, box.min.x, box.min.y, side, 0, count, 0);
    return;
  }
  // The root here; its four quadrants on their own threads, each into a cell list of its own
  // (subtree-relative `next`), spliced behind the root afterwards.
  m_cells.push_back(Cell{box.min.x, box.min.y, side, 0, 0, 0, 0, 0, count, false});
  const Quadrants quadrants = split(box.min.x, box.min.y, side, 0, count);
  std::array<std::vector<Cell>, 4> parts;
  parallelFor(4, threads, [&](std::size_t first, std::size_t last) {
    for (std::size_t q = first; q < last; ++q)
      if (quadrants.bounds[q] < quadrants.bounds[q + 1])
        buildCell(parts[q], quadrants.corners[q].x, quadrants.corners[q].y, side / 2, quadrants.bounds[q],
                  quadrants.bounds[q + 1], 1);
  });
  for (std::vector<Cell>& part : parts) {
    const auto offset = static_cast<std::uint32_t>(m_cells.size());
    for (Cell& cell : part) cell.next += offset;
    m_cells.insert(m_cells.end(), part.begin(), part.end());
  }
  finishCell(m_cells, 0);
}

QuadTree::Quadrants QuadTree::split(double minX, double minY, double side, std::uint32_t begin, std::uint32_t end) {
  const double half = side / 2, midX = minX + half, midY = minY + half;
  auto first = m_bodies.begin() + begin, last = m_bodies.begin() + end;
  auto left = [&](const Body& body) { return body.x < midX; };
  auto low = [&](const Body& body) { return body.y < midY; };
  const auto splitX = std::partition(first, last, left);
  const auto splitLeft = std::partition(first, splitX, low);
  const auto splitRight = std::partition(splitX, last, low);
  const auto at = [&](auto it) { return static_cast<std::uint32_t>(it - m_bodies.begin()); };
  return {{begin, at(splitLeft), at(splitX), at(splitRight), end},
          {Point{minX, minY}, Point{minX, midY}, Point{midX, minY}, Point{midX, midY}}};
}

void QuadTree::buildCell(std::vector<Cell>& cells, double minX, double minY, double side, std::uint32_t begin,
                         std::uint32_t end, int depth) {
  const auto self = static_cast<std::uint32_t>(cells.size());
  cells.push_back(Cell{minX, minY, side, 0, 0, 0, 0, begin, end, end - begin <= kLeafSize || depth >= kMaxDepth});
  if (!cells[self].leaf) {
    const Quadrants quadrants = split(minX, minY, side, begin, end);
    for (int q = 0; q < 4; ++q)
      if (quadrants.bounds[q] < quadrants.bounds[q + 1])
        buildCell(cells, quadrants.corners[q].x, quadrants.corners[q].y, side / 2, quadrants.bounds[q],
                  quadrants.bounds[q + 1], depth + 1);
  }
  finishCell(cells, self);
}

// Sets the centre of mass and `next` of cells[self], whose subtree is complete and ends the
// list. A leaf sums its bodies, an inner cell its children: O(n) per tree level.
void QuadTree::finishCell(std::vector<Cell>& cells, std::uint32_t self) const {
  double massX = 0, massY = 0, mass = 0;
  if (cells[self].leaf) {
    for (std::uint32_t b = cells[self].bodyBegin; b < cells[self].bodyEnd; ++b) {
      const Body& body = m_bodies[b];
      massX += body.mass * body.x;
      massY += body.mass * body.y;
      mass += body.mass;
    }
  } else {
    for (auto child = self + 1; child < cells.size(); child = cells[child].next) {
      const Cell& c = cells[child];
      massX += c.mass * c.massX;
      massY += c.mass * c.massY;
      mass += c.mass;
    }
  }
  Cell& cell = cells[self];
  cell.massX = massX / mass;
  cell.massY = massY / mass;
  cell.mass = mass;
  cell.next = static_cast<std::uint32_t>(cells.size());
}

}  // namespace knp::layouts
