#include "report/heat_colour.hpp"

#include <fmt/format.h>

#include <algorithm>

namespace knp {

HeatColour heatColour(int count, int most) {
  HeatColour colour;
  if (count <= 0 || most <= 0) return colour;
  const double t = 0.25 + 0.75 * static_cast<double>(std::min(count, most)) / static_cast<double>(most);
  auto mix = [t](double from, double to) { return static_cast<std::uint8_t>(from + (to - from) * t); };
  colour.r = mix(235, 20);
  colour.g = mix(242, 70);
  colour.b = mix(250, 150);
  colour.darkBackground = 0.299 * colour.r + 0.587 * colour.g + 0.114 * colour.b < 140.0;
  return colour;
}

std::string hexColour(const HeatColour& colour) {
  return fmt::format("#{:02x}{:02x}{:02x}", colour.r, colour.g, colour.b);
}

}  // namespace knp
