#pragma once
// A position in layout space.
namespace knp::layouts {

struct Point {
  double x = 0.0;
  double y = 0.0;
  bool operator==(const Point&) const = default;
};

}  // namespace knp::layouts
