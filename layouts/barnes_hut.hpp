#pragma once
// A Barnes–Hut quadtree: bodies with masses, grouped so that the pull or push of everything far
// from a point can be taken from a few cells' centres of mass instead of from every body.
//
// Cells are stored depth-first, each with the index just past its subtree, so a query walks
// one array without a stack. A cell with at most kLeafSize bodies (or 32 levels deep, where
// only coincident bodies remain) is a leaf. Building is O(n log n) for spread-out points
// (O(n · depth) in general); a query touches O(log n / θ²) cells for evenly spread points.
#include <cstdint>
#include <span>
#include <vector>

#include "analysis/simple_graph.hpp"
#include "layouts/point.hpp"

namespace knp::layouts {

class QuadTree {
 public:
  static constexpr std::uint32_t kLeafSize = 8;

  struct Body {
    double x, y, mass;
    VertexIndex index;  // the vertex
  };

  // Rebuilds the tree over `positions` (one per body) with `mass` (same size, each > 0). With
  // `threads` > 1 and enough bodies, the root's four quadrants are built in parallel; the tree
  // is the same either way.
  void build(std::span<const Point> positions, std::span<const double> mass, unsigned threads = 1);

  // Walks the tree for a body at `at`: a cell whose side is less than θ times its distance
  // from `at` and that does not hold `at` is seen as one body, far(centreX, centreY, mass);
  // bodies in the leaves reached otherwise are visited one by one, near(const Body&), the body
  // itself included (the caller skips it). θ = 0 visits every body.
  template <class Far, class Near>
  void visit(Point at, double theta, Far&& far, Near&& near) const {
    const double theta2 = theta * theta;
    std::uint32_t index = 0;
    const auto count = static_cast<std::uint32_t>(m_cells.size());
    while (index < count) {
      const Cell& cell = m_cells[index];
      const double dx = at.x - cell.massX, dy = at.y - cell.massY;
      const double d2 = dx * dx + dy * dy;
      const bool holds = at.x >= cell.minX && at.x <= cell.minX + cell.side && at.y >= cell.minY &&
                         at.y <= cell.minY + cell.side;
      if (!holds && cell.side * cell.side < theta2 * d2) {
        far(cell.massX, cell.massY, cell.mass);
        index = cell.next;
      } else if (cell.leaf) {
        for (std::uint32_t b = cell.bodyBegin; b < cell.bodyEnd; ++b) near(m_bodies[b]);
        index = cell.next;
      } else {
        ++index;
      }
    }
  }

  // The bodies in depth-first order: neighbours in space are neighbours in this list, so
  // walking it keeps consecutive queries on the same cells (cache locality).
  std::span<const Body> bodiesInTreeOrder() const { return m_bodies; }
  std::size_t cellCount() const { return m_cells.size(); }

 private:
  struct Cell {
    double minX, minY, side;      // the square the cell covers
    double massX, massY, mass;    // centre of mass and total mass of its bodies
    std::uint32_t next;           // index just past this cell's subtree
    std::uint32_t bodyBegin, bodyEnd;
    bool leaf;
  };

  struct Quadrants {
    std::uint32_t bounds[5];  // quadrant q holds the bodies [bounds[q], bounds[q + 1])
    Point corners[4];         // lower-left corners: (low x, low y), (low, high), (high, low), (high, high)
  };
  // Partitions the bodies [begin, end) of the square into its four quadrants.
  Quadrants split(double minX, double minY, double side, std::uint32_t begin, std::uint32_t end);
  void buildCell(std::vector<Cell>& cells, double minX, double minY, double side, std::uint32_t begin,
                 std::uint32_t end, int depth);
  void finishCell(std::vector<Cell>& cells, std::uint32_t self) const;

  std::vector<Cell> m_cells;
  std::vector<Body> m_bodies;
};

}  // namespace knp::layouts
