#pragma once
// The map as a picture for print and the web: SVG, PDF and PNG drawn with Cairo by the same
// rules as the screen (shapes by kind, palette.hpp's colours, sizes by the chosen measure,
// filters faded or hidden, labels by priority without overlaps), with the project's title and
// a legend: the poster for the conference wall.
#include <optional>
#include <string>
#include <string_view>

#include "core/app_state.hpp"

namespace knp::app {

enum class MapImageFormat { Svg, Pdf, Png };

// Page or picture size: points (1/72 inch) for SVG and PDF, pixels for PNG.
struct MapImageSize {
  double width = 1191.0, height = 842.0;  // A3 landscape
};

// "A4" / "A3" (landscape), or "WIDTHxHEIGHT"; nullopt for anything else or sizes outside 100..20000.
std::optional<MapImageSize> parseMapImageSize(std::string_view text);

// "svg", "pdf", "png"; nullopt otherwise.
std::optional<MapImageFormat> mapImageFormatFromName(std::string_view name);

struct RenderedImage {
  std::string bytes;                 // the file's content when there is no error
  std::optional<std::string> error;  // what Cairo reported
};

// Draws the map of `s`: node positions are s.positions (lay the map out first); the picture
// frames every node that is not hidden. O(V + E + L²) for L labels.
RenderedImage renderMapImage(const AppState& s, MapImageFormat format, MapImageSize size);

}  // namespace knp::app
