#pragma once
// The colour of a count in a heatmap, shared by the reports' writers (HTML, PDF): white for
// 0, else from a light to a deep blue as the count nears the largest: the scale of the
// window's coverage heatmap (app/window/panels/analyses/coverage_heatmap.cpp).
#include <cstdint>
#include <string>

namespace knp {

struct HeatColour {
  std::uint8_t r = 255, g = 255, b = 255;
  bool darkBackground = false;  // text on it should be white
};

// count <= 0 (or most <= 0): white. Else t = 0.25 + 0.75 × min(count, most) / most and each
// channel runs from (235, 242, 250) at t = 0 to (20, 70, 150) at t = 1; dark when the
// luminance 0.299 r + 0.587 g + 0.114 b is below 140. O(1).
HeatColour heatColour(int count, int most);

// "#rrggbb" in lower case. O(1).
std::string hexColour(const HeatColour& colour);

}  // namespace knp
