#pragma once
// A position in layout space, and the box around a set of them.
#include <algorithm>
#include <cmath>
#include <vector>

namespace knp::layouts {

struct Point {
  double x = 0.0;
  double y = 0.0;
  bool operator==(const Point&) const = default;
};

// The smallest axis-parallel box around the points given to include(); empty at first
// (min = +∞, max = −∞), so width() and height() of an empty box are −∞.
struct Box {
  Point min{INFINITY, INFINITY};
  Point max{-INFINITY, -INFINITY};

  void include(Point p) {
    min = {std::min(min.x, p.x), std::min(min.y, p.y)};
    max = {std::max(max.x, p.x), std::max(max.y, p.y)};
  }
  double width() const { return max.x - min.x; }
  double height() const { return max.y - min.y; }
  Point centre() const { return {(min.x + max.x) / 2, (min.y + max.y) / 2}; }
  // The longer side, at least `floor`: a scale that never divides by zero.
  double extent(double floor) const { return std::max({width(), height(), floor}); }
};

inline Box boundingBox(const std::vector<Point>& points) {
  Box box;
  for (Point p : points) box.include(p);
  return box;
}

}  // namespace knp::layouts
